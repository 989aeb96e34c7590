// Is the database answering? One background check per process (every DB_HEALTH_INTERVAL_MS, default 500 ms,
// `SELECT 1` bounded by a timeout), so requests read a flag instead of each asking the database
// (decision 0030). The proxy answers reader requests 503 while it is down; /readyz asks live.
import { db } from '@/lib/db/client';
import { countDatabaseError } from './metrics';
import { appRedis } from './redis';

interface Health {
  databaseUp: boolean;
  lastFailureAt: number;
  lastError: string;
  timer?: NodeJS.Timeout;
}

const KEY = Symbol.for('rekha.health');
const state = (): Health =>
  ((globalThis as Record<symbol, Health>)[KEY] ??= { databaseUp: true, lastFailureAt: 0, lastError: '' });

const INTERVAL_MS = Number(process.env.DB_HEALTH_INTERVAL_MS ?? 500);
const TIMEOUT_MS = 1000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Asks the database now; updates the flag. */
export async function checkDatabase(): Promise<boolean> {
  const s = state();
  try {
    await withTimeout(db().$queryRaw`SELECT 1`, TIMEOUT_MS, 'database');
    if (!s.databaseUp) console.warn(JSON.stringify({ level: 'warn', msg: 'database is back' }));
    s.databaseUp = true;
  } catch (e) {
    if (s.databaseUp)
      console.error(JSON.stringify({ level: 'error', msg: 'database unreachable', error: (e as Error).message }));
    s.databaseUp = false;
    s.lastFailureAt = Date.now();
    s.lastError = (e as Error).message;
    countDatabaseError();
  }
  return s.databaseUp;
}

/** Starts the background check (instrumentation.ts). */
export function startHealthChecks(): void {
  const s = state();
  if (s.timer) return;
  let running = false;
  s.timer = setInterval(() => {
    if (running) return;
    running = true;
    void checkDatabase().finally(() => (running = false));
  }, INTERVAL_MS);
  s.timer.unref();
}

/** The last check's answer (true until a check fails). */
export const databaseUp = (): boolean => state().databaseUp;

/** A failure was seen within `ms` (a request failing right now is probably the database). */
export const databaseFailedWithin = (ms: number): boolean => Date.now() - state().lastFailureAt < ms;

/** Something failed on the way to the database (a query of the proxy): checks again at once. */
export function reportDatabaseTrouble(): void {
  // Only where the background check runs (a server): a process that never asked the database does not start now.
  if (state().timer) void checkDatabase();
}

/** For /readyz: each dependency asked now. Redis only when REDIS_URL is set. */
export async function readiness(): Promise<{ ready: boolean; checks: Record<string, 'ok' | string> }> {
  const checks: Record<string, string> = {};
  checks.database = (await checkDatabase()) ? 'ok' : state().lastError || 'down';
  const redis = appRedis();
  if (redis) {
    try {
      await withTimeout(redis.ping(), TIMEOUT_MS, 'redis');
      checks.redis = 'ok';
    } catch (e) {
      checks.redis = (e as Error).message;
    }
  }
  if (draining()) checks.shutdown = 'draining';
  return { ready: Object.values(checks).every((v) => v === 'ok'), checks };
}

const DRAIN = Symbol.for('rekha.draining');
/** SIGTERM received: /healthz answers 503 so the edge stops sending new requests here. */
export const draining = (): boolean => Boolean((globalThis as Record<symbol, unknown>)[DRAIN]);
export const startDraining = (): void => {
  (globalThis as Record<symbol, unknown>)[DRAIN] = true;
};
