// Signing in to the newsroom: limits first, then better-auth (password, then — for accounts with
// two-factor — a TOTP or recovery code). The server actions in app/admin/_actions/auth.ts are thin
// wrappers; better-auth's nextCookies plugin sets the cookies there. Rules: docs/decisions/0019-account-security.md.
import { isAPIError } from 'better-auth/api';
import { audit, auditFolded } from '@/lib/admin/audit';
import { db } from '@/lib/db/client';
import { ACCOUNT_DISABLED, auth } from './auth';
import { clearFailedSignIns, recordFailedSignIn, signInLimit } from './rate-limit';

export type SignInResult =
  | { status: 'signed-in'; userId: string }
  | { status: 'second-factor' }
  | { status: 'failed' }
  | { status: 'rate-limited'; seconds: number }
  | { status: 'protected' }
  | { status: 'disabled' }
  | { status: 'expired' };

export interface SignInResponse {
  result: SignInResult;
  /** Set-Cookie headers better-auth produced (a server action's cookies are set by nextCookies). */
  setCookies: string[];
}

const none = (result: SignInResult): SignInResponse => ({ result, setCookies: [] });

function errorCode(e: unknown): string | undefined {
  return isAPIError(e) ? (e.body as { code?: string } | undefined)?.code : undefined;
}

/** The account is under protection, yet this address may still use a password alone. */
async function passwordStillAccepted(email: string, address: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, twoFactorEnabled: true } });
  if (!user) return false;
  if (user.twoFactorEnabled) return true; // a guessed password still needs the code
  const known = await db().session.findFirst({
    where: { userId: user.id, ipAddress: address, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return known !== null;
}

async function refuse(email: string, address: string, why: string): Promise<void> {
  await auditFolded({ actor: email, action: 'sign-in-refused', targetType: 'address', targetId: address, detail: why });
}

/**
 * Both steps start the same way: the email address normalised, then the limits of this account and address.
 * Over the limit, the step is refused without trying (`refused`) and audited.
 */
async function limited(input: { email: string; address: string }) {
  const email = input.email.trim().toLowerCase();
  const { address } = input;
  const limit = await signInLimit(email, address);
  if (limit.wait <= 0) return { email, address, limit, refused: null };
  await refuse(email, address, 'rate-limited');
  return { email, address, limit, refused: none({ status: 'rate-limited', seconds: limit.wait }) };
}

async function failed(email: string, address: string): Promise<SignInResponse> {
  await recordFailedSignIn(email, address);
  await auditFolded({ actor: email, action: 'sign-in-failed', targetType: 'address', targetId: address });
  const after = await signInLimit(email, address);
  return none(after.wait > 0 ? { status: 'rate-limited', seconds: after.wait } : { status: 'failed' });
}

export async function signInWithPassword(input: {
  email: string;
  password: string;
  address: string;
  headers: Headers;
}): Promise<SignInResponse> {
  const { email, address, limit, refused } = await limited(input);
  if (refused) return refused;
  if (limit.accountProtected && !(await passwordStillAccepted(email, address))) {
    await refuse(email, address, 'account-protected');
    return none({ status: 'protected' });
  }
  try {
    const { headers, response } = await auth().api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: input.headers,
      returnHeaders: true,
    });
    const setCookies = headers.getSetCookie();
    if ('twoFactorRedirect' in response && response.twoFactorRedirect)
      return { result: { status: 'second-factor' }, setCookies };
    const { user } = response as { user: { id: string } };
    await clearFailedSignIns(email, address);
    await audit({ userId: user.id, actor: email, action: 'sign-in', detail: address });
    return { result: { status: 'signed-in', userId: user.id }, setCookies };
  } catch (e) {
    if (!isAPIError(e)) throw e;
    if (errorCode(e) === ACCOUNT_DISABLED) {
      await refuse(email, address, 'disabled');
      return none({ status: 'disabled' });
    }
    return failed(email, address);
  }
}

/**
 * The second step: a code from the authenticator app, or one of the recovery codes (each works once).
 * `headers` must carry the two_factor cookie set by the first step.
 */
export async function signInWithSecondFactor(input: {
  email: string;
  code: string;
  recovery: boolean;
  address: string;
  headers: Headers;
}): Promise<SignInResponse> {
  const { email, address, refused } = await limited(input);
  if (refused) return refused;
  const code = input.code.replace(/\s+/g, '');
  if (!code) return none({ status: 'failed' });
  try {
    const call = input.recovery
      ? auth().api.verifyBackupCode({ body: { code }, headers: input.headers, returnHeaders: true })
      : auth().api.verifyTOTP({ body: { code }, headers: input.headers, returnHeaders: true });
    const { headers, response } = await call;
    const user = (response as { user: { id: string; email: string } }).user;
    await clearFailedSignIns(user.email, address);
    await audit({
      userId: user.id,
      actor: user.email,
      action: 'sign-in',
      detail: `${address} · ${input.recovery ? 'recovery code' : 'TOTP'}`,
    });
    return { result: { status: 'signed-in', userId: user.id }, setCookies: headers.getSetCookie() };
  } catch (e) {
    if (!isAPIError(e)) throw e;
    const why = errorCode(e);
    if (why === ACCOUNT_DISABLED) return none({ status: 'disabled' });
    if (why === 'INVALID_TWO_FACTOR_COOKIE' || why === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE')
      return none({ status: 'expired' });
    if (why === 'ACCOUNT_TEMPORARILY_LOCKED') return none({ status: 'rate-limited', seconds: 15 * 60 });
    return failed(email, address);
  }
}

/** Sign out of this session (better-auth ends it and clears the cookie), then the audit line. */
export async function signOut(user: { id: string; email: string }, headers: Headers): Promise<void> {
  await auth().api.signOut({ headers });
  await audit({ userId: user.id, actor: user.email, action: 'sign-out' });
}

/** End every other session of the signed-in user, keeping this one; then the audit line. */
export async function signOutOthers(user: { id: string; email: string }, headers: Headers): Promise<void> {
  await auth().api.revokeOtherSessions({ headers });
  await audit({ userId: user.id, actor: user.email, action: 'sign-out-others' });
}
