// Scheduled publication with no request and no restart: an in-process timer, started from
// instrumentation.ts when the server starts, flips due SCHEDULED versions to PUBLISHED every few
// seconds (publishedAt = the scheduled time, so ordering is right). Reader queries stay unchanged
// (status = PUBLISHED and publishedAt <= now). See docs/decisions/0013-scheduling.md.
// The same tick takes off the site the versions scheduled to leave it (lib/admin/unpublish.ts, decision 0028).
// It also turns what only time changes into cache invalidations (decision 0015): a scheduled version going
// live and a breaking-news banner expiring drop the cached pages that show them.
import { articleChanges, invalidateFromBackground } from '@/lib/cache/invalidate';
import type { ReaderChange } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { isLocale } from '@/lib/locales';
import { audit } from './audit';
import { unpublishDue } from './unpublish';

export const SCHEDULER_INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 2000);

/** Publish every SCHEDULED version whose time has come. Returns the ids published. */
export async function publishDue(now = new Date()): Promise<string[]> {
  const client = db();
  const due = await client.article.findMany({
    where: { status: 'SCHEDULED', scheduledFor: { lte: now }, deletedAt: null },
    select: { id: true, scheduledFor: true, publishedAt: true },
  });
  const published: string[] = [];
  for (const a of due) {
    const at = a.scheduledFor ?? now;
    // Guarded by status, so an unpublish or reschedule in the meantime wins.
    const r = await client.article.updateMany({
      where: { id: a.id, status: 'SCHEDULED', scheduledFor: a.scheduledFor },
      data: { status: 'PUBLISHED', publishedAt: a.publishedAt ?? at, contentUpdatedAt: at, scheduledFor: null },
    });
    if (r.count === 1) {
      published.push(a.id);
      await audit({
        actor: 'scheduler',
        action: 'publish',
        targetType: 'article',
        targetId: a.id,
        detail: `scheduled for ${at.toISOString()}`,
      });
    }
  }
  return published;
}

/** Banners whose expiry fell in (since, now]: the pages showing them must drop them. */
export async function bannersExpired(since: Date, now: Date): Promise<ReaderChange[]> {
  const rows = await db().breakingNews.findMany({
    where: { expiresAt: { gt: since, lte: now } },
    select: { locale: true },
  });
  return rows.flatMap((r) => (isLocale(r.locale) ? [{ kind: 'banner' as const, locale: r.locale }] : []));
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
      const ids = await publishDue(now);
      if (ids.length) console.log(`[scheduler] published ${ids.length} scheduled version(s)`);
      // Then what is due to leave the site (decision 0028): a version published and withdrawn in one tick ends off.
      const gone = await unpublishDue(now);
      if (gone.length) console.log(`[scheduler] took ${gone.length} version(s) off the site as scheduled`);
      pending.push(...(await articleChanges([...ids, ...gone])), ...(await bannersExpired(checkedUntil, now)));
      checkedUntil = now;
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
