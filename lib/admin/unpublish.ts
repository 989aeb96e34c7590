// Scheduled unpublish (decision 0028): a live version can be set to leave the site at a time (Minsk time, the
// editor's schedule format). The publication scheduler (lib/admin/scheduler.ts) takes it off when the time
// comes, by the same guarded flip as scheduled publishing (decision 0013): one audit entry, one invalidation,
// and its URL then answers 410 like a deleted once-public version (lib/news/slugs.ts).
import { db } from '@/lib/db/client';
import { canScheduleUnpublish } from '@/lib/auth/roles';
import { readNewsroomTime } from '@/lib/time/minsk';
import type { ActorInfo } from './articles';
import { audit } from './audit';
import { versionWrite } from './version-write';

export type UnpublishOutcome =
  | { ok: true; articleId: string; at: Date | null }
  | { ok: false; kind: 'forbidden' | 'notFound' }
  | { ok: false; kind: 'invalid'; errors: { at?: string } };
type Done = Extract<UnpublishOutcome, { ok: true }>;
type Refusal = Exclude<UnpublishOutcome, { ok: true }>;

/** Set (or move) the time a published or scheduled version leaves the site. */
export async function scheduleUnpublish(
  actor: ActorInfo,
  articleId: string,
  input: { at: string },
  now = new Date(),
): Promise<UnpublishOutcome> {
  // The one newsroom time field (decision 0035).
  const typed = readNewsroomTime(input.at);
  const at = typed.kind === 'time' ? typed.at : null;
  return versionWrite<Done, Refusal>({
    actor,
    articleId,
    may: canScheduleUnpublish,
    run: async (tx, a) => {
      if (a.status !== 'PUBLISHED' && a.status !== 'SCHEDULED')
        return { ok: false, kind: 'invalid', errors: { at: 'notLive' } };
      if (!at)
        return { ok: false, kind: 'invalid', errors: { at: typed.kind === 'empty' ? 'required' : 'dateInvalid' } };
      if (at <= now) return { ok: false, kind: 'invalid', errors: { at: 'datePast' } };
      if (a.status === 'SCHEDULED' && a.scheduledFor && at <= a.scheduledFor)
        return { ok: false, kind: 'invalid', errors: { at: 'beforePublication' } };
      await tx.article.update({ where: { id: a.id }, data: { unpublishAt: at } });
      return { ok: true, articleId: a.id, at };
    },
    audit: (done) => ({
      action: 'unpublish-schedule',
      targetType: 'article',
      targetId: done.articleId,
      detail: done.at?.toISOString() ?? '',
    }),
  });
}

/** Cancel a scheduled unpublish: the version stays on the site. */
export async function cancelUnpublish(actor: ActorInfo, articleId: string): Promise<UnpublishOutcome> {
  return versionWrite<Done, Refusal>({
    actor,
    articleId,
    may: canScheduleUnpublish,
    run: async (tx, a) => {
      // Guarded: if the scheduler took it off in the meantime, there is nothing left to cancel.
      const r = await tx.article.updateMany({
        where: { id: a.id, unpublishAt: { not: null } },
        data: { unpublishAt: null },
      });
      if (r.count !== 1) return { ok: false, kind: 'invalid', errors: { at: 'nothingScheduled' } };
      return { ok: true, articleId: a.id, at: null };
    },
    audit: (done) => ({ action: 'unpublish-cancel', targetType: 'article', targetId: done.articleId }),
  });
}

/**
 * Take off the site every published version whose unpublish time has come (the scheduler, every tick). Returns
 * the ids taken off. Each flip is guarded by `status = PUBLISHED AND unpublishAt = <read value>`, so a
 * cancellation, a move of the time or a concurrent tick in between wins: one flip, one audit entry.
 * A due time on a version that is no longer published (unpublished or deleted by hand) is simply cleared.
 */
export async function unpublishDue(now = new Date()): Promise<string[]> {
  const client = db();
  const due = await client.article.findMany({
    where: { unpublishAt: { lte: now } },
    select: { id: true, status: true, deletedAt: true, unpublishAt: true },
  });
  const done: string[] = [];
  for (const a of due) {
    const at = a.unpublishAt ?? now;
    if (a.status !== 'PUBLISHED' || a.deletedAt) {
      await client.article.updateMany({
        where: { id: a.id, unpublishAt: a.unpublishAt, NOT: { status: 'PUBLISHED', deletedAt: null } },
        data: { unpublishAt: null },
      });
      continue;
    }
    const r = await client.article.updateMany({
      where: { id: a.id, status: 'PUBLISHED', deletedAt: null, unpublishAt: a.unpublishAt },
      data: { status: 'UNPUBLISHED', unpublishAt: null, withdrawnAt: at, scheduledFor: null },
    });
    if (r.count === 1) {
      done.push(a.id);
      await audit({
        actor: 'scheduler',
        action: 'unpublish',
        targetType: 'article',
        targetId: a.id,
        detail: `scheduled for ${at.toISOString()}`,
      });
    }
  }
  return done;
}

/** When a version is set to leave the site (null: not set), for the editor's panel (a page that checked canRead). */
export async function getUnpublishSchedule(articleId: string): Promise<Date | null> {
  const a = await db().article.findUnique({ where: { id: articleId }, select: { unpublishAt: true } });
  return a?.unpublishAt ?? null;
}
