// The audit log: who did what, when. Admins read it at /admin/audit.
import { db } from '@/lib/db/client';

export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-out'
  | 'sign-out-others'
  | 'create'
  | 'save'
  | 'submit-review'
  | 'publish'
  | 'schedule'
  | 'unpublish'
  | 'delete'
  | 'restore-revision'
  | 'confirm-translation'
  | 'role-change'
  | 'user-create'
  | 'taxonomy'
  | 'breaking';

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
