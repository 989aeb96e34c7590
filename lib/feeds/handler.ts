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
import { getLatestLiveEntries, getLiveBlogBySlug } from '@/lib/news/live';
import type { Locale } from '@/lib/locales';
import { buildFeed } from './build';
import { buildLiveFeed, LIVE_FEED_SIZE } from './live';

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

/** A live blog's feed (lib/feeds/live.ts) from the database; null when `slug` names no visible live blog. */
export async function loadLiveFeed(locale: Locale, slug: string) {
  const blog = await getLiveBlogBySlug(locale, slug);
  if (!blog) return null;
  const { xml, updated } = buildLiveFeed(locale, blog, await getLatestLiveEntries(blog.id, LIVE_FEED_SIZE));
  return { xml, updated: updated?.toISOString() ?? null };
}

/**
 * /{locale}/news/{slug}/feed.xml (decision 0033): 404 for an article that is not a live blog. Which live blog a
 * slug names changes with the language's tag (published, unpublished, started, ended); its XML with the live
 * blog's tag (an entry posted, changed or removed) and the story's (its title and lede edited).
 */
export async function liveFeedResponse(request: Request, locale: string, slug: string): Promise<Response> {
  await connection();
  if (!isLocale(locale) || slug.length > 200) return notFoundText();
  const blog = await cachedValue(['live-blog', locale, slug], [cacheTag.language(locale)], async () => {
    const b = await getLiveBlogBySlug(locale, slug);
    return b ? { id: b.id, storyId: b.storyId, status: b.liveStatus ?? 'ENDED' } : null;
  });
  if (!blog) return notFoundText();
  const feed = await cachedValue(
    ['live-feed', locale, slug, blog.id],
    [cacheTag.live(blog.id), cacheTag.story(blog.storyId), cacheTag.site],
    () => loadLiveFeed(locale, slug),
  );
  if (!feed) return notFoundText();
  return textResponse(request, feed.xml, {
    contentType: CONTENT_TYPE.atom,
    lastModified: feed.updated ? new Date(feed.updated) : null,
  });
}
