// "Most read": reads counted on our own server, no cookies, no third-party script. See
// docs/decisions/0009-most-read.md.
// - A read is a request for the article's 1×1 image (/api/views/{articleId}), which the article page
//   embeds: it works without JavaScript and keeps counting when the article HTML is served from a cache.
// - Known crawlers (isbot), prefetches and requests without a user agent are not counted.
// - Counts are aggregated in memory per article and hour and flushed once a minute: one upsert per
//   (article, hour) per flush, never a row update per view. A crash loses at most one minute of counts.
import { createHmac, randomBytes } from 'node:crypto';
import { isbot } from 'isbot';
import { invalidateFromBackground } from '@/lib/cache/invalidate';
import type { ReaderChange } from '@/lib/cache/tags';
import { db, type PrismaClient } from '@/lib/db/client';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { locales, type Locale } from '@/lib/locales';
import type { HeadlineItem } from './types';
import { visibleSql } from './queries';

export const FLUSH_INTERVAL_MS = Number(process.env.VIEWS_FLUSH_INTERVAL_MS) || 60_000;
/** Distinct (article, hour) keys kept between flushes; beyond this new keys are dropped (a flood of fake ids). */
export const MAX_PENDING_KEYS = 20_000;

const HOUR = 3_600_000;
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a request for the read beacon should count: a person's browser loading the page for real. */
export function shouldCount(headers: Headers): boolean {
  const ua = headers.get('user-agent')?.trim();
  if (!ua || isbot(ua)) return false;
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  return !/prefetch|prerender/i.test(purpose);
}

export const isArticleId = (id: string) => ARTICLE_ID.test(id);

/** Reads waiting to be written: `${articleId} ${hourStartMs}` → count. */
export class ViewCounter {
  private pending = new Map<string, number>();
  private flushing: Promise<number> | null = null;

  record(articleId: string, at = Date.now()): boolean {
    if (!isArticleId(articleId)) return false;
    const key = `${articleId} ${Math.floor(at / HOUR) * HOUR}`;
    const n = this.pending.get(key);
    if (n === undefined && this.pending.size >= MAX_PENDING_KEYS) return false;
    this.pending.set(key, (n ?? 0) + 1);
    return true;
  }

  get pendingKeys(): number {
    return this.pending.size;
  }

  /**
   * Write what has been counted, one statement for the whole batch; rows for unknown articles are dropped.
   * On failure the counts go back into the queue for the next flush. Returns the number of reads written.
   */
  flush(client: PrismaClient = db()): Promise<number> {
    this.flushing ??= this.doFlush(client).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async doFlush(client: PrismaClient): Promise<number> {
    if (this.pending.size === 0) return 0;
    const batch = this.pending;
    this.pending = new Map();
    const rows = [...batch].map(([key, n]) => {
      const [id, hour] = key.split(' ');
      return { id, hour: new Date(Number(hour)).toISOString(), n };
    });
    try {
      await client.$executeRaw`
        INSERT INTO "ArticleViewHour" ("articleId", "hour", "views")
        SELECT v.id, (v.hour AT TIME ZONE 'UTC'), v.n
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id text, hour timestamptz, n int)
        JOIN "Article" a ON a."id" = v.id
        ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHour"."views" + EXCLUDED."views"`;
      return rows.reduce((sum, r) => sum + r.n, 0);
    } catch (e) {
      for (const [key, n] of batch) {
        if (this.pending.size >= MAX_PENDING_KEYS && !this.pending.has(key)) break;
        this.pending.set(key, (this.pending.get(key) ?? 0) + n);
      }
      throw e;
    }
  }
}

/**
 * Published article ids, held in memory so that the read pixel counts only real, published articles without a
 * query per request. Loaded whole on first use and every FULL_RELOAD_MS; in between, every REFRESH_MS (or, on an
 * id it does not know, at most every MISS_REFRESH_MS, so a just-published article counts within seconds while a
 * flood of fake ids costs one small query per interval) only the versions changed since the last look are read.
 */
export class LiveArticleIds {
  static REFRESH_MS = 60_000;
  static MISS_REFRESH_MS = 5_000;
  static FULL_RELOAD_MS = 3_600_000;
  private ids = new Set<string>();
  private loadedAt = 0;
  private fullAt = 0;
  private lastLookAt = new Date(0);
  private loading: Promise<void> | null = null;

