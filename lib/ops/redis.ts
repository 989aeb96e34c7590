// The app's one Redis connection (REDIS_URL), for state every instance must share: the sign-in limiter
// (lib/auth/rate-limit.ts) and the readiness check. No REDIS_URL: null, and callers keep their in-process state.
// The incremental cache has its own connection (lib/cache/shared-handler.mjs: Next loads that module itself).
// While Redis is unreachable commands fail at once (no offline queue) and the client keeps reconnecting.
import { createClient } from 'redis';

const connect = (url: string) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
export type AppRedis = ReturnType<typeof connect>;

const KEY = Symbol.for('rekha.appRedis');
type Global = typeof globalThis & { [KEY]?: { url: string; client: AppRedis } };

/** The connected-or-reconnecting client for REDIS_URL, or null when none is configured. */
export function appRedis(): AppRedis | null {
  const url = process.env.REDIS_URL?.trim();
  if (!url) return null;
  const g = globalThis as Global;
  if (g[KEY]?.url === url) return g[KEY].client;
  let lastWarning = 0;
  const client = connect(url);
  client.on('error', (e: Error) => {
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    console.warn(JSON.stringify({ level: 'warn', msg: `redis: ${e.message}` }));
  });
  client.connect().catch(() => {
    /* reported by the error listener; the client keeps reconnecting */
  });
  g[KEY] = { url, client };
  return client;
}

/** Keys of this site in a Redis that others may share (REDIS_PREFIX, default `rekha`). */
export const redisPrefix = () => process.env.REDIS_PREFIX?.trim() || 'rekha';

/** Closes the connection (shutdown, tests). */
export async function closeAppRedis(): Promise<void> {
  const g = globalThis as Global;
  const entry = g[KEY];
  delete g[KEY];
  if (entry) {
    entry.client.removeAllListeners();
    await entry.client.close().catch(() => {});
  }
}
