// Is the database answering? One background check per process (every DB_HEALTH_INTERVAL_MS, default 500 ms,
// `SELECT 1` bounded by a timeout), so requests read a flag instead of each asking the database
// (decision 0030). The proxy answers reader requests 503 while it is down; /readyz asks live.
import { db } from '@/lib/db/client';
import { countDatabaseError } from './metrics';
import { appRedis } from './redis';

interface Health {
  databaseUp: boolean;
  /** Checks in a row that got no answer in time (a slow answer on a busy machine is not yet an outage). */
  slowChecks: number;
  lastFailureAt: number;
  lastError: string;
  timer?: NodeJS.Timeout;
}

const KEY = Symbol.for('rekha.health');
const state = (): Health =>
  ((globalThis as Record<symbol, Health>)[KEY] ??= {
    databaseUp: true,
    slowChecks: 0,
    lastFailureAt: 0,
    lastError: '',
  });

const INTERVAL_MS = Number(process.env.DB_HEALTH_INTERVAL_MS ?? 500);
const TIMEOUT_MS = 1000;
/**
 * A refused or failed query means down at once; checks that only go unanswered count as down from the third in a
 * row (about 3 s). One slow answer while the instance renders at full load must not turn every reader away.
 */
export const SLOW_CHECKS_FOR_DOWN = 3;

class NoAnswer extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new NoAnswer(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Asks the database now; updates the flag. */
export async function checkDatabase(
  ask: () => Promise<unknown> = () => db().$queryRaw`SELECT 1`,
  timeoutMs = TIMEOUT_MS,
): Promise<boolean> {
  const s = state();
  try {
    await withTimeout(ask(), timeoutMs, 'database');
    if (!s.databaseUp) console.warn(JSON.stringify({ level: 'warn', msg: 'database is back' }));
    s.databaseUp = true;
    s.slowChecks = 0;
  } catch (e) {
    s.lastError = (e as Error).message;
    if (e instanceof NoAnswer && ++s.slowChecks < SLOW_CHECKS_FOR_DOWN) return s.databaseUp;
    if (s.databaseUp)
      console.error(JSON.stringify({ level: 'error', msg: 'database unreachable', error: (e as Error).message }));
    s.databaseUp = false;
    s.lastFailureAt = Date.now();
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
  // Not ready while checks go unanswered, even before they count as an outage.
  const up = await checkDatabase();
  checks.database = up && state().slowChecks === 0 ? 'ok' : state().lastError || 'down';
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
