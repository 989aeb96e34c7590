// The GET handler behind every feed URL (lib/paths.ts feedPath): 404 for an unknown language or section,
// 304 when the reader's copy is current (ETag = hash of the XML, Last-Modified = newest item change).
// The XML is built once and cached until its language's stories or the site's names change (decision 0015).
import { connection } from 'next/server';
import { cachedValue } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import { isLocale } from '@/lib/locales';
import { feedItems } from '@/lib/news/crawl';
import type { FeedFormat } from '@/lib/paths';
import { notFoundText, textResponse } from '@/lib/seo/http';
import { buildFeed } from './build';

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export async function feedResponse(
  request: Request,
  format: FeedFormat,
  locale: string,
  sectionSlug?: string,
): Promise<Response> {
  // Answers per request (validators, 304); the body comes from the cache.
  await connection();
  if (!isLocale(locale)) return notFoundText();
  const feed = await cachedValue(
    ['feed', format, locale, sectionSlug ?? ''],
    [cacheTag.language(locale), cacheTag.site],
    async () => {
      const source = await feedItems(locale, sectionSlug);
      if (!source) return null;
      const { xml, updated } = buildFeed(locale, format, source);
      return { xml, updated: updated?.toISOString() ?? null };
    },
  );
  if (!feed) return notFoundText();
  return textResponse(request, feed.xml, {
    contentType: CONTENT_TYPE[format],
    lastModified: feed.updated ? new Date(feed.updated) : null,
  });
}
