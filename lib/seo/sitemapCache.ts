// Cached pieces of the sitemaps (decision 0015).
import { cachedValue } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import { locales, type Locale } from '@/lib/locales';
import { sitemapStats, type SitemapStats } from '@/lib/news/crawl';

// What a sitemap shows changes with its language's stories and the site's names (decision 0015).
export const sitemapTags = (locale: Locale) => [cacheTag.language(locale), cacheTag.site];

/** The counts and latest changes behind a language's sitemap files, cached (they give the validators). */
export async function cachedSitemapStats(locale: Locale): Promise<SitemapStats> {
  const s = await cachedValue(['sitemap-stats', locale], sitemapTags(locale), async () => {
    const { count, lastChanged, lastContent } = await sitemapStats(locale, new Date());
    return { count, lastChanged: lastChanged?.toISOString() ?? null, lastContent: lastContent?.toISOString() ?? null };
  });
  return {
    count: s.count,
    lastChanged: s.lastChanged ? new Date(s.lastChanged) : null,
    lastContent: s.lastContent ? new Date(s.lastContent) : null,
  };
}

export async function cachedAllSitemapStats(): Promise<Record<Locale, SitemapStats>> {
  const entries = await Promise.all(locales.map(async (l) => [l, await cachedSitemapStats(l)] as const));
  return Object.fromEntries(entries) as Record<Locale, SitemapStats>;
}
