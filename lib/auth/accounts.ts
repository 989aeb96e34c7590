// Managing newsroom accounts (admins): roles, disabling, the per-role two-factor rule.
// Every function checks the actor itself, so a hand-made request is refused like a hidden button; each write
// goes through the newsroom's one door (lib/admin/door.ts: permission → transaction → audit; accounts change
// nothing readers see). See docs/decisions/0011-newsroom-access.md, 0019-account-security.md and 0021.
import { hashPassword } from 'better-auth/crypto';
import { type NewsroomWrite, newsroomWrite } from '@/lib/admin/door';
import { db, type Prisma } from '@/lib/db/client';
import { endAllSessions, endSession } from './sessions';
import { type Role, canManageUsers, isRole, roles } from './roles';
import { type NewUser, UserInputError, checkNewUser, writeUser } from './users';

export interface AccountActor {
  id: string;
  email: string;
  role: Role;
}

export type AccountRefusal = 'forbidden' | 'invalid' | 'lastAdmin';
export type AccountResult = { ok: true } | { ok: false; refused: AccountRefusal };

type Refused = { ok: false; refused: AccountRefusal };
const refused = (r: AccountRefusal): Refused => ({ ok: false, refused: r });
const OK = { ok: true } as const;

/** An admin's write to accounts: refused to anyone else before anything is read. */
function accountWrite(
  actor: AccountActor,
  run: NewsroomWrite<{ ok: true }, Refused>['run'],
  audit: NewsroomWrite<{ ok: true }, Refused>['audit'],
): Promise<AccountResult> {
  return newsroomWrite<{ ok: true }, Refused>({
    actor,
    allowed: canManageUsers,
    forbidden: refused('forbidden'),
    run,
    audit,
    changes: () => [],
  });
}

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
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    twoFactorEnabled: u.twoFactorEnabled,
  }));
}

/** Admins who can still sign in, other than `except`. */
const otherActiveAdmins = (tx: Prisma.TransactionClient, except: string) =>
  tx.user.count({ where: { role: 'admin', disabledAt: null, id: { not: except } } });

export async function changeRole(actor: AccountActor, userId: string, role: unknown): Promise<AccountResult> {
  let detail = '';
  let email = '';
  return accountWrite(
    actor,
    async (tx) => {
      if (!isRole(role)) return refused('invalid');
      const target = await tx.user.findUnique({
        where: { id: userId },
        select: { id: true, email: true, role: true, disabledAt: true },
      });
      if (!target) return refused('invalid');
      if (
        target.role === 'admin' &&
        !target.disabledAt &&
        role !== 'admin' &&
        (await otherActiveAdmins(tx, target.id)) === 0
      )
        return refused('lastAdmin');
      await tx.user.update({ where: { id: userId }, data: { role } });
      [email, detail] = [target.email, `${target.role} → ${role}`];
      return OK;
    },
    () => ({ action: 'role-change', targetType: 'user', targetId: email, detail }),
  );
}

/**
 * Disable (or enable again) an account. Disabling ends all its sessions at once; better-auth then
 * refuses it a new one (lib/auth/auth.ts), and lib/auth/session.ts ignores it on every request.
 */
export async function setDisabled(actor: AccountActor, userId: string, disabled: boolean): Promise<AccountResult> {
  let email = '';
  let ended = 0;
  return accountWrite(
    actor,
    async (tx) => {
      const target = await tx.user.findUnique({
        where: { id: userId },
        select: { id: true, email: true, role: true, disabledAt: true },
      });
      if (!target) return refused('invalid');
      if (disabled && target.role === 'admin' && (await otherActiveAdmins(tx, target.id)) === 0)
        return refused('lastAdmin');
      await tx.user.update({
        where: { id: userId },
        data: { disabledAt: disabled ? (target.disabledAt ?? new Date()) : null },
      });
      ended = disabled ? await endAllSessions(userId, undefined, tx) : 0;
      email = target.email;
      return OK;
    },
    () => ({
      action: disabled ? 'user-disable' : 'user-enable',
      targetType: 'user',
      targetId: email,
      detail: disabled ? `sessions ended: ${ended}` : '',
    }),
  );
}

/** An admin ends every session of any user (their own included: they are then signed out). */
export async function endUserSessions(actor: AccountActor, userId: string): Promise<AccountResult> {
  let email = '';
  let ended = 0;
  return accountWrite(
    actor,
    async (tx) => {
      const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!target) return refused('invalid');
      ended = await endAllSessions(userId, undefined, tx);
      email = target.email;
      return OK;
    },
    () => ({ action: 'sessions-end-all', targetType: 'user', targetId: email, detail: `sessions ended: ${ended}` }),
  );
}

/**
 * For a user who lost both the phone and the recovery codes: two-factor off, sessions ended; they sign
 * in with the password and set it up again (at once, if their role requires it).
 */
export async function resetTwoFactor(actor: AccountActor, userId: string): Promise<AccountResult> {
  let email = '';
  return accountWrite(
    actor,
    async (tx) => {
      const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!target) return refused('invalid');
      await tx.twoFactor.deleteMany({ where: { userId } });
      await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
      await tx.session.deleteMany({ where: { userId } });
      email = target.email;
      return OK;
    },
    () => ({ action: 'two-factor-reset', targetType: 'user', targetId: email }),
  );
}

/** An admin ends one session of any user. */
export async function endUserSession(actor: AccountActor, userId: string, sessionId: string): Promise<AccountResult> {
  let email = '';
  return accountWrite(
    actor,
    async (tx) => {
      const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!target || !(await endSession(userId, sessionId, tx))) return refused('invalid');
      email = target.email;
      return OK;
    },
    () => ({ action: 'session-end', targetType: 'user', targetId: email, detail: sessionId }),
  );
}

/** An admin creates an account (the CLI and the seed call upsertUser directly: no actor there). */
export async function createAccount(actor: AccountActor, input: NewUser): Promise<AccountResult> {
  if (!canManageUsers(actor)) return refused('forbidden');
  let user: NewUser & { name: string };
  try {
    user = checkNewUser(input);
  } catch (e) {
    if (e instanceof UserInputError) return refused('invalid');
    throw e;
  }
  const hash = await hashPassword(user.password);
  try {
    return await accountWrite(
      actor,
      async (tx) => {
        await writeUser(tx, user, hash);
        return OK;
      },
      () => ({ action: 'user-create', targetType: 'user', targetId: input.email, detail: String(input.role) }),
    );
  } catch (e) {
    if (e instanceof UserInputError) return refused('invalid');
    throw e;
  }
}

/** Someone ends one of their own sessions (ending the current one signs them out); false when it was not theirs. */
export async function endOwnSession(actor: AccountActor, sessionId: string): Promise<boolean> {
  const result = await newsroomWrite<{ ok: true }, { ok: false }>({
    actor,
    run: async (tx) => ((await endSession(actor.id, sessionId, tx)) ? OK : { ok: false }),
    audit: () => ({ action: 'session-end', targetType: 'session', targetId: sessionId }),
    changes: () => [],
  });
  return result.ok;
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
  return accountWrite(
    actor,
    async (tx) => {
      if (!required.every(isRole)) return refused('invalid');
      for (const role of roles) {
        await tx.roleSecurity.upsert({
          where: { role },
          create: { role, requireTwoFactor: required.includes(role) },
          update: { requireTwoFactor: required.includes(role) },
        });
      }
      return OK;
    },
    () => ({ action: 'two-factor-policy', detail: required.join(', ') || '—' }),
  );
}
