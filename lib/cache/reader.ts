// Reader output is cached by Next's incremental cache (pages: ISR; feeds, sitemaps, lite pages, search
// results: entries of the same cache) and dropped by tag (lib/cache/tags.ts). Decision 0015.
import { unstable_cache } from 'next/cache';

/**
 * The longest a cached reader page lives without an invalidation: bounds what only time changes (relative
 * ages such as "5 minutes ago", most-read counts). Pages export the same number as `revalidate` (Next needs a
 * literal there).
 */
export const READER_REVALIDATE_SECONDS = 60;

/**
 * Names the tags of the page being rendered: Next stores them with the page, and invalidating any of them
 * drops it. Call it before anything that can end in notFound(), so a cached 404 is dropped too when the
 * story appears.
 */
export async function tagThisRender(tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ['rekha:render-tags', ...tags], {
    tags,
    revalidate: READER_REVALIDATE_SECONDS,
  })();
}

/**
 * `build()` once, then its result from the cache until one of `tags` is invalidated or
 * READER_REVALIDATE_SECONDS pass. The result goes through JSON: return strings and plain data (no Dates).
 */
export function cachedValue<T>(key: string[], tags: string[], build: () => Promise<T>): Promise<T> {
  return unstable_cache(build, ['rekha:value', ...key], { tags, revalidate: READER_REVALIDATE_SECONDS })();
}
