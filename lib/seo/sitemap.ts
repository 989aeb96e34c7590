// Sitemaps: an index of per-language sitemaps (split at 50,000 URLs, streamed from keyset-paged reads),
// and a Google News sitemap per language. XML is written by hand from escaped values; the structure is
// checked by lib/seo/sitemap.test.ts and e2e/crawl.spec.ts. See decision 0005.
import { locales, localeConfig, type Locale } from '@/lib/locales';
import {
  listingSitemapRows,
  newsSitemapRows,
  sitemapRows,
  sitemapStats,
  type SitemapRow,
  type SitemapStats,
} from '@/lib/news/crawl';
import type { PrismaClient } from '@/lib/db/client';
import { latestCorrectionAt } from '@/lib/news/corrections';
import {
  absoluteUrl,
  articlePath,
  correctionsPath,
  listingsSitemapPath,
  newsSitemapPath,
  privacyPath,
  reachUsPath,
  sitemapPath,
} from '@/lib/paths';
import {
  articleAlternates,
  authorAlternates,
  buildAlternates,
  everyLanguageAlternates,
  frontAlternates,
  sectionAlternates,
  staticPageAlternates,
  tagAlternates,
  type Alternates,
} from './alternates';
import { isoWithOffset } from '@/lib/time/minsk';
import { xmlEscape } from './http';
import { seoStrings } from './strings';

/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
export const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  xhtml: 'http://www.w3.org/1999/xhtml',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
};

/** How many files a language needs: front page + `count` articles, at most `partSize` URLs each. */
export const sitemapParts = (count: number, partSize = SITEMAP_MAX_URLS) =>
  Math.max(1, Math.ceil((count + 1) / partSize));

export interface SitemapIndexInput {
  stats: Record<Locale, SitemapStats>;
  now: Date;
  partSize?: number;
}

export function sitemapIndexXml({ stats, now, partSize = SITEMAP_MAX_URLS }: SitemapIndexInput): string {
  const entries: string[] = [];
  for (const locale of locales) {
    const s = stats[locale];
    const lastmod = isoWithOffset(s.lastContent ?? now);
    for (let part = 1; part <= sitemapParts(s.count, partSize); part++)
      entries.push(
        `<sitemap><loc>${xmlEscape(absoluteUrl(sitemapPath(locale, part)))}</loc><lastmod>${lastmod}</lastmod></sitemap>`,
      );
    entries.push(
      `<sitemap><loc>${xmlEscape(absoluteUrl(listingsSitemapPath(locale)))}</loc><lastmod>${lastmod}</lastmod></sitemap>`,
    );
    entries.push(
      `<sitemap><loc>${xmlEscape(absoluteUrl(newsSitemapPath(locale)))}</loc><lastmod>${lastmod}</lastmod></sitemap>`,
    );
  }
  return `${XML_HEAD}<sitemapindex xmlns="${NS.sitemap}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

function urlEntry(alternates: Alternates, lastmod: Date, changefreq?: string): string {
  const links = Object.entries(alternates.languages)
    .map(
      ([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${xmlEscape(hreflang)}" href="${xmlEscape(href)}"/>`,
    )
    .join('');
  return `<url><loc>${xmlEscape(alternates.canonical)}</loc><lastmod>${isoWithOffset(lastmod)}</lastmod>${changefreq ? `<changefreq>${changefreq}</changefreq>` : ''}${links}</url>\n`;
}

const articleEntry = (locale: Locale, row: SitemapRow) =>
  urlEntry(articleAlternates(locale, row.slug, row.translations), row.lastModified);

export interface SitemapPartOptions {
  partSize?: number;
  batchSize?: number;
  now?: Date;
  client?: PrismaClient;
}

/**
 * One language's sitemap file as a stream of XML chunks: the front page (part 1), then its articles in
 * batches (keyset pagination), so memory holds one batch at a time whatever the number of stories.
 */
