// What every request of this process goes through before Next sees it, installed once from
// instrumentation.ts (decision 0030):
//  - a request id: the edge's X-Request-Id when it looks like one, else a new one; passed on to Next and
//    answered back;
//  - one JSON log line per request (pino): id, method, path, status, time, Next's cache result;
//  - Prometheus counts (lib/ops/metrics.ts);
//  - a reader page whose render fails answers 503 with Retry-After and the short page in its language
//    (lib/ops/unavailable.ts), not Next's 500 (logged and counted as the 500 it was);
// and graceful shutdown on SIGTERM.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import pino from 'pino';
import { edgePurgesSettled } from '@/lib/cache/edge';
import { reportDatabaseTrouble, startDraining } from './health';
import { metrics, routeLabel } from './metrics';
import { defaultLocale, isLocale } from '@/lib/locales';
import { unavailableHeaders, unavailableHtml } from './unavailable';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;
const NOT_READER = new Set(['admin', 'api', 'next-static', 'media', 'ops', 'preview', 'other']);
const INSTALLED = Symbol.for('rekha.requestHooks');
const servers = new Set<Server>();

export const logger = pino({
  base: { pid: process.pid, instance: process.env.INSTANCE_NAME || undefined },
  timestamp: pino.stdTimeFunctions.isoTime,
  level: process.env.LOG_LEVEL || 'info',
});

/** The request's id: the edge's when it sent a well-formed one, else a new one. */
export function requestIdOf(headers: IncomingMessage['headers']): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export function onRequest(server: Server | null, req: IncomingMessage, res: ServerResponse): void {
  if (server) servers.add(server);
  const started = process.hrtime.bigint();
  const id = requestIdOf(req.headers);
  req.headers['x-request-id'] = id;
  res.setHeader('X-Request-Id', id);
  const path = (req.url ?? '/').split('?')[0];
  const route = routeLabel(path);
  const reader = (req.method === 'GET' || req.method === 'HEAD') && !NOT_READER.has(route);
  let replaced = false;
  if (reader) {
    // Node writes the status through writeHead, explicitly or from the first write. A render that failed while
    // the database fails gets our 503 page instead of Next's error page.
    const writeHead = res.writeHead;
    const write = res.write;
    const end = res.end;
    res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
      // Whatever failed (the database almost always: it may have gone a moment before the background check
      // notices), the reader gets "try again shortly", never a 500. The log line and the metrics keep the 500,
      // and the database is asked again now.
      if (statusCode === 500) {
        statusCode = 503;
        replaced = true;
        reportDatabaseTrouble();
        this.removeHeader('content-length');
        this.removeHeader('content-encoding');
        this.removeHeader('etag');
        for (const [name, value] of Object.entries(unavailableHeaders)) this.setHeader(name, value);
        return (writeHead as (...a: unknown[]) => ServerResponse).call(this, statusCode);
      }
      return (writeHead as (...a: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
    } as typeof res.writeHead;
    res.write = function (this: ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) this.writeHead(this.statusCode);
      if (replaced) return true;
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as typeof res.write;
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) this.writeHead(this.statusCode);
      if (!replaced) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
      const first = path.split('/')[1];
      return (end as (...a: unknown[]) => ServerResponse).call(
        this,
        req.method === 'HEAD' ? undefined : unavailableHtml(isLocale(first) ? first : defaultLocale),
      );
    } as typeof res.end;
  }
  res.once('close', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cache = res.getHeader('x-nextjs-cache');
    const m = metrics();
    const status = replaced ? 500 : res.statusCode;
    m.requests.inc({ route, status: String(status) });
    m.duration.observe({ route }, seconds);
    if (typeof cache === 'string') m.cache.inc({ result: cache });
    if (process.env.LOG_REQUESTS === '0') return;
    // The edge's probe asks every second: only its failures are worth a line.
    if (route === 'ops' && res.statusCode === 200 && path === '/healthz') return;
    logger.info({
      reqId: id,
      method: req.method,
      path: path.slice(0, 300),
      status,
      ...(replaced ? { answered: 503 } : {}),
      ms: Math.round(seconds * 10000) / 10,
      ...(typeof cache === 'string' ? { cache } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    });
  });
}

export async function installRequestHooks(): Promise<void> {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const http = await import('node:http');
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function hookedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') onRequest(this, args[0] as IncomingMessage, args[1] as ServerResponse);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  installGracefulShutdown();
}

/** How long /healthz says 503 before the server stops listening, so the edge's probe can take it out first. */
const DRAIN_DELAY_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? 0);
/** In-flight requests get this long to finish. */
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);

/**
 * SIGTERM (and SIGINT): stop taking requests, finish those in flight, flush read counts and edge purges, exit.
 * Next stops its server itself unless NEXT_MANUAL_SIG_HANDLE is set; with it set (npm run cluster), this does all
 * of it, waiting SHUTDOWN_DRAIN_MS first so that the edge stops sending requests here.
 */
function installGracefulShutdown(): void {
  const manual = Boolean(process.env.NEXT_MANUAL_SIG_HANDLE);
  let started = false;
  const shutdown = async (signal: string) => {
    if (started) return;
    started = true;
    logger.info({ msg: 'shutting down', signal });
    startDraining();
    const hardStop = setTimeout(() => process.exit(1), DRAIN_DELAY_MS + SHUTDOWN_TIMEOUT_MS + 5000);
    hardStop.unref();
    if (manual) {
      await new Promise((r) => setTimeout(r, DRAIN_DELAY_MS));
      await Promise.all(
        [...servers].map(
          (s) =>
            new Promise<void>((resolve) => {
              const force = setTimeout(() => s.closeAllConnections(), SHUTDOWN_TIMEOUT_MS);
              force.unref();
              s.close(() => resolve());
              s.closeIdleConnections();
            }),
        ),
      );
    }
    try {
      const { stopScheduler } = await import('@/lib/admin/scheduler');
      stopScheduler();
      const { viewCounter } = await import('@/lib/news/mostRead');
      const written = await viewCounter().flush();
      await edgePurgesSettled();
      logger.info({ msg: 'shut down cleanly', readsFlushed: written });
    } catch (e) {
      logger.error({ msg: 'flushing on shutdown failed', error: (e as Error).message });
    }
    if (manual) process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  if (manual) process.once('SIGINT', () => void shutdown('SIGINT'));
}
