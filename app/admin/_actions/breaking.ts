'use server';
import { redirect } from 'next/navigation';
import { audit } from '@/lib/admin/audit';
import { fromMinskLocal } from '@/lib/admin/minsk-time';
import { canManageBreaking } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { invalidate } from '@/lib/cache/invalidate';
import { db } from '@/lib/db/client';
import { isLocale } from '@/lib/locales';
import { safeHref } from '@/lib/richtext/safeHref';

export async function saveBreakingAction(form: FormData): Promise<void> {
  const user = await requireUser();
  if (!canManageBreaking(user)) redirect('/admin/breaking?refused=forbidden');
  const locale = form.get('locale');
  if (!isLocale(locale)) redirect('/admin/breaking?refused=invalid');
  if (form.get('intent') === 'clear') {
    await db().breakingNews.deleteMany({ where: { locale } });
    await audit({ userId: user.id, actor: user.email, action: 'breaking', targetType: 'breaking', targetId: locale, detail: 'removed' });
  } else {
    const text = String(form.get('text') ?? '').replace(/\s+/g, ' ').trim();
    const rawUrl = String(form.get('url') ?? '').trim();
    const url = rawUrl ? safeHref(rawUrl) : '';
    const expiresAt = fromMinskLocal(String(form.get('expiresAt') ?? ''));
    if (!text || text.length > 200 || url === null || !expiresAt || expiresAt <= new Date()) redirect(`/admin/breaking?refused=invalid#${locale}`);
    const data = { text, url, expiresAt, updatedById: user.id };
    await db().breakingNews.upsert({ where: { locale }, create: { locale, ...data }, update: data });
    await audit({ userId: user.id, actor: user.email, action: 'breaking', targetType: 'breaking', targetId: locale, detail: text });
  }
  invalidate({ kind: 'banner', locale });
  redirect('/admin/breaking?done=1');
}
