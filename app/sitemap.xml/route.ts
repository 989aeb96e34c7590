// /sitemap.xml: the index of per-language sitemaps and Google News sitemaps (lib/seo/sitemap.ts).
import { connection } from 'next/server';
import { textResponse } from '@/lib/seo/http';
import { sitemapIndexXml } from '@/lib/seo/sitemap';
import { cachedAllSitemapStats } from '@/lib/seo/sitemapCache';

export async function GET(request: Request) {
  // Answers per request (validators, 304); the body comes from the cache.
  await connection();
  const now = new Date();
  const stats = await cachedAllSitemapStats();
  const lastModified = Object.values(stats).reduce<Date | null>(
    (m, s) => (s.lastChanged && (!m || s.lastChanged > m) ? s.lastChanged : m),
    null,
  );
  return textResponse(request, sitemapIndexXml({ stats, now }), {
    contentType: 'application/xml; charset=utf-8',
    lastModified,
  });
}
