// The GET handler behind every feed URL (lib/paths.ts feedPath): 404 for an unknown language or section,
// 304 when the reader's copy is current (ETag = hash of the XML, Last-Modified = newest item change).
import { connection } from 'next/server';
import { isLocale } from '@/lib/locales';
import { feedItems } from '@/lib/news/crawl';
import type { FeedFormat } from '@/lib/paths';
import { textResponse } from '@/lib/seo/http';
import { buildFeed } from './build';

const CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export async function feedResponse(request: Request, format: FeedFormat, locale: string, sectionSlug?: string): Promise<Response> {
  await connection();
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const source = await feedItems(locale, sectionSlug);
  if (!source) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { xml, updated } = buildFeed(locale, format, source);
  return textResponse(request, xml, { contentType: CONTENT_TYPE[format], lastModified: updated });
}
