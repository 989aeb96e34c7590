// Next's incremental cache (ISR pages, route handler bodies, unstable_cache values) shared by every app instance
// through Redis (decision 0030). next.config.ts names this module as `cacheHandler`; Next imports it at run time
// with Node's own loader, so it is plain JavaScript.
//   REDIS_URL unset   → Next's own store (this process's memory), exactly as without this module.
//   REDIS_URL set     → entries and tag invalidation times live in Redis: a page rendered by one instance is a hit
//                       on all, a tag dropped on one is dropped on all. Each process keeps the entries it decoded
//                       (READER_CACHE_MB): a hit then costs one small round trip (the entry's version and its
//                       tags' invalidation times), not a transfer and decode of the whole page.
//   Redis unreachable → the process's memory with a warning in the log (entries written since the outage began
//                       only); tags dropped meanwhile are sent to Redis when it is back, so nothing stale reappears.
import { createClient } from 'redis';
import nextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/** @type {any} */
const FileSystemCache = /** @type {any} */ (nextFileSystemCache).default ?? nextFileSystemCache;

/** The header Next stores a page's tags in (NEXT_CACHE_TAGS_HEADER). */
const TAGS_HEADER = 'x-next-cache-tags';
/** Redis commands wait at most this long: a hung Redis must not hang page requests. */
const COMMAND_TIMEOUT_MS = Number(process.env.REDIS_CACHE_TIMEOUT_MS ?? 500);
/** Entries expire from Redis after this long whatever Next says (reader pages are tag-invalidated anyway). */
const ENTRY_TTL_SECONDS = Number(process.env.REDIS_CACHE_TTL_SECONDS ?? 24 * 3600);

const STATE = Symbol.for('rekha.sharedCache');
/** Decoded entries kept in this process (bytes of their JSON), so a hit costs one small Redis round trip. */
const LOCAL_BYTES = Number(process.env.READER_CACHE_MB ?? 256) * 1024 * 1024;

/**
 * The process's one Redis connection and what it must remember across handler instances (Next creates a handler
 * per request).
 * @returns {{ client: any, prefix: string, downSince: number | null, pendingTags: Map<string, number>, lastWarning: number }}
 */
function state() {
  const g = /** @type {any} */ (globalThis);
  if (g[STATE]) return g[STATE];
  const url = process.env.REDIS_URL?.trim();
  const s = {
    client: null,
    prefix: `${process.env.REDIS_PREFIX ?? 'rekha'}:cache:`,
    // Memory entries older than this are not used: they may predate invalidations made through Redis.
    downSince: /** @type {number | null} */ (null),
    pendingTags: new Map(),
    lastWarning: 0,
    // key → { entry, bytes }; Map order is age (oldest first).
    local: new Map(),
    localBytes: 0,
  };
  g[STATE] = s;
  if (!url) return s;
  const client = createClient({
    url,
    // Fail fast while disconnected (the memory store answers) and keep trying to reconnect.
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  client.on('error', (e) => warn(s, `Redis error: ${e?.message ?? e}`));
  client.on('ready', () => {
    if (s.downSince !== null) console.warn(JSON.stringify({ level: 'warn', msg: 'shared cache: Redis is back' }));
    s.downSince = null;
    void flushPendingTags(s);
  });
  client.on('end', () => markDown(s));
  client.on('reconnecting', () => markDown(s));
  s.client = client;
  client.connect().catch((e) => warn(s, `Redis connection failed: ${e?.message ?? e}`));
  return s;
}

function markDown(s) {
  if (s.downSince === null) s.downSince = Date.now();
}

function warn(s, message) {
  markDown(s);
  // One line per 10 s at most: a Redis outage under load must not flood the log.
  if (Date.now() - s.lastWarning < 10_000) return;
  s.lastWarning = Date.now();
  console.warn(JSON.stringify({ level: 'warn', msg: `shared cache: ${message}; using this process's memory` }));
}

/** The client when it can answer now, else null. */
function ready(s) {
  return s.client?.isReady ? s.client : null;
}

function withTimeout(promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function flushPendingTags(s) {
  const client = ready(s);
  if (!client || s.pendingTags.size === 0) return;
  const tags = Object.fromEntries([...s.pendingTags].map(([tag, at]) => [tag, String(at)]));
  try {
    await withTimeout(client.hSet(`${s.prefix}tags`, tags));
    s.pendingTags.clear();
  } catch (e) {
    warn(s, `sending tags dropped during the outage failed: ${e?.message ?? e}`);
  }
}

function remember(s, key, entry, bytes) {
  forget(s, key);
  if (bytes > LOCAL_BYTES / 4) return;
  s.local.set(key, { entry, bytes });
  s.localBytes += bytes;
  while (s.localBytes > LOCAL_BYTES) forget(s, s.local.keys().next().value);
}

function forget(s, key) {
  const had = s.local.get(key);
  if (!had) return;
  s.local.delete(key);
  s.localBytes -= had.bytes;
}

/** An invalidation time newer than the entry (and already reached) drops it. */
function expiredByTags(times, lastModified) {
  const now = Date.now();
  return times.some((t) => t && Number(t) <= now && Number(t) > lastModified);
}

/** JSON with Buffers and Maps (Next's page entries hold both: flight data, segment data). */
export function encode(value) {
  return JSON.stringify(value, function (key, v) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { $b: original.toString('base64') };
    if (original instanceof Map) return { $m: [...original.entries()] };
    return v;
  });
}

export function decode(text) {
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (typeof v.$b === 'string' && Object.keys(v).length === 1) return Buffer.from(v.$b, 'base64');
      if (Array.isArray(v.$m) && Object.keys(v).length === 1) return new Map(v.$m);
    }
    return v;
  });
}