export async function* sitemapPartXml(
  locale: Locale,
  part: number,
  stats: SitemapStats,
  options: SitemapPartOptions = {},
): AsyncGenerator<string> {
  const partSize = options.partSize ?? SITEMAP_MAX_URLS;
  const now = options.now ?? new Date();
  yield `${XML_HEAD}<urlset xmlns="${NS.sitemap}" xmlns:xhtml="${NS.xhtml}">\n`;
  // Part 1 starts with the front page, so it holds partSize − 1 articles; part n ≥ 2 holds articles
  // from position n·partSize − partSize − 1 on. Every file has at most partSize URLs.
  let skip = 0;
  let take = partSize;
  if (part === 1) {
    yield urlEntry(frontAlternates(locale), stats.lastContent ?? now, 'hourly');
    take = partSize - 1;
  } else {
    skip = (part - 1) * partSize - 1;
  }
  for await (const batch of sitemapRows(locale, {
    skip,
    take,
    batchSize: options.batchSize,
    now,
    client: options.client,
  })) {
    yield batch.map((row) => articleEntry(locale, row)).join('');
  }
  yield '</urlset>\n';
}

const LISTING_ALTERNATES = {
  section: sectionAlternates,
  tag: tagAlternates,
  author: authorAlternates,
  static: staticPageAlternates,
} as const;

/**
 * Section, tag and author pages of one language (page 1 of each; later pages are reached through it), its
 * static pages (about, contacts), its corrections page and the pages every language has at its own path (how to
 * reach us, privacy). Each names the same hreflang set as its head (lib/seo/alternates via
 * components/ListingPage.tsx and the pages' routes).
 */
export async function listingsSitemapXml(locale: Locale, now = new Date(), client?: PrismaClient): Promise<string> {
  const rows = await listingSitemapRows(locale, now, client);
  const fallback = (await sitemapStats(locale, now, client)).lastContent ?? now;
  const urls = rows.map((r) =>
    urlEntry(
      LISTING_ALTERNATES[r.kind](locale, r.slug, r.translations),
      r.lastModified ?? fallback,
      r.kind === 'static' ? undefined : 'hourly',
    ),
  );
  // The corrections page of the language (decision 0028): in every language, so each names all three.
  const corrected = await latestCorrectionAt(locale, now, client);
  urls.push(
    urlEntry(
      buildAlternates(
        { locale, path: correctionsPath(locale) },
        locales.map((l) => ({ locale: l, path: correctionsPath(l) })),
      ),
      corrected ?? fallback,
      'daily',
    ),
  );
  for (const pathOf of [reachUsPath, privacyPath])
    urls.push(urlEntry(everyLanguageAlternates(locale, pathOf), fallback, 'monthly'));
  return `${XML_HEAD}<urlset xmlns="${NS.sitemap}" xmlns:xhtml="${NS.xhtml}">\n${urls.join('')}</urlset>\n`;
}

/** Google News sitemap of one language: published in the last 48 hours, at most 1,000 (newsSitemapRows). */
export async function newsSitemapXml(locale: Locale, now = new Date(), client?: PrismaClient): Promise<string> {
  const rows = await newsSitemapRows(locale, now, client);
  const name = xmlEscape(seoStrings(locale)('publisher'));
  const language = localeConfig[locale].htmlLang;
  const urls = rows.map(
    (r) =>
      `<url><loc>${xmlEscape(absoluteUrl(articlePath(locale, r.slug)))}</loc><news:news><news:publication><news:name>${name}</news:name><news:language>${language}</news:language></news:publication><news:publication_date>${isoWithOffset(r.publishedAt)}</news:publication_date><news:title>${xmlEscape(r.title)}</news:title></news:news></url>`,
  );
  return `${XML_HEAD}<urlset xmlns="${NS.sitemap}" xmlns:news="${NS.news}">\n${urls.join('\n')}${urls.length ? '\n' : ''}</urlset>\n`;
}

export async function allSitemapStats(now = new Date(), client?: PrismaClient): Promise<Record<Locale, SitemapStats>> {
  const entries = await Promise.all(locales.map(async (l) => [l, await sitemapStats(l, now, client)] as const));
  return Object.fromEntries(entries) as Record<Locale, SitemapStats>;
}
