// What the crawler specs (crawl, feeds) share: sitemaps read as a crawler reads them, and the demo story
// whose versions were deleted or renamed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, type APIRequestContext } from '@playwright/test';
import { slugOf } from './fixtures';
import { storiesSeo } from '../prisma/seed/content/stories-seo';

export const LOCALES = ['be', 'ru', 'en'] as const;
export const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
export const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});

export const library = storiesSeo[0];
export const deleted = { locale: 'ru' as const, slug: slugOf(library, 'ru') };
export const renamed = { locale: 'be' as const, from: library.versions.be!.formerSlugs![0], to: slugOf(library, 'be') };

export type UrlEntry = { loc: string; lastmod: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] };

export async function getXml(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const text = await response.text();
  expect(XMLValidator.validate(text), `${url} is well-formed XML`).toBe(true);
  return { response, text, doc: xml.parse(text) };
}

/** Every URL of every per-language sitemap, with its alternates. */
export async function sitemapUrls(request: APIRequestContext) {
  const { doc } = await getXml(request, '/sitemap.xml');
  const files = (doc.sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc).pathname);
  const entries: (UrlEntry & { file: string })[] = [];
  for (const file of files.filter((f) => !f.includes('/news-'))) {
    const part = await getXml(request, file);
    for (const u of (part.doc.urlset.url ?? []) as UrlEntry[]) entries.push({ ...u, file });
  }
  return { files, entries };
}

/** canonical and hreflang links from a page's HTML head. */
export function headLinks(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1] ?? null;
  const languages: Record<string, string> = {};
  for (const m of head.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)) languages[m[1]] = m[2];
  return { canonical, languages };
}