  constructor(private load: (changedSince: Date | null) => Promise<{ id: string; live: boolean }[]> = loadLiveIds) {}

  get size(): number {
    return this.ids.size;
  }

  async has(id: string, now = Date.now()): Promise<boolean> {
    const age = now - this.loadedAt;
    if (this.loadedAt === 0 || (!this.ids.has(id) && age >= LiveArticleIds.MISS_REFRESH_MS)) await this.refresh(now);
    else if (age >= LiveArticleIds.REFRESH_MS)
      void this.refresh(now).catch((e) => console.error('[most read] live ids:', (e as Error).message));
    return this.ids.has(id);
  }

  /** One load at a time; concurrent callers share it. */
  refresh(now = Date.now()): Promise<void> {
    this.loading ??= (async () => {
      const full = now - this.fullAt >= LiveArticleIds.FULL_RELOAD_MS;
      // Changes since the last look began (wall clock, as the database stamps updatedAt), with a small overlap:
      // a write committed during the previous look is read again rather than missed.
      const startedAt = new Date();
      const rows = await this.load(full ? null : new Date(this.lastLookAt.getTime() - 5_000));
      this.lastLookAt = startedAt;
      if (full) this.ids = new Set();
      for (const r of rows) {
        if (r.live) this.ids.add(r.id);
        else this.ids.delete(r.id);
      }
      this.loadedAt = now;
      if (full) this.fullAt = now;
    })().finally(() => (this.loading = null));
    return this.loading;
  }
}

async function loadLiveIds(changedSince: Date | null): Promise<{ id: string; live: boolean }[]> {
  if (!changedSince) {
    const rows = await db().article.findMany({ where: { status: 'PUBLISHED', deletedAt: null }, select: { id: true } });
    return rows.map((r) => ({ id: r.id, live: true }));
  }
  const rows = await db().article.findMany({
    where: { updatedAt: { gte: changedSince } },
    select: { id: true, status: true, deletedAt: true },
  });
  return rows.map((r) => ({ id: r.id, live: r.status === 'PUBLISHED' && r.deletedAt === null }));
}

/**
 * One reader cannot flood the counter: per client (IP address) and fixed window, each article counts once and
 * at most PER_CLIENT articles count. At most MAX_CLIENTS clients are tracked per window (memory stays bounded;
 * past that, new clients are not counted until the window ends). The address itself is never kept: only an
 * HMAC of it under a random key made for the window and dropped with it, so nothing held links a read to an
 * address, or one window's reader to the next one's (the privacy page says so).
 */
export class ReadLimiter {
  static WINDOW_MS = 600_000;
  static PER_CLIENT = 20;
  static MAX_CLIENTS = 10_000;
  private window = -1;
  private key = randomBytes(32);
  private perClient = new Map<string, number>();
  private counted = new Set<string>();

