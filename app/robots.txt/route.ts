// /robots.txt: everything public may be crawled except the admin area and previews; lists the sitemaps.
import { connection } from 'next/server';
import { locales } from '@/lib/locales';
import { absoluteUrl, newsSitemapPath, sitemapIndexPath } from '@/lib/paths';
import { textResponse } from '@/lib/seo/http';
import { robotsTxt } from '@/lib/seo/robots';

export async function GET(request: Request) {
  await connection();
  const sitemaps = [sitemapIndexPath(), ...locales.map(newsSitemapPath)].map(absoluteUrl);
  return textResponse(request, robotsTxt(sitemaps), { contentType: 'text/plain; charset=utf-8', lastModified: null });
}
