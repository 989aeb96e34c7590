'use server';
import { redirect } from 'next/navigation';
import { clearBreaking, saveBreaking } from '@/lib/admin/breaking';
import { requireUser } from '@/lib/auth/session';
import { invalidate } from '@/lib/cache/invalidate';
import { isLocale } from '@/lib/locales';

export async function saveBreakingAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const locale = form.get('locale');
  if (!isLocale(locale)) redirect('/admin/breaking?refused=invalid');
  const outcome =
    form.get('intent') === 'clear'
      ? await clearBreaking(user, locale)
      : await saveBreaking(user, locale, { text: String(form.get('text') ?? ''), url: String(form.get('url') ?? ''), expiresAt: String(form.get('expiresAt') ?? '') });
  if (!outcome.ok) redirect(`/admin/breaking?refused=${outcome.kind}#${locale}`);
  invalidate({ kind: 'banner', locale });
  redirect('/admin/breaking?done=1');
}
