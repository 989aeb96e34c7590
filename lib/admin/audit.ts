// The audit log: who did what, when. Admins read it at /admin/audit.
import { db } from '@/lib/db/client';

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'sign-out-others'
  | 'sign-in-refused'
  | 'session-end'
  | 'sessions-end-all'
  | 'user-disable'
  | 'user-enable'
  | 'two-factor-enable'
  | 'two-factor-disable'
  | 'two-factor-reset'
  | 'two-factor-policy'
  | 'create'
  | 'save'
  | 'submit-review'
  | 'publish'
  | 'schedule'
  | 'unpublish'
  | 'unschedule'
  | 'set-publication-time'
  | 'delete'
  | 'restore-revision'
  | 'confirm-translation'
  | 'role-change'
  | 'user-create'
  | 'taxonomy'
  | 'breaking'
  | 'correction-add'
  | 'correction-edit'
  | 'correction-withdraw'
  | 'preview-link-create'
  | 'preview-link-revoke'
  | 'unpublish-schedule'
  | 'unpublish-cancel'
  | 'import'
  | 'live-start'
  | 'live-end'
  | 'live-entry-post'
  | 'live-entry-edit'
  | 'live-entry-delete';

export async function audit(entry: {
  userId?: string | null;
  actor: string;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  detail?: string;
}): Promise<void> {
  try {
    await db().auditLog.create({
      data: {
        userId: entry.userId ?? null,
        actor: entry.actor.slice(0, 200),
        action: entry.action,
        targetType: entry.targetType ?? '',
        targetId: entry.targetId ?? '',
        detail: (entry.detail ?? '').slice(0, 500),
      },
    });
  } catch (e) {
    console.error('[audit] could not record', entry.action, e);
  }
}

/** Failed sign-ins of one account from one address within this window make one entry with a count. */
export const FOLD_WINDOW_MS = 15 * 60 * 1000;

/**
 * Record a repeated event without flooding the log: the entry for the same action, actor and target
 * started within the window gets its count raised; otherwise a new entry starts a window.
 */
export async function auditFolded(
  entry: { actor: string; action: AuditAction; targetType?: string; targetId: string; detail?: string },
  now = new Date(),
): Promise<void> {
  const actor = entry.actor.slice(0, 200);
  const targetId = entry.targetId.slice(0, 200);
  try {
    const open = await db().auditLog.findFirst({
      where: { action: entry.action, actor, targetId, at: { gte: new Date(now.getTime() - FOLD_WINDOW_MS) } },
      orderBy: { at: 'desc' },
      select: { id: true },
    });
    if (open) await db().auditLog.update({ where: { id: open.id }, data: { count: { increment: 1 } } });
    else
      await db().auditLog.create({
        data: {
          actor,
          action: entry.action,
          targetType: entry.targetType ?? '',
          targetId,
          detail: (entry.detail ?? '').slice(0, 500),
          at: now,
        },
      });
  } catch (e) {
    console.error('[audit] could not record', entry.action, e);
  }
}

/** The latest entries, newest first (folded entries by when their window started). */
export function listAudit(take = 200) {
  return db().auditLog.findMany({ orderBy: { at: 'desc' }, take });
}
