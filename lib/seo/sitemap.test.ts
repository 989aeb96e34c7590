import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { NS, SITEMAP_MAX_URLS, sitemapIndexXml, sitemapParts } from './sitemap';

describe('sitemap index', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const stats = (count: number) => ({ count, lastChanged: now, lastContent: now });

  it('lists one file per 50,000 URLs per language, its section and tag pages, and a news sitemap per language', () => {
    expect(sitemapParts(0)).toBe(1);
    expect(sitemapParts(SITEMAP_MAX_URLS - 1)).toBe(1); // + the front page = 50,000
    expect(sitemapParts(SITEMAP_MAX_URLS)).toBe(2);
    expect(sitemapParts(100_000)).toBe(3);
    const xml = sitemapIndexXml({ stats: { be: stats(100_000), ru: stats(10), en: stats(0) }, now });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.sitemapindex['@_xmlns']).toBe(NS.sitemap);
    const locs = parsed.sitemapindex.sitemap.map((s: { loc: string }) => new URL(s.loc).pathname);
    expect(locs).toEqual([
      '/sitemaps/be-1.xml',
      '/sitemaps/be-2.xml',
      '/sitemaps/be-3.xml',
      '/sitemaps/be-listings.xml',
      '/sitemaps/news-be.xml',
      '/sitemaps/ru-1.xml',
      '/sitemaps/ru-listings.xml',
      '/sitemaps/news-ru.xml',
      '/sitemaps/en-1.xml',
      '/sitemaps/en-listings.xml',
      '/sitemaps/news-en.xml',
    ]);
    for (const s of parsed.sitemapindex.sitemap) expect(s.lastmod).toBe('2026-11-28T15:00:00+03:00');
  });
});
