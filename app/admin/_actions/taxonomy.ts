'use server';
import { redirect } from 'next/navigation';
import { audit } from '@/lib/admin/audit';
import { saveTaxonomy, taxonomyKinds, type TaxonomyKind, type TaxonomyNames } from '@/lib/admin/taxonomy';
import { requireUser } from '@/lib/auth/session';
import { invalidate } from '@/lib/cache/invalidate';
import { locales } from '@/lib/locales';

export async function saveTaxonomyAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const kind = String(form.get('kind')) as TaxonomyKind;
  if (!taxonomyKinds.includes(kind)) redirect('/admin/taxonomy?refused=invalid');
  const id = String(form.get('id') ?? '') || null;
  const names: TaxonomyNames = {};
  for (const l of locales) names[l] = { name: String(form.get(`name_${l}`) ?? ''), slug: String(form.get(`slug_${l}`) ?? '') };
  const outcome = await saveTaxonomy(user, kind, id, names);
  if (!outcome.ok) redirect(`/admin/taxonomy?refused=${outcome.kind}#${kind}`);
  await audit({ userId: user.id, actor: user.email, action: 'taxonomy', targetType: kind, targetId: outcome.id, detail: names.be?.name ?? '' });
  // Names and slugs of sections, tags and authors show on every page (navigation, cards, bylines).
  invalidate({ kind: 'site' });
  redirect(`/admin/taxonomy?done=1#${kind}`);
}
