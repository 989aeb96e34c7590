import Link from 'next/link';
import { FilterSelect } from '@/components/admin/FilterSelect';
import { listStories, type StoryListFilters } from '@/lib/admin/articles';
import { getChoices } from '@/lib/admin/articles';
import { adminT } from '@/lib/admin/i18n';
import { requireUser } from '@/lib/auth/session';
import { isLocale, localeConfig, locales } from '@/lib/locales';
import { formatDateTime } from '@/lib/time/minsk';

const statuses = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'REVIEW', 'STALE'] as const;
type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function StoriesPage({ searchParams }: { searchParams: SP }) {
  const user = await requireUser();
  const { locale: ui, t } = await adminT();
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === 'string' ? (sp[k] as string) : '');
  const filters: StoryListFilters = {
    locale: isLocale(one('lang')) ? (one('lang') as StoryListFilters['locale']) : undefined,
    status: (statuses as readonly string[]).includes(one('status'))
      ? (one('status') as StoryListFilters['status'])
      : undefined,
    sectionId: one('section') || undefined,
    q: one('q').slice(0, 100) || undefined,
    mine: one('mine') ? user.id : undefined,
    authorId: one('author') || undefined,
  };
  const [rows, choices] = await Promise.all([listStories({ ...filters, viewer: user }, ui), getChoices(ui, user)]);
  const statusLabel = (s: (typeof statuses)[number]) =>
    s === 'REVIEW' ? t('list.statusReview') : s === 'STALE' ? t('list.statusStale') : t(`status.${s}`);
  const field = 'rounded border border-rule bg-white px-2 py-1';
  const option = (value: string, label: string) => ({ value, label });
  const selects = [
    {
      name: 'lang',
      label: t('list.language'),
      value: filters.locale,
      options: locales.map((l) => option(l, localeConfig[l].label)),
    },
    {
      name: 'status',
      label: t('list.status'),
      value: filters.status,
      options: statuses.map((s) => option(s, statusLabel(s))),
    },
    {
      name: 'section',
      label: t('list.section'),
      value: filters.sectionId,
      options: choices.sections.map((s) => option(s.id, s.name)),
    },
    {
      name: 'author',
      label: t('list.author'),
      value: filters.authorId,
      options: choices.authors.map((a) => option(a.id, a.name)),
    },
  ];
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">{filters.status === 'REVIEW' ? t('list.reviewTitle') : t('list.title')}</h1>
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded border border-rule bg-white p-3 text-sm"
        aria-label={t('list.filters')}
      >
        <label className="grid gap-1">
          {t('list.search')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} className={field} />
        </label>
        {selects.map((f) => (
          <FilterSelect key={f.name} {...f} anyLabel={t('list.any')} className={field} />
        ))}
        <label className="flex items-center gap-1">
          <input type="checkbox" name="mine" value="1" defaultChecked={Boolean(filters.mine)} />
          {t('list.mine')}
        </label>
        <button type="submit" className="rounded bg-ink px-3 py-1 text-white">
          {t('list.apply')}
        </button>
      </form>
      {rows.length === 0 ? <p>{t('list.empty')}</p> : null}
      <ul className="grid gap-2" data-testid="story-list">
        {rows.map((row) => {
          const main = locales.map((l) => row.versions[l]).find(Boolean)!;
          return (
            <li key={row.id} className="grid gap-1 rounded border border-rule bg-white p-3" data-testid="story-row">
              <Link href={`/admin/articles/${main.id}`} className="font-semibold hover:underline">
                {main.title}
              </Link>
              <p className="flex flex-wrap gap-x-1 text-sm" data-testid="story-languages">
                {locales.map((l, i) => {
                  const v = row.versions[l];
                  const text = `${localeConfig[l].label} ${v ? t(`status.${v.status}`) : t('status.none')}`;
                  return (
                    <span key={l}>
                      {i > 0 ? ' · ' : null}
                      {v ? (
                        <Link
                          href={`/admin/articles/${v.id}`}
                          className={v.status === 'PUBLISHED' ? 'font-semibold text-green-800' : ''}
                        >
                          {text}
                        </Link>
                      ) : (
                        <Link
                          href={`/admin/translate/${main.id}/${l}`}
                          className="text-muted"
                          title={t('list.translate', { language: localeConfig[l].nativeName })}
                        >
                          {text}
                        </Link>
                      )}
                      {v?.stale ? (
                        <span className="ms-1 rounded bg-amber-100 px-1 text-amber-900" data-testid="stale-mark">
                          ⚠ {t('status.stale')}
                        </span>
                      ) : null}
                      {v?.inReview ? (
                        <span className="ms-1 rounded bg-blue-100 px-1 text-blue-900">{t('status.inReview')}</span>
                      ) : null}
                    </span>
                  );
                })}
              </p>
              <p className="text-xs text-muted">
                {row.section} · {t('list.updated')} {formatDateTime(row.updatedAt, ui)}
                {row.createdBy ? (
                  <>
                    {' '}
                    · {t('list.by')} {row.createdBy}
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
