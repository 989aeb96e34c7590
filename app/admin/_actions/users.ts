'use server';
// Users and roles, disabling accounts, their sessions, the per-role two-factor rule: admins only,
// checked in lib/auth/accounts.ts on the server (decisions 0011 and 0019).
import { redirect } from 'next/navigation';
import {
  type AccountResult,
  changeRole,
  createAccount,
  endUserSession,
  endUserSessions,
  resetTwoFactor,
  setDisabled,
  setTwoFactorPolicy,
} from '@/lib/auth/accounts';
import { roles } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';

type Me = Awaited<ReturnType<typeof requireUser>>;

function done(result: AccountResult, what: string): never {
  redirect(result.ok ? `/admin/users?done=${what}` : `/admin/users?refused=${result.refused}`);
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const me = await requireUser();
  done(await changeRole(me, String(form.get('userId') ?? ''), form.get('role')), 'changed');
}

export async function setDisabledAction(form: FormData): Promise<void> {
  const me = await requireUser();
  const disable = form.get('disable') === '1';
  const result = await setDisabled(me, String(form.get('userId') ?? ''), disable);
  // Disabling oneself (allowed while another admin remains) ends one's own session too.
  if (result.ok && disable && form.get('userId') === me.id) redirect('/admin/sign-in');
  done(result, disable ? 'disabled' : 'enabled');
}

/** Ending the sessions or resetting the two-factor of oneself ends one's own session too: off to sign-in. */
async function sessionEndingAction(
  form: FormData,
  command: (me: Me, userId: string) => Promise<AccountResult>,
  what: string,
): Promise<void> {
  const me = await requireUser();
  const userId = String(form.get('userId') ?? '');
  const result = await command(me, userId);
  if (result.ok && userId === me.id) redirect('/admin/sign-in');
  done(result, what);
}

export async function endUserSessionsAction(form: FormData): Promise<void> {
  await sessionEndingAction(form, endUserSessions, 'sessionsEnded');
}

export async function endUserSessionAction(form: FormData): Promise<void> {
  const me = await requireUser();
  const sessionId = String(form.get('sessionId') ?? '');
  const result = await endUserSession(me, String(form.get('userId') ?? ''), sessionId);
  if (result.ok && sessionId === me.sessionId) redirect('/admin/sign-in');
  done(result, 'sessionEnded');
}

export async function resetTwoFactorAction(form: FormData): Promise<void> {
  await sessionEndingAction(form, resetTwoFactor, 'twoFactorReset');
}

export async function setTwoFactorPolicyAction(form: FormData): Promise<void> {
  const me = await requireUser();
  const required = form.getAll('requireTwoFactor').map(String);
  done(
    await setTwoFactorPolicy(
      me,
      roles.filter((r) => required.includes(r)),
    ),
    'policy',
  );
}

export async function createUserAction(form: FormData): Promise<void> {
  const me = await requireUser();
  const result = await createAccount(me, {
    email: String(form.get('email') ?? ''),
    name: String(form.get('name') ?? '').slice(0, 100),
    role: String(form.get('role') ?? '') as never,
    password: String(form.get('password') ?? ''),
  });
  done(result, 'created');
}
