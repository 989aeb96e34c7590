import { saveTaxonomyAction } from '@/app/admin/_actions/taxonomy';
import { KeptForm } from '@/components/admin/KeptForm.client';
import { SaveOutcome } from '@/components/admin/Notice';
import { adminT } from '@/lib/admin/i18n';
import { listTaxonomy, taxonomyKinds } from '@/lib/admin/taxonomy';
import { canManageTaxonomy } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { localeConfig, locales } from '@/lib/locales';

type Row = { id: string; translations: { locale: string; name: string; slug: string }[] };

export default async function TaxonomyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const { t } = await adminT();
  if (!canManageTaxonomy(user)) return <p role="alert">{t('editor.forbidden')}</p>;
  const sp = await searchParams;
  const all = await listTaxonomy();
  const heading = { section: t('taxonomy.sections'), tag: t('taxonomy.tags'), author: t('taxonomy.authors') } as const;
  const field = 'w-full rounded border border-rule bg-white px-2 py-1 text-sm';
  const entry = (kind: string, row: Row | null) => (
    <KeptForm
      key={row?.id ?? 'new'}
      action={saveTaxonomyAction}
      className="grid gap-2 rounded border border-rule bg-white p-3 md:grid-cols-[repeat(3,minmax(0,1fr))_auto] md:items-end"
    >
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={row?.id ?? ''} />
      {locales.map((l) => {
        const tr = row?.translations.find((x) => x.locale === l);
        const language = localeConfig[l].label;
        return (
          <div key={l} className="grid gap-1" lang={localeConfig[l].htmlLang}>
            <label className="grid gap-0.5 text-xs">
              {t('taxonomy.name', { language })}
              <input name={`name_${l}`} defaultValue={tr?.name ?? ''} className={field} />
            </label>
            <label className="grid gap-0.5 text-xs">
              {t('taxonomy.slug', { language })}
              <input name={`slug_${l}`} defaultValue={tr?.slug ?? ''} className={`${field} font-mono`} />
            </label>
          </div>
        );
      })}
      <button type="submit" className="rounded border border-ink px-3 py-1 text-sm">
        {row ? t('taxonomy.save') : t('taxonomy.add')}
      </button>
    </KeptForm>
  );
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">{t('taxonomy.title')}</h1>
      <SaveOutcome sp={sp} t={t} page="taxonomy" />
      {taxonomyKinds.map((kind) => (
        <section key={kind} id={kind} className="grid gap-2">
          <h2 className="text-xl font-bold">{heading[kind]}</h2>
          <details className="rounded border border-dashed border-rule p-2">
            <summary className="cursor-pointer">{t('taxonomy.new')}</summary>
            <div className="pt-2">{entry(kind, null)}</div>
          </details>
          {(all[kind] as Row[]).map((row) => entry(kind, row))}
        </section>
      ))}
    </div>
  );
}