  allow(address: string, articleId: string, now = Date.now()): boolean {
    const w = Math.floor(now / ReadLimiter.WINDOW_MS);
    if (w !== this.window) {
      this.window = w;
      this.key = randomBytes(32);
      this.perClient.clear();
      this.counted.clear();
    }
    const client = createHmac('sha256', this.key).update(address).digest('base64url').slice(0, 22);
    const pair = `${client} ${articleId}`;
    if (this.counted.has(pair)) return false;
    const n = this.perClient.get(client) ?? 0;
    if (n >= ReadLimiter.PER_CLIENT) return false;
    if (n === 0 && this.perClient.size >= ReadLimiter.MAX_CLIENTS) return false;
    this.perClient.set(client, n + 1);
    this.counted.add(pair);
    return true;
  }
}

/**
 * The reader's address as the server stamped it from the socket (or a trusted proxy's X-Forwarded-For):
 * never a header the client chose, so one client cannot pose as many (lib/auth/client-address.ts, decision 0019).
 */
export function clientKey(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown';
}

const LIVE_KEY = Symbol.for('rekha.liveArticleIds');
const LIMITER_KEY = Symbol.for('rekha.readLimiter');
type Holder = typeof globalThis & { [LIVE_KEY]?: LiveArticleIds; [LIMITER_KEY]?: ReadLimiter };

export function liveArticleIds(): LiveArticleIds {
  const g = globalThis as Holder;
  return (g[LIVE_KEY] ??= new LiveArticleIds());
}

export function readLimiter(): ReadLimiter {
  const g = globalThis as Holder;
  return (g[LIMITER_KEY] ??= new ReadLimiter());
}

/** Whether this pixel request counts as a read, and if so, counts it. */
export async function countRead(articleId: string, headers: Headers): Promise<boolean> {
  if (!isArticleId(articleId) || !shouldCount(headers)) return false;
  if (!(await liveArticleIds().has(articleId))) return false;
  return readLimiter().allow(clientKey(headers), articleId) && viewCounter().record(articleId);
}

const GLOBAL_KEY = Symbol.for('rekha.viewCounter');
type Global = typeof globalThis & { [GLOBAL_KEY]?: ViewCounter };

const lastLists = new Map<Locale, string>();

/** Languages whose most-read lists (day, week) differ from the last time this server looked. */
export async function mostReadChanges(now = new Date()): Promise<ReaderChange[]> {
  const changes: ReaderChange[] = [];
  for (const locale of locales) {
    const [day, week] = await Promise.all([getMostRead(locale, 'day', 5, now), getMostRead(locale, 'week', 5, now)]);
    const signature = [...day, ...week].map((i) => i.id).join(',');
    if (lastLists.get(locale) !== signature) changes.push({ kind: 'mostRead', locale });
    lastLists.set(locale, signature);
  }
  return changes;
}

/** The server's counter, flushing itself every FLUSH_INTERVAL_MS (the timer does not keep the process alive). */
export function viewCounter(): ViewCounter {
  const g = globalThis as Global;
  let counter = g[GLOBAL_KEY];
  if (!counter) {
    const c = new ViewCounter();
    counter = c;
    g[GLOBAL_KEY] = c;
    const timer = setInterval(() => {
      c.flush()
        .then(async (written) => {
          // Cached pages show the lists (decision 0015): drop them only when a list really changed.
          if (written === 0) return;
          const changes = await mostReadChanges();
          try {
            await invalidateFromBackground(...changes);
          } catch (e) {
            // Not sent: those languages count as changed again after the next flush that writes reads.
            for (const change of changes) if (change.kind === 'mostRead') lastLists.delete(change.locale);
            throw e;
          }
        })
        .catch((e) => console.error('[most read] flush or invalidation failed, will retry:', (e as Error).message));
    }, FLUSH_INTERVAL_MS);
    timer.unref?.();
  }
  return counter;
}

export type MostReadPeriod = 'day' | 'week';

export interface MostReadItem extends HeadlineItem {
  views: number;
}

/**
 * The most read published articles in `locale` over the last 24 hours or 7 days (whole hours: the
 * window starts at the beginning of the hour 24 h / 168 h ago).
 */
export async function getMostRead(
  locale: Locale,
  period: MostReadPeriod,
  limit = 5,
  now = new Date(),
): Promise<MostReadItem[]> {
  const hours = period === 'day' ? 24 : 168;
  const since = new Date(Math.floor((now.getTime() - hours * HOUR) / HOUR) * HOUR);
  // Reads of the window are summed per article first (the hour index bounds them by time), then each article
  // is looked up by its primary key (OFFSET 0 keeps that a lookup: a hash join would read all of "Article").
  const rows = await db().$queryRaw<{ id: string; slug: string; title: string; publishedAt: Date; views: number }[]>`
    SELECT a."id", a."slug", a."title", a."publishedAt", v.views
    FROM (SELECT "articleId", sum("views")::int AS views FROM "ArticleViewHour"
          WHERE "hour" >= (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC') GROUP BY "articleId") v
    CROSS JOIN LATERAL (SELECT a.* FROM "Article" a WHERE a."id" = v."articleId" AND ${visibleSql(locale, now)} OFFSET 0) a
    ORDER BY v.views DESC, a."publishedAt" DESC, a."id"
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt), views: Number(r.views) }));
}
