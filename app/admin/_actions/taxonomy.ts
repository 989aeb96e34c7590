'use server';
import { redirect } from 'next/navigation';
import { adminErrorText, adminT } from '@/lib/admin/i18n';
import { saveTaxonomy, taxonomyKinds, type TaxonomyKind, type TaxonomyNames } from '@/lib/admin/taxonomy';
import { requireUser } from '@/lib/auth/session';
import { localeConfig, locales } from '@/lib/locales';
import type { KeptFormState } from '@/lib/admin/form-state';

export async function saveTaxonomyAction(_prev: KeptFormState, form: FormData): Promise<KeptFormState> {
  const user = await requireUser();
  const kind = String(form.get('kind')) as TaxonomyKind;
  if (!taxonomyKinds.includes(kind)) redirect('/admin/taxonomy?refused=invalid');
  const id = String(form.get('id') ?? '') || null;
  const names: TaxonomyNames = {};
  for (const l of locales)
    names[l] = { name: String(form.get(`name_${l}`) ?? ''), slug: String(form.get(`slug_${l}`) ?? '') };
  const outcome = await saveTaxonomy(user, kind, id, names);
  if (!outcome.ok && outcome.kind === 'forbidden') redirect(`/admin/taxonomy?refused=forbidden#${kind}`);
  if (!outcome.ok) {
    // Refused: answered in the admin's language, and the form keeps what was typed (decision 0020).
    const { t } = await adminT();
    const label = (field: string) => {
      const [what, l] = field.split('_') as ['name' | 'slug', keyof typeof localeConfig];
      return t(`taxonomy.${what}`, { language: localeConfig[l].label });
    };
    const problems = Object.entries(outcome.errors).map(([field, key]) =>
      field === 'form'
        ? key === 'invalid'
          ? t('taxonomy.invalid')
          : adminErrorText(t, key)
        : `${label(field)}: ${adminErrorText(t, key)}`,
    );
    return { status: 'invalid', message: t('editor.fixErrors'), problems };
  }
  redirect(`/admin/taxonomy?done=1#${kind}`);
}
