// Search results from the reader cache (decision 0015): a query many readers type during a big story is
// answered once, until its language's stories change. Keyed by the normalised query, so the cache holds each
// distinct search once; bounded by the cache's memory (READER_CACHE_MB), like every cached value.
import { cachedValue } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import type { Locale } from '@/lib/locales';
import { normalizeQuery, searchArticles, type SearchResult } from './search';

export async function searchArticlesCached(locale: Locale, rawQuery: unknown, page: number): Promise<SearchResult> {
  const query = normalizeQuery(rawQuery);
  const stored = await cachedValue(
    ['search', locale, query, String(page)],
    [cacheTag.language(locale), cacheTag.site],
    async () => {
      const result = await searchArticles(locale, query, page);
      // Through JSON: dates as strings, back to Dates below.
      return { ...result, hits: result.hits.map((h) => ({ ...h, publishedAt: h.publishedAt.toISOString() })) };
    },
  );
  return { ...stored, hits: stored.hits.map((h) => ({ ...h, publishedAt: new Date(h.publishedAt) })) };
}
