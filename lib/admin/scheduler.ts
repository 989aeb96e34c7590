// Scheduled publication with no request and no restart: an in-process timer, started from
// instrumentation.ts when the server starts, flips due SCHEDULED versions to PUBLISHED every few
// seconds (publishedAt = the scheduled time, so ordering is right). Reader queries stay unchanged
// (status = PUBLISHED and publishedAt <= now). See docs/decisions/0013-scheduling.md.
// The same tick takes off the site the versions scheduled to leave it (lib/admin/unpublish.ts, decision 0028).
// It also turns what only time changes into cache invalidations (decision 0015): a scheduled version going
// live and a breaking-news banner expiring drop the cached pages that show them.
// With several app instances every one runs this timer, but a tick does its work only while holding a
// PostgreSQL advisory lock (`pg_try_advisory_xact_lock`): at most one instance publishes at a time, the others
// skip that tick, so a version goes live once, with one audit entry and one invalidation (decision 0030).
import { articleChanges, invalidateFromBackground } from '@/lib/cache/invalidate';
import type { ReaderChange } from '@/lib/cache/tags';
import { db, type PrismaClient } from '@/lib/db/client';
import { isLocale } from '@/lib/locales';
import { audit } from './audit';
import { unpublishDue } from './unpublish';

export const SCHEDULER_INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 2000);

/** The advisory lock key of the scheduler (any 64-bit number no other code of ours uses). */
export const SCHEDULER_LOCK_KEY = 7_310_492_011;

/** Publish every SCHEDULED version whose time has come. Returns the ids published. */
export async function publishDue(now = new Date()): Promise<string[]> {
  const published = await flipDue(now, db());
  await auditPublished(published);
  return published.map((p) => p.id);
}

/** The status flips alone (no audit: inside a transaction the audit's own connection would wait for it). */
async function flipDue(now: Date, client: Pick<PrismaClient, 'article'>): Promise<{ id: string; at: Date }[]> {
  const due = await client.article.findMany({
    where: { status: 'SCHEDULED', scheduledFor: { lte: now }, deletedAt: null },
    select: { id: true, scheduledFor: true, publishedAt: true },
  });
  const published: { id: string; at: Date }[] = [];
  for (const a of due) {
    const at = a.scheduledFor ?? now;
    // Guarded by status, so an unpublish or reschedule in the meantime wins.
    const r = await client.article.updateMany({
      where: { id: a.id, status: 'SCHEDULED', scheduledFor: a.scheduledFor },
      data: { status: 'PUBLISHED', publishedAt: a.publishedAt ?? at, contentUpdatedAt: at, scheduledFor: null },
    });
    if (r.count === 1) published.push({ id: a.id, at });
  }
  return published;
}

async function auditPublished(published: { id: string; at: Date }[]): Promise<void> {
  for (const { id, at } of published) {
    await audit({
      actor: 'scheduler',
      action: 'publish',
      targetType: 'article',
      targetId: id,
      detail: `scheduled for ${at.toISOString()}`,
    });
  }
}

/** Banners whose expiry fell in (since, now]: the pages showing them must drop them. */
export async function bannersExpired(
  since: Date,
  now: Date,
  client: Pick<PrismaClient, 'breakingNews'> = db(),
): Promise<ReaderChange[]> {
  const rows = await client.breakingNews.findMany({
    where: { expiresAt: { gt: since, lte: now } },
    select: { locale: true },
  });
  return rows.flatMap((r) => (isLocale(r.locale) ? [{ kind: 'banner' as const, locale: r.locale }] : []));
}

/**
 * One tick's work under the cluster-wide lock: the ids published and the banners that expired in (since, now].
 * null: another instance holds the lock (it is doing this work now); nothing was done.
 */
export async function schedulerTick(
  since: Date,
  now = new Date(),
): Promise<{ published: string[]; banners: ReaderChange[] } | null> {
  const done = await db().$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${SCHEDULER_LOCK_KEY}::bigint) AS locked`;
      if (!locked) return null;
      return { published: await flipDue(now, tx), banners: await bannersExpired(since, now, tx) };
    },
    // PGlite has one connection: a second tick waits for the first instead of failing.
    { timeout: 30_000, maxWait: 30_000 },
  );
  if (!done) return null;
  await auditPublished(done.published);
  return { published: done.published.map((p) => p.id), banners: done.banners };
}

const KEY = Symbol.for('rekha.scheduler');

export function startScheduler(): void {
  const g = globalThis as typeof globalThis & { [KEY]?: NodeJS.Timeout };
  if (g[KEY]) return;
  let running = false;
  // Cached pages may outlive a restart (Next's file cache): look back one cache lifetime on the first tick.
  let checkedUntil = new Date(Date.now() - 60_000);
  // Changes not yet invalidated (the server may not listen yet on the first tick): retried every tick.
  let pending: ReaderChange[] = [];
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const done = await schedulerTick(checkedUntil, now);
      // Skipped ticks move the window on too: the instance that held the lock looked at it.
      checkedUntil = now;
      const ids = done?.published ?? [];
      if (ids.length) console.log(`[scheduler] published ${ids.length} scheduled version(s)`);
      // Then what is due to leave the site (decision 0028), by the instance that held the lock; each flip is
      // conditional on the time it read, so it happens once even so. Published and withdrawn in one tick ends off.
      const gone = done ? await unpublishDue(now) : [];
      if (gone.length) console.log(`[scheduler] took ${gone.length} version(s) off the site as scheduled`);
      pending.push(...(await articleChanges([...ids, ...gone])), ...(done?.banners ?? []));
      if (pending.length > 0) {
        await invalidateFromBackground(...pending);
        pending = [];
      }
    } catch (e) {
      console.error('[scheduler] publishing due versions or invalidating their pages failed:', e);
    } finally {
      running = false;
    }
  };
  g[KEY] = setInterval(tick, SCHEDULER_INTERVAL_MS);
  g[KEY].unref();
  void tick();
}

/** Stops this process's timer (graceful shutdown). */
export function stopScheduler(): void {
  const g = globalThis as typeof globalThis & { [KEY]?: NodeJS.Timeout };
  clearInterval(g[KEY]);
  delete g[KEY];
}
