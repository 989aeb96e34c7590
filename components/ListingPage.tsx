// Section, tag and author pages: the whole page for one listing, shared by their routes.
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { routing } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { getListing, parsePageSegment, type ListingKind } from '@/lib/news/listing';
import { getNavSections } from '@/lib/news/queries';
import { authorPath, sectionPath, tagPath } from '@/lib/paths';
import { authorAlternates, sectionAlternates, tagAlternates } from '@/lib/seo/alternates';
import { listingMetadata as listingHead, notFoundMetadata } from '@/lib/seo/metadata';
import { routeParam } from '@/lib/routeParam';
import { switcherTargets } from '@/lib/switcher';
import { MostRead } from './MostRead';
import { NotFoundPage } from './NotFoundPage';
import { Pagination } from './Pagination';
import { SiteHeader } from './SiteHeader';
import { StoryCard } from './StoryCard';

export type ListingParams = Promise<{ locale: string; slug: string; page?: string }>;

const PATHS: Record<ListingKind, (locale: Locale, slug: string, page?: number) => string> = {
  section: sectionPath,
  tag: tagPath,
  author: authorPath,
};

const ALTERNATES = { section: sectionAlternates, tag: tagAlternates, author: authorAlternates };

const load = cache(async (kind: ListingKind, locale: Locale, slug: string, page: number) => {
  return getListing(kind, locale, slug, page);
});

/** Locale, slug and page number from the route, or a 404 / redirect for URLs that are not a listing page. */
async function resolve(kind: ListingKind, params: ListingParams) {
  const { locale, slug, page: segment } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  let page = 1;
  if (segment !== undefined) {
    const parsed = parsePageSegment(segment);
    // /page/1 is the bare URL: one address per page.
    if (parsed === 'first') permanentRedirect(PATHS[kind](locale, routeParam(slug)));
    // Not a page number: the 404 page (page 0 is never a listing's).
    page = parsed ?? 0;
  }
  return { locale, slug: routeParam(slug), page };
}

export async function listingMetadata(kind: ListingKind, params: ListingParams): Promise<Metadata> {
  const { locale, slug, page: segment } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const parsed = segment === undefined ? 1 : parsePageSegment(segment);
  if (parsed === null) return notFoundMetadata(locale);
  if (typeof parsed !== 'number') return {};
  const listing = await load(kind, locale, routeParam(slug), parsed);
  if (!listing || listing.page > listing.pageCount) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: 'listing' });
  const description =
    kind === 'author' && listing.description ? listing.description : t(`${kind}Description`, { name: listing.name });
  // Page 1 exists in every language the section/tag/author is translated into; deeper pages may not, so
  // they name only themselves (hreflang stays reciprocal either way).
  const versions = listing.page === 1 ? listing.translations : [];
  const alternates = ALTERNATES[kind](locale, listing.slug, versions, listing.page);
  return listingHead({
    locale,
    title: listing.page > 1 ? t('pageTitle', { name: listing.name, page: listing.page }) : listing.name,
    description,
    alternates,
    section: kind === 'section' ? { name: listing.name, slug: listing.slug } : undefined,
  });
}

export async function ListingPage({ kind, params }: { kind: ListingKind; params: ListingParams }) {
  const { locale, slug, page } = await resolve(kind, params);
  setRequestLocale(locale);
  const listing = page === 0 ? null : await load(kind, locale, slug, page);
  // Not notFound(): the 404 page is rendered here, whole, in this language (components/NotFoundPage.tsx).
  if (!listing || listing.page > listing.pageCount) return <NotFoundPage locale={locale} />;
  const now = new Date();
  const [sections, t] = await Promise.all([getNavSections(locale), getTranslations({ locale, namespace: 'listing' })]);
  const path = PATHS[kind];
  return (
    <>
      <SiteHeader
        locale={locale}
        sections={sections}
        switcher={switcherTargets(locale, { kind, translations: listing.translations })}
        currentSection={kind === 'section' ? listing.slug : undefined}
      />
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <main id="main" className="grid min-w-0 content-start gap-6" data-testid={`${kind}-page`}>
          <header className="grid gap-2 border-b-2 border-brand pb-3">
            <p className="text-sm font-semibold uppercase text-brand">{t(kind)}</p>
            <h1 className="text-3xl font-black leading-tight md:text-4xl">
              {listing.name}
              {listing.page > 1 ? <span className="text-muted"> · {listing.page}</span> : null}
            </h1>
            {listing.description ? <p className="text-lg">{listing.description}</p> : null}
            <p className="text-sm text-muted">{t(listing.more ? 'countMore' : 'count', { count: listing.total })}</p>
          </header>
          {listing.stories.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ol className="grid gap-6 sm:grid-cols-2" data-testid="listing">
              {listing.stories.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story} locale={locale} now={now} headingLevel={2} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            locale={locale}
            page={listing.page}
            pageCount={listing.pageCount}
            href={(p) => path(locale, listing.slug, p)}
          />
        </main>
        <aside className="min-w-0">
          <MostRead locale={locale} now={now} />
        </aside>
      </div>
    </>
  );
}
