// Every reader URL is built here, so that links, canonicals, sitemaps and feeds agree.
import { scriptViewConfig, scriptViews, type Locale, type ScriptView } from '@/lib/locales';

export const frontPath = (locale: Locale) => `/${locale}`;
export const articlePath = (locale: Locale, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`;
/** The lite version of an article: server HTML with inline CSS and no JavaScript. */
/** A live blog's page of entries (decision 0033): page 1 is the article itself, older entries on /page/N. */
export const livePagePath = (locale: Locale, slug: string, page = 1) =>
  page > 1 ? `${articlePath(locale, slug)}/page/${page}` : articlePath(locale, slug);
/** One entry's permalink: answers a redirect to the page it is on, with its anchor. */
export const liveEntryPath = (locale: Locale, entryId: string) => `/${locale}/live/${encodeURIComponent(entryId)}`;
/** The anchor of an entry on its page. */
export const liveEntryAnchor = (entryId: string) => `entry-${entryId}`;
/** The small cached JSON of a live blog's newest entries that its page polls. */
export const liveUpdatesPath = (locale: Locale, slug: string) => `${articlePath(locale, slug)}/updates.json`;
/** A live blog's own Atom feed of its newest entries. */
export const liveFeedPath = (locale: Locale, slug: string) => `${articlePath(locale, slug)}/feed.xml`;
export const articleLitePath = (locale: Locale, slug: string) => `${articlePath(locale, slug)}/lite`;

/** The public origin, e.g. https://rekha.example; absolute URLs for canonical and hreflang links. */
export function siteOrigin(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export const absoluteUrl = (path: string) => `${siteOrigin()}${path}`;

// Listing pages (sitemaps and hreflang use the same builders).
export const sectionPath = (locale: Locale, slug: string, page = 1) =>
  `/${locale}/section/${encodeURIComponent(slug)}${page > 1 ? `/page/${page}` : ''}`;
export const tagPath = (locale: Locale, slug: string, page = 1) =>
  `/${locale}/tag/${encodeURIComponent(slug)}${page > 1 ? `/page/${page}` : ''}`;
export const authorPath = (locale: Locale, slug: string, page = 1) =>
  `/${locale}/author/${encodeURIComponent(slug)}${page > 1 ? `/page/${page}` : ''}`;
export const searchPath = (locale: Locale) => `/${locale}/search`;

// Feeds and sitemaps. Files with an extension: the proxy leaves them alone.
export type FeedFormat = 'rss' | 'atom';
const feedFile = (format: FeedFormat) => (format === 'rss' ? 'rss.xml' : 'atom.xml');
/** `/be/feed/rss.xml`, or a section's `/be/feed/section/palityka/atom.xml`. */
export const feedPath = (locale: Locale, format: FeedFormat, sectionSlug?: string) =>
  `/${locale}/feed/${sectionSlug ? `section/${encodeURIComponent(sectionSlug)}/` : ''}${feedFile(format)}`;
export const sitemapIndexPath = () => '/sitemap.xml';
/** One language's URLs, in files of at most 50,000: `/sitemaps/be-1.xml`. */
export const sitemapPath = (locale: Locale, part: number) => `/sitemaps/${locale}-${part}.xml`;
/** Section and tag pages of one language: `/sitemaps/be-listings.xml`. */
export const listingsSitemapPath = (locale: Locale) => `/sitemaps/${locale}-listings.xml`;
/** The Google News sitemap of one language: `/sitemaps/news-be.xml`. */
export const newsSitemapPath = (locale: Locale) => `/sitemaps/news-${locale}.xml`;
/** Static pages (about, contacts) sit at the top of the language: `/en/about`, `/be/pra-nas`. */
export const staticPagePath = (locale: Locale, slug: string) => `/${locale}/${encodeURIComponent(slug)}`;
/** A search results page; `page` 1 has no parameter. */
export const searchResultsPath = (locale: Locale, query: string, page = 1) =>
  `${searchPath(locale)}?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;
/** The corrections page of a language (decision 0028); `page` 1 is the bare URL. */
export const correctionsPath = (locale: Locale, page = 1) => `/${locale}/corrections${page > 1 ? `/page/${page}` : ''}`;
/** A shareable preview link (decision 0028): private, never cached, never indexed (lib/seo/robots.ts). */
export const previewLinkPath = (locale: Locale, token: string) => `/${locale}/preview/${encodeURIComponent(token)}`;

// The automatic views of Belarusian pages (Łacinka, classical orthography; decision 0031): the Cyrillic URL with
// its first segment `be` replaced by the view's (`/be/news/x` → `/be-latn/news/x`). Files (feeds, anything
// with an extension) have no view.
const BELARUSIAN_PAGE = /^\/be(?=$|[/?#])/;
const FILE = /\.[^/?#]*(?:[?#]|$)/;

/** The same Belarusian page in `view`, query and fragment kept; null for what has no view (other languages, files). */
export function scriptViewPath(view: ScriptView, cyrillicPath: string): string | null {
  if (!BELARUSIAN_PAGE.test(cyrillicPath) || FILE.test(cyrillicPath)) return null;
  return `/${scriptViewConfig[view].segment}${cyrillicPath.slice('/be'.length)}`;
}

/** The view a URL path is in and the Cyrillic page it is made from, or null for any other path. */
export function scriptViewSource(path: string): { view: ScriptView; cyrillicPath: string } | null {
  for (const view of scriptViews) {
    const segment = `/${scriptViewConfig[view].segment}`;
    if (path === segment || path.startsWith(`${segment}/`) || path.startsWith(`${segment}?`))
      return { view, cyrillicPath: `/be${path.slice(segment.length)}` };
  }
  return null;
}
/** How to reach the newsroom behind a block (mirrors, onion, feeds, lite pages): the same slug in every language. */
export const reachUsPath = (locale: Locale) => `/${locale}/reach-us`;
/** What the site stores about a reader. */
export const privacyPath = (locale: Locale) => `/${locale}/privacy`;
