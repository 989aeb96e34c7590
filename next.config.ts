import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import {
  DECIDED_NOT_FOUND_SOURCES,
  locales,
  LIVE_PAGE_HEADER,
  LIVE_PAGE_SOURCE,
  NOT_FOUND_HEADER,
  UNKNOWN_LOCALE_HEADER,
  UNKNOWN_LOCALE_SOURCE,
} from './lib/locales';
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Bundled by Turbopack, PGlite resolves its WASM through a URL and every query fails (decision 0001).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // Behind an edge that compresses what it stores (deploy/varnish/default.vcl), an instance need not gzip every
  // response it renders: APP_COMPRESSION=off (read when the server starts; `npm run cluster` sets it).
  compress: process.env.APP_COMPRESSION !== 'off',
  // proxy.ts answers non-canonical URLs (trailing slash, capitals) with one 301 (decision 0005).
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // Every reader gets the page's whole head (title, canonical, hreflang, robots) in the first HTML, as crawlers
  // do: streamed metadata can land after the head, and on a 404 rendered in place (components/NotFoundPage.tsx)
  // it raced the 404 and lost the page's title. Pages are cached, so blocking on metadata costs one render.
  htmlLimitedBots: /.*/,
  // Reader pages, feeds and sitemaps live in Next's incremental cache (decision 0015). Without REDIS_URL it is
  // this process's memory: bounded (an LRU of READER_CACHE_MB, default 256), never written to disk, so random
  // URLs cannot fill the disk with cached 404s and a restart starts clean. With REDIS_URL (read when the server
  // starts) every instance shares it through Redis and a tag dropped on one is dropped on all; while Redis is
  // unreachable each falls back to its memory (lib/cache/shared-handler.mjs, decision 0030). CACHE_HANDLER (at
  // build time) replaces that module with another implementing Next's CacheHandler interface.
  cacheMaxMemorySize: Number(process.env.READER_CACHE_MB ?? 256) * 1024 * 1024,
  cacheHandler: path.resolve(process.env.CACHE_HANDLER ?? 'lib/cache/shared-handler.mjs'),
  experimental: { isrFlushToDisk: false },
  // `/de/…`: the reader's language's 404 page (`/ru/__unknown-locale/de/…`), in the language proxy.ts chose.
  // A rewrite here, not in the proxy: a proxy rewrite is announced to the client in `x-middleware-rewrite`.
  // Only paths under a language we do not have match, so a forged header can only pick the 404's language.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: UNKNOWN_LOCALE_SOURCE,
          has: [{ type: 'header', key: UNKNOWN_LOCALE_HEADER, value: `(?<lang>${locales.join('|')})` }],
          destination: '/:lang/__unknown-locale/:code/:rest*',
        },
        // Search past its last page, a bad preview link: pages rendered per request that cannot answer a whole
        // 404 once they stream, so proxy.ts decides before rendering and names it in a header (decision 0025).
        ...DECIDED_NOT_FOUND_SOURCES.map((source) => ({
          source,
          has: [{ type: 'header' as const, key: NOT_FOUND_HEADER, value: '1' }],
          destination: '/:lang/__not-found/page',
        })),
        // A live blog being covered: its page route, whose scripts carry the updates leaf (decision 0033).
        {
          source: LIVE_PAGE_SOURCE,
          has: [{ type: 'header', key: LIVE_PAGE_HEADER, value: '1' }],
          destination: '/:lang/news/:slug/page/1',
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // Security headers on every response (decision 0018): here the ones of files, feeds, sitemaps, media and
  // /api (a sandboxed policy that runs nothing); proxy.ts replaces the policy on pages and adds a nonce on the
  // newsroom's. Lowercase names, so the proxy's value replaces this one instead of joining it.
  async headers() {
    const lower = (h: Record<string, string>) =>
      Object.entries(h).map(([key, value]) => ({ key: key.toLowerCase(), value }));
    return [
      { source: '/:path*', headers: lower(securityHeaders('resource')) },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'strict-transport-security', value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
