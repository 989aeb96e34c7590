'use server';
// The signed-in user's own account: two-factor sign-in and sessions (decision 0019).
// requireUser({ enrolling: true }) here: these are the actions a user who must set up two-factor needs.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { TwoFactorConfirmState, TwoFactorSetupState } from '@/lib/admin/form-state';
import { endOwnSession, roleRequiresTwoFactor } from '@/lib/auth/accounts';
import { requireUser } from '@/lib/auth/session';
import { beginTwoFactorSetup, confirmTwoFactorSetup, turnOffTwoFactor } from '@/lib/auth/two-factor';

export async function startTwoFactorAction(_prev: TwoFactorSetupState, form: FormData): Promise<TwoFactorSetupState> {
  await requireUser({ enrolling: true });
  const password = String(form.get('password') ?? '').slice(0, 200);
  if (!password) return { error: 'password' };
  const r = await beginTwoFactorSetup(await headers(), password);
  return r.ok ? { setup: r.setup } : { error: r.error };
}

export async function confirmTwoFactorAction(
  _prev: TwoFactorConfirmState,
  form: FormData,
): Promise<TwoFactorConfirmState> {
  const user = await requireUser({ enrolling: true });
  const code = String(form.get('code') ?? '').slice(0, 20);
  if (!(await confirmTwoFactorSetup(await headers(), user, code))) return { error: 'code' };
  redirect('/admin/account?done=twoFactorOn');
}

export async function disableTwoFactorAction(form: FormData): Promise<void> {
  const user = await requireUser();
  if (await roleRequiresTwoFactor(user.role)) redirect('/admin/two-factor?refused=required');
  const ok = await turnOffTwoFactor(await headers(), user, String(form.get('password') ?? '').slice(0, 200));
  redirect(ok ? '/admin/account?done=twoFactorOff' : '/admin/two-factor?refused=password');
}

/** End one of my own sessions (ending the current one signs me out). */
export async function endMySessionAction(form: FormData): Promise<void> {
  const user = await requireUser({ enrolling: true });
  const sessionId = String(form.get('sessionId') ?? '');
  await endOwnSession(user, sessionId);
  redirect(sessionId === user.sessionId ? '/admin/sign-in' : '/admin/account?done=sessionEnded');
}
