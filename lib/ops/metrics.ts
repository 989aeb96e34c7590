// Prometheus metrics (prom-client), served by /metrics behind a token (decision 0030). One registry per
// process, kept on globalThis: the server hook, the proxy and the route handlers are separate bundles.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

interface Metrics {
  registry: Registry;
  requests: Counter<'route' | 'status'>;
  duration: Histogram<'route'>;
  cache: Counter<'result'>;
  databaseErrors: Counter;
}

const KEY = Symbol.for('rekha.metrics');

export function metrics(): Metrics {
  const g = globalThis as Record<symbol, Metrics>;
  if (g[KEY]) return g[KEY];
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const m: Metrics = {
    registry,
    requests: new Counter({
      name: 'http_requests_total',
      help: 'Requests answered, by kind of route and status',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer (render time on cache misses), by kind of route',
      labelNames: ['route'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    cache: new Counter({
      name: 'next_cache_total',
      help: "Answers from Next's page cache (x-nextjs-cache): HIT, STALE, MISS",
      labelNames: ['result'],
      registers: [registry],
    }),
    databaseErrors: new Counter({
      name: 'database_errors_total',
      help: 'Failed database health checks and lookups',
      registers: [registry],
    }),
  };
  g[KEY] = m;
  return m;
}

export const countDatabaseError = () => metrics().databaseErrors.inc();

/** A bounded label for a path (never the path itself: random URLs must not create series). */
export function routeLabel(pathname: string): string {
  if (pathname === '/') return 'root';
  if (pathname.startsWith('/_next/')) return 'next-static';
  if (pathname.startsWith('/admin')) return 'admin';
  if (pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/media/')) return 'media';
  if (/^\/(healthz|readyz|metrics)$/.test(pathname)) return 'ops';
  if (/sitemap|robots\.txt/.test(pathname)) return 'sitemap';
  const m = /^\/(be|ru|en)(?:\/([^/]+))?(?:\/([^/]+))?/.exec(pathname);
  if (!m) return 'other';
  if (!m[2]) return 'front';
  if (m[2] === 'news') return pathname.endsWith('/lite') ? 'article-lite' : 'article';
  if (m[2] === 'feed') return 'feed';
  if (['section', 'tag', 'author', 'search', 'preview'].includes(m[2])) return m[2];
  return 'page';
}
