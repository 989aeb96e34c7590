'use server';
// Sign-in, sign-out and the admin language. Server actions only: Next.js refuses a server action whose
// Origin does not match the Host (CSRF), and the session cookie is SameSite=Lax besides.
import { isAPIError } from 'better-auth/api';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { audit } from '@/lib/admin/audit';
import { ADMIN_LOCALE_COOKIE } from '@/lib/admin/i18n';
import { auth } from '@/lib/auth/auth';
import { clearFailedSignIns, recordFailedSignIn, signInBlockedFor } from '@/lib/auth/rate-limit';
import { requireUser } from '@/lib/auth/session';
import { isLocale } from '@/lib/locales';

export interface SignInState {
  error?: 'failed' | 'missing' | 'rateLimited';
  seconds?: number;
  email?: string;
}

async function clientIp(): Promise<string> {
  const h = await headers();
  // Next's server sets x-forwarded-for from the socket; a proxy in front must overwrite, not append, it.
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim().toLowerCase().slice(0, 320);
  const password = String(form.get('password') ?? '').slice(0, 200);
  if (!email || !password) return { error: 'missing', email };
  const ip = await clientIp();
  const wait = await signInBlockedFor(email, ip);
  if (wait > 0) return { error: 'rateLimited', seconds: wait, email };
  try {
    const result = await auth().api.signInEmail({ body: { email, password, rememberMe: true }, headers: await headers() });
    await clearFailedSignIns(email);
    await audit({ userId: result.user.id, actor: email, action: 'sign-in', detail: ip });
  } catch (e) {
    if (!isAPIError(e)) throw e;
    await recordFailedSignIn(email, ip);
    await audit({ actor: email, action: 'sign-in-failed', detail: ip });
    const after = await signInBlockedFor(email, ip);
    return after > 0 ? { error: 'rateLimited', seconds: after, email } : { error: 'failed', email };
  }
  redirect('/admin');
}

export async function signOutAction(): Promise<void> {
  const user = await requireUser();
  await auth().api.signOut({ headers: await headers() });
  await audit({ userId: user.id, actor: user.email, action: 'sign-out' });
  redirect('/admin/sign-in');
}

export async function signOutOthersAction(): Promise<void> {
  const user = await requireUser();
  await auth().api.revokeOtherSessions({ headers: await headers() });
  await audit({ userId: user.id, actor: user.email, action: 'sign-out-others' });
  redirect('/admin/account?done=others');
}

/** Remember the editor's interface language, then go back where they were. */
export async function setAdminLocaleAction(form: FormData): Promise<void> {
  const locale = form.get('locale');
  if (isLocale(locale)) {
    (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, { path: '/admin', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true });
  }
  const referer = (await headers()).get('referer');
  let back = '/admin';
  try {
    const u = referer ? new URL(referer) : null;
    if (u && (u.pathname === '/admin' || u.pathname.startsWith('/admin/'))) back = u.pathname + u.search;
  } catch {
    // keep /admin
  }
  redirect(back);
}