/** The tags an entry answers to: a page's from its stored header, a value's from the lookup and the value. */
export function entryTags(entry, ctx) {
  const value = entry?.value;
  if (!value) return [];
  if (value.kind === 'FETCH')
    return [...new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(value.tags ?? [])])];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

export default class SharedCacheHandler {
  constructor(ctx) {
    this.memory = new FileSystemCache(ctx);
    this.shared = state();
  }

  async get(key, ctx) {
    const s = this.shared;
    const client = ready(s);
    if (!client) return this.fromMemory(key, ctx);
    try {
      // A copy decoded in this process: one round trip asks whether Redis still has that version and whether
      // any of its tags was invalidated since.
      const local = s.local.get(key);
      if (local) {
        const tags = entryTags(local.entry, ctx);
        const [version, times] = await withTimeout(
          client
            .multi()
            .get(`${s.prefix}v:${key}`)
            .hmGet(`${s.prefix}tags`, tags.length > 0 ? tags : ['-'])
            .exec(),
        );
        if (String(version) === String(local.entry.lastModified)) {
          if (expiredByTags(times, local.entry.lastModified)) return null;
          // Most recently used last.
          s.local.delete(key);
          s.local.set(key, local);
          return local.entry;
        }
        forget(s, key);
      }
      const raw = await withTimeout(client.get(s.prefix + key));
      if (!raw) return null;
      const entry = decode(raw);
      const tags = entryTags(entry, ctx);
      if (tags.length > 0) {
        const times = await withTimeout(client.hmGet(`${s.prefix}tags`, tags));
        if (expiredByTags(times, entry.lastModified)) return null;
      }
      remember(s, key, entry, raw.length);
      return entry;
    } catch (e) {
      warn(s, `reading ${key} failed: ${e?.message ?? e}`);
      return this.fromMemory(key, ctx);
    }
  }

  async fromMemory(key, ctx) {
    const entry = await this.memory.get(key, ctx);
    const since = this.shared.downSince;
    // Written before the outage: another instance may have dropped it through Redis since.
    if (entry && since !== null && entry.lastModified < since) return null;
    return entry;
  }

  async set(key, data, ctx) {
    const s = this.shared;
    const client = ready(s);
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    if (!client) return this.memory.set(key, data, ctx);
    try {
      if (!data) {
        forget(s, key);
        await withTimeout(client.del([s.prefix + key, `${s.prefix}v:${key}`]));
        return;
      }
      const lastModified = Date.now();
      const entry = { value: data, lastModified, cacheControl };
      const raw = encode(entry);
      await withTimeout(
        client
          .multi()
          .set(s.prefix + key, raw, { EX: ENTRY_TTL_SECONDS })
          .set(`${s.prefix}v:${key}`, String(lastModified), { EX: ENTRY_TTL_SECONDS })
          .exec(),
      );
      remember(s, key, decode(raw), raw.length);
    } catch (e) {
      warn(s, `writing ${key} failed: ${e?.message ?? e}`);
      await this.memory.set(key, data, ctx);
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : [...tags];
    if (list.length === 0) return;
    // This process's own tag manifest (Next checks it too), whatever Redis does.
    await this.memory.revalidateTag(list, durations);
    const s = this.shared;
    const now = Date.now();
    // Only expiry is shared ({ expire: 0 } is what this site uses, decision 0015); a stale-only mark stays local.
    if (durations && durations.expire === undefined) return;
    const at = now + (durations?.expire ?? 0) * 1000;
    for (const tag of list) s.pendingTags.set(tag, at);
    if (!s.client) {
      s.pendingTags.clear();
      return;
    }
    await flushPendingTags(s);
  }

  resetRequestCache() {}
}

/** For tests and shutdown: closes this process's Redis connection and forgets it. */
export async function closeSharedCache() {
  const g = /** @type {any} */ (globalThis);
  const s = g[STATE];
  delete g[STATE];
  if (s?.client) {
    s.client.removeAllListeners();
    await s.client.close?.().catch(() => {});
  }
}
