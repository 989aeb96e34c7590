// HTTP caching for what the site serves to crawlers and feed readers: validators (ETag, Last-Modified),
// conditional requests (304) and the Cache-Control values (decision 0005).
import { createHash } from 'node:crypto';
import { xmlChars } from '@/lib/xml';

/**
 * Reader pages. The server's own cache is dropped by tag the moment a story changes (decision 0015), so a
 * CDN in front may only keep a page for a second: that still folds a spike into one request per second per
 * URL and edge, and a correction shows within two seconds everywhere. If the origin fails, a CDN may serve
 * its last copy for a day (stale-if-error) rather than an error page.
 */
export const PUBLIC_PAGE_CACHE = 'public, max-age=0, s-maxage=1, stale-if-error=86400';
/** Feeds, sitemaps, robots.txt: feed readers may keep them a minute, then revalidate (304); CDNs as pages. */
export const FEED_CACHE = 'public, max-age=60, s-maxage=1, stale-if-error=86400';
/** Admin and preview: never stored by anyone. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** The plain 404 of feeds, sitemaps and the lite article (pages have their own, in the reader's language). */
export const notFoundText = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export const strongEtag = (...parts: (string | number | null | undefined)[]) =>
  `"${createHash('sha1')
    .update(parts.map((p) => String(p ?? '')).join('\u0000'))
    .digest('base64url')
    .slice(0, 27)}"`;

/** Did the client already hold this version? (If-None-Match wins over If-Modified-Since, as RFC 9110 says.) */
export function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const inm = request.headers.get('if-none-match');
  if (inm !== null) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ims = request.headers.get('if-modified-since');
  if (ims && lastModified) {
    const since = Date.parse(ims);
    // HTTP dates have whole seconds.
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

export interface Cacheable {
  etag: string;
  lastModified: Date | null;
  contentType: string;
  cacheControl?: string;
}

function validatorHeaders({ etag, lastModified, cacheControl = FEED_CACHE }: Cacheable): Record<string, string> {
  return {
    ETag: etag,
    ...(lastModified ? { 'Last-Modified': lastModified.toUTCString() } : {}),
    'Cache-Control': cacheControl,
  };
}

/** 304 when the client's copy is current, else `body()` with its validators. */
export function conditionalResponse(request: Request, meta: Cacheable, body: () => BodyInit): Response {
  if (isNotModified(request, meta.etag, meta.lastModified))
    return new Response(null, { status: 304, headers: validatorHeaders(meta) });
  return new Response(request.method === 'HEAD' ? null : body(), {
    status: 200,
    headers: { 'Content-Type': meta.contentType, ...validatorHeaders(meta) },
  });
}

/** A complete text body: its hash is the ETag. */
export function textResponse(request: Request, text: string, meta: Omit<Cacheable, 'etag'>): Response {
  return conditionalResponse(request, { ...meta, etag: strongEtag(text) }, () => text);
}

/** Text for XML (sitemaps): escaped, without the characters XML cannot carry (decision 0017). */
export const xmlEscape = (s: string) =>
  xmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
