// Managing newsroom accounts (admins): roles, disabling, the per-role two-factor rule.
// Every function checks the actor itself, so a hand-made request is refused like a hidden button.
// See docs/decisions/0011-newsroom-access.md and 0019-account-security.md.
import { audit } from '@/lib/admin/audit';
import { db } from '@/lib/db/client';
import { endAllSessions, endSession } from './sessions';
import { type Role, canManageUsers, isRole, roles } from './roles';

export interface AccountActor {
  id: string;
  email: string;
  role: Role;
}

export type AccountRefusal = 'forbidden' | 'invalid' | 'lastAdmin';
export type AccountResult = { ok: true } | { ok: false; refused: AccountRefusal };

const refused = (r: AccountRefusal): AccountResult => ({ ok: false, refused: r });

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  twoFactorEnabled: boolean;
}

export async function listUsers(): Promise<UserRow[]> {
  const rows = await db().user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, twoFactorEnabled: true },
  });
  return rows.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabledAt !== null, twoFactorEnabled: u.twoFactorEnabled }));
}

/** Admins who can still sign in, other than `except`. */
const otherActiveAdmins = (except: string) => db().user.count({ where: { role: 'admin', disabledAt: null, id: { not: except } } });

export async function changeRole(actor: AccountActor, userId: string, role: unknown): Promise<AccountResult> {
  if (!canManageUsers(actor)) return refused('forbidden');
  if (!isRole(role)) return refused('invalid');
  const target = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!target) return refused('invalid');
  if (target.role === 'admin' && !target.disabledAt && role !== 'admin' && (await otherActiveAdmins(target.id)) === 0) return refused('lastAdmin');
  await db().user.update({ where: { id: userId }, data: { role } });
  await audit({ userId: actor.id, actor: actor.email, action: 'role-change', targetType: 'user', targetId: target.email, detail: `${target.role} → ${role}` });
  return { ok: true };
}

/**
 * Disable (or enable again) an account. Disabling ends all its sessions at once; better-auth then
 * refuses it a new one (lib/auth/auth.ts), and lib/auth/session.ts ignores it on every request.
 */
export async function setDisabled(actor: AccountActor, userId: string, disabled: boolean): Promise<AccountResult> {
  if (!canManageUsers(actor)) return refused('forbidden');
  const target = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!target) return refused('invalid');
  if (disabled && target.role === 'admin' && (await otherActiveAdmins(target.id)) === 0) return refused('lastAdmin');
  await db().user.update({ where: { id: userId }, data: { disabledAt: disabled ? (target.disabledAt ?? new Date()) : null } });
  const ended = disabled ? await endAllSessions(userId) : 0;
  await audit({
    userId: actor.id,
    actor: actor.email,
    action: disabled ? 'user-disable' : 'user-enable',
    targetType: 'user',
    targetId: target.email,
    detail: disabled ? `sessions ended: ${ended}` : '',
  });
  return { ok: true };
}

/** An admin ends every session of any user (their own included: they are then signed out). */
export async function endUserSessions(actor: AccountActor, userId: string): Promise<AccountResult> {
  if (!canManageUsers(actor)) return refused('forbidden');
  const target = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!target) return refused('invalid');
  const ended = await endAllSessions(userId);
  await audit({ userId: actor.id, actor: actor.email, action: 'sessions-end-all', targetType: 'user', targetId: target.email, detail: `sessions ended: ${ended}` });
  return { ok: true };
}

/**
 * For a user who lost both the phone and the recovery codes: two-factor off, sessions ended; they sign
 * in with the password and set it up again (at once, if their role requires it).
 */
export async function resetTwoFactor(actor: AccountActor, userId: string): Promise<AccountResult> {
  if (!canManageUsers(actor)) return refused('forbidden');
  const target = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!target) return refused('invalid');
  await db().$transaction([
    db().twoFactor.deleteMany({ where: { userId } }),
    db().user.update({ where: { id: userId }, data: { twoFactorEnabled: false } }),
    db().session.deleteMany({ where: { userId } }),
  ]);
  await audit({ userId: actor.id, actor: actor.email, action: 'two-factor-reset', targetType: 'user', targetId: target.email });
  return { ok: true };
}

/** An admin ends one session of any user. */
export async function endUserSession(actor: AccountActor, userId: string, sessionId: string): Promise<AccountResult> {
  if (!canManageUsers(actor)) return refused('forbidden');
  const target = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!target || !(await endSession(userId, sessionId))) return refused('invalid');
  await audit({ userId: actor.id, actor: actor.email, action: 'session-end', targetType: 'user', targetId: target.email, detail: sessionId });
  return { ok: true };
}

/** Which roles must sign in with a second factor. */
export async function twoFactorPolicy(): Promise<Record<Role, boolean>> {
  const rows = await db().roleSecurity.findMany({ select: { role: true, requireTwoFactor: true } });
  const policy = Object.fromEntries(roles.map((r) => [r, false])) as Record<Role, boolean>;
  for (const r of rows) policy[r.role] = r.requireTwoFactor;
  return policy;
}

export async function roleRequiresTwoFactor(role: Role): Promise<boolean> {
  const row = await db().roleSecurity.findUnique({ where: { role }, select: { requireTwoFactor: true } });
  return row?.requireTwoFactor ?? false;
}

export async function setTwoFactorPolicy(actor: AccountActor, required: Role[]): Promise<AccountResult> {
  if (!canManageUsers(actor)) return refused('forbidden');
  if (!required.every(isRole)) return refused('invalid');
  await db().$transaction(
    roles.map((role) => db().roleSecurity.upsert({ where: { role }, create: { role, requireTwoFactor: required.includes(role) }, update: { requireTwoFactor: required.includes(role) } })),
  );
  await audit({ userId: actor.id, actor: actor.email, action: 'two-factor-policy', detail: required.join(', ') || '—' });
  return { ok: true };
}
