// /sitemaps/{locale}-{n}.xml (streamed, keyset-paged), /sitemaps/{locale}-listings.xml (sections, tags, authors,
// static pages) and /sitemaps/news-{locale}.xml (Google News).
import { connection } from 'next/server';
import { cachedValue } from '@/lib/cache/reader';
import { isLocale } from '@/lib/locales';
import { conditionalResponse, notFoundText, strongEtag, textResponse } from '@/lib/seo/http';
import { cachedSitemapStats, sitemapTags as tags } from '@/lib/seo/sitemapCache';
import { listingsSitemapXml, newsSitemapXml, sitemapPartXml, sitemapParts, SITEMAP_MAX_URLS } from '@/lib/seo/sitemap';

const XML = 'application/xml; charset=utf-8';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  // Answers per request (validators, 304); the body comes from the cache.
  await connection();
  const { file } = await params;
  const now = new Date();

  const news = /^news-([a-z]{2})\.xml$/.exec(file);
  if (news) {
    if (!isLocale(news[1])) return notFoundText();
    // Small (≤ 1,000 URLs) and time-windowed: built whole, its hash is the ETag.
    const locale = news[1];
    const xml = await cachedValue(['sitemap-news', locale], tags(locale), () => newsSitemapXml(locale, new Date()));
    return textResponse(request, xml, { contentType: XML, lastModified: null });
  }

  const listings = /^([a-z]{2})-listings\.xml$/.exec(file);
  if (listings) {
    if (!isLocale(listings[1])) return notFoundText();
    // One row per section and tag: built whole, its hash is the ETag.
    const locale = listings[1];
    const xml = await cachedValue(['sitemap-listings', locale], tags(locale), () =>
      listingsSitemapXml(locale, new Date()),
    );
    return textResponse(request, xml, { contentType: XML, lastModified: null });
  }

  const part = /^([a-z]{2})-([1-9][0-9]{0,5})\.xml$/.exec(file);
  if (!part || !isLocale(part[1])) return notFoundText();
  const locale = part[1];
  const n = Number(part[2]);
  // A file of up to 50,000 URLs is ~17 MB: too big for the cache's entries (2 MB), so it streams from the
  // database in batches; its validators are cached, so a crawler's conditional request costs no query.
  const stats = await cachedSitemapStats(locale);
  if (n > sitemapParts(stats.count)) return notFoundText();
  // Streamed, so no hash of the body: the validators come from what the file is made of (count and latest
  // change of this language's visible articles, which moves on every edit, publication or removal).
  const etag = strongEtag('sitemap', locale, n, SITEMAP_MAX_URLS, stats.count, stats.lastChanged?.toISOString());
  return conditionalResponse(request, { etag, lastModified: stats.lastChanged, contentType: XML }, () => {
    const chunks = sitemapPartXml(locale, n, stats, { now });
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (e) {
          controller.error(e);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
  });
}
