// The edge cache in front of the app instances (Varnish with xkey, or a CDN with tag purge; decision 0029).
// Every cacheable reader response names its cache tags in one header (the tags of lib/cache/tags.ts), which the
// edge indexes and strips; every invalidation (lib/cache/invalidate.ts) also purges those tags there.
//   EDGE_TAG_HEADER  the header the tags go in: `xkey` (Varnish, default), `Surrogate-Key` (Fastly),
//                    `Cache-Tag` (Cloudflare; it wants commas: EDGE_TAG_SEPARATOR=",")
//   EDGE_PURGE_URL   one or more edge addresses (comma-separated) that accept `PURGE` with `xkey-purge: tags`;
//                    unset: nothing is purged (no edge, or one that only keeps pages for a second)
import { isLocale, locales, type Locale } from '@/lib/locales';
import { cacheTag, readerPageTags } from './tags';

export const edgeTagHeader = () => process.env.EDGE_TAG_HEADER?.trim() || 'xkey';
const separator = () => process.env.EDGE_TAG_SEPARATOR ?? ' ';

/** The tags of a reader response at `pathname`, as the edge should index them; [] for what it must not keep. */
export function edgeTags(pathname: string, storyId?: string): string[] {
  const first = pathname.split('/')[1] ?? '';
  if (pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/admin')) return [];
  if (pathname.startsWith('/_next/')) return [];
  // Uploaded pictures never change under one name; their texts are in the pages.
  if (pathname.startsWith('/media/')) return ['media'];
  const forLocale = (l: Locale) => [...readerPageTags(l), cacheTag.mostRead(l)];
  if (isLocale(first)) return [...forLocale(first), ...(storyId ? [cacheTag.story(storyId)] : [])];
  // The sitemap index and sitemaps, robots.txt, the `/` redirect: what every language shows.
  return [...new Set(locales.flatMap(forLocale))];
}

/** Puts the tags on a response (no-op for an empty list). */
export function setEdgeTags(headers: Headers, tags: string[]): void {
  if (tags.length > 0) headers.set(edgeTagHeader(), tags.join(separator()));
}

export const edgePurgeTargets = (): string[] =>
  (process.env.EDGE_PURGE_URL ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);

const RETRY_DELAYS_MS = [250, 1000, 4000];

type Fetch = typeof fetch;

/**
 * Purges `tags` at every edge. Returns at once (the editor does not wait for the edge); each edge is retried three
 * times and a failure is logged. The returned promise (settled when all are done) is for tests and shutdown.
 */
export function purgeEdge(
  tags: string[],
  { targets = edgePurgeTargets(), fetchImpl = fetch, delays = RETRY_DELAYS_MS } = {} as {
    targets?: string[];
    fetchImpl?: Fetch;
    delays?: number[];
  },
): Promise<void> {
  if (tags.length === 0 || targets.length === 0) return Promise.resolve();
  const done = Promise.all(targets.map((target) => purgeOne(target, tags, fetchImpl, delays))).then(() => {});
  pending.add(done);
  void done.finally(() => pending.delete(done));
  return done;
}

const pending = new Set<Promise<void>>();

/** Waits for purges still being sent (graceful shutdown). */
export async function edgePurgesSettled(): Promise<void> {
  await Promise.all([...pending]);
}

async function purgeOne(target: string, tags: string[], fetchImpl: Fetch, delays: number[]): Promise<void> {
  let last = '';
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    try {
      const response = await fetchImpl(target, {
        method: 'PURGE',
        headers: { 'xkey-purge': tags.join(' ') },
        signal: AbortSignal.timeout(2000),
      });
      if (response.ok) return;
      last = `answered ${response.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    if (attempt < delays.length) await new Promise((r) => setTimeout(r, delays[attempt]));
  }
  console.error(
    JSON.stringify({
      level: 'error',
      msg: 'edge purge failed',
      target,
      tags,
      reason: last,
      attempts: delays.length + 1,
    }),
  );
}
