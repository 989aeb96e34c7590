// Scheduled publication with no request and no restart: an in-process timer, started from
// instrumentation.ts when the server starts, flips due SCHEDULED versions to PUBLISHED every few
// seconds (publishedAt = the scheduled time, so ordering is right). Reader queries stay unchanged
// (status = PUBLISHED and publishedAt <= now). See docs/decisions/0013-scheduling.md.
import { db } from '@/lib/db/client';
import { audit } from './audit';

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
      await audit({ actor: 'scheduler', action: 'publish', targetType: 'article', targetId: a.id, detail: `scheduled for ${at.toISOString()}` });
    }
  }
  return published;
}

const KEY = Symbol.for('rekha.scheduler');

export function startScheduler(): void {
  const g = globalThis as typeof globalThis & { [KEY]?: NodeJS.Timeout };
  if (g[KEY]) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const ids = await publishDue();
      if (ids.length) console.log(`[scheduler] published ${ids.length} scheduled version(s)`);
    } catch (e) {
      console.error('[scheduler] publishing due versions failed:', e);
    } finally {
      running = false;
    }
  };
  g[KEY] = setInterval(tick, SCHEDULER_INTERVAL_MS);
  g[KEY].unref();
  void tick();
}
