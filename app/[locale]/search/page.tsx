import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ColumnPage } from '@/components/ColumnPage';
import { Highlighted } from '@/components/Highlighted';
import { Pagination } from '@/components/Pagination';
import { RelativeTimestamp } from '@/components/time/Timestamp';
import { SearchForm } from '@/components/SearchForm';
import { routing } from '@/i18n/routing';
import { getNavSections } from '@/lib/news/queries';
import {
  isPastLastSearchPage,
  normalizeQuery,
  SEARCH_MAX_CHARS,
  SEARCH_PAGE_SIZE,
  searchPageParam,
} from '@/lib/news/search';
import { searchArticlesCached } from '@/lib/news/searchCache';
import { absoluteUrl, articlePath, searchPath, searchResultsPath } from '@/lib/paths';
import { switcherTargets } from '@/lib/switcher';

// Results depend on the query string: rendered per request (the layout's cache settings don't apply).
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'search' });
  const q = normalizeQuery(first((await searchParams).q));
  return {
    title: q ? `${q} — ${t('title')}` : t('title'),
    description: t('hint'),
    // Result pages are not for search engines; the bare search page is canonical.
    robots: { index: false, follow: true },
    alternates: { canonical: absoluteUrl(searchPath(locale)) },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const sp = await searchParams;
  const raw = first(sp.q);
  const page = searchPageParam(sp.page);
  const now = new Date();
  const [result, sections, t] = await Promise.all([
    searchArticlesCached(locale, raw, page),
    getNavSections(locale),
    getTranslations({ locale, namespace: 'search' }),
  ]);
  // A page past the last one is not a page. Search renders per request and streams, so proxy.ts decides this
  // before rendering and the request is rewritten to the language's whole 404 page (decision 0025); this
  // notFound() only covers a page that ran out between the proxy's search and this one.
  if (isPastLastSearchPage(result, page)) notFound();
  const q = result.query;
  const truncated = Array.from(raw.trim()).length > SEARCH_MAX_CHARS;
  return (
    <ColumnPage
      locale={locale}
      sections={sections}
      switcher={switcherTargets(locale, { kind: 'search', query: q })}
      testId="search-page"
      title={t('title')}
      look="tool"
    >
      <div className="grid gap-2">
        <SearchForm locale={locale} id="search-page-query" defaultValue={q} large label={t('title')} />
        <p className="text-sm text-muted">{t('hint')}</p>
        {truncated ? <p className="text-sm text-muted">{t('truncated', { max: SEARCH_MAX_CHARS })}</p> : null}
      </div>
      <div role="status" data-testid="search-status">
        {!q ? (
          <p>{t('empty')}</p>
        ) : !result.searched ? (
          <p>{t('noWords')}</p>
        ) : result.total === 0 ? (
          <p>{t('none', { query: q })}</p>
        ) : (
          <h2 className="text-xl font-bold">
            {t('resultsFor', { query: q })}: {t(result.more ? 'foundMore' : 'found', { count: result.total })}
          </h2>
        )}
      </div>
      {result.hits.length > 0 ? (
        <ol className="grid gap-6" data-testid="search-results" start={(page - 1) * SEARCH_PAGE_SIZE + 1}>
          {result.hits.map((hit) => (
            <li key={hit.id} className="grid gap-1">
              <h3 className="text-lg font-bold leading-snug">
                <a href={articlePath(locale, hit.slug)} className="hover:underline">
                  <Highlighted text={hit.title} />
                </a>
              </h3>
              <RelativeTimestamp date={hit.publishedAt} locale={locale} now={now} className="text-xs text-muted" />
              <p className="text-muted">
                <Highlighted text={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination
        locale={locale}
        page={page}
        pageCount={result.pageCount}
        href={(p) => searchResultsPath(locale, q, p)}
      />
    </ColumnPage>
  );
}
