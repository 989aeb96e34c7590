'use server';
// Sign-in, sign-out and the admin language. Server actions only: Next.js refuses a server action whose
// Origin does not match the Host (CSRF), and the session cookie is SameSite=Lax besides.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ADMIN_LOCALE_COOKIE } from '@/lib/admin/i18n';
import { clientAddress } from '@/lib/http/client-address';
import { requireUser } from '@/lib/auth/session';
import { signInWithPassword, signInWithSecondFactor, signOut, signOutOthers } from '@/lib/auth/sign-in';
import type { SignInState } from '@/lib/admin/form-state';
import { isLocale } from '@/lib/locales';

/** Password first; for accounts with two-factor, then a code from the app or a recovery code (decision 0019). */
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 320);
  const h = await headers();
  const address = clientAddress(h);
  if (form.get('step') === 'code') {
    const code = String(form.get('code') ?? '').slice(0, 40);
    if (!code.trim()) return { step: 'code', error: 'missing', email };
    const { result } = await signInWithSecondFactor({
      email,
      code,
      recovery: form.get('recovery') === '1',
      address,
      headers: h,
    });
    if (result.status === 'signed-in') redirect('/admin');
    if (result.status === 'failed') return { step: 'code', error: 'codeFailed', email };
    if (result.status === 'rate-limited') return { step: 'code', error: 'rateLimited', seconds: result.seconds, email };
    return { step: 'password', error: result.status === 'disabled' ? 'disabled' : 'expired', email };
  }
  const password = String(form.get('password') ?? '').slice(0, 200);
  if (!email || !password) return { error: 'missing', email };
  const { result } = await signInWithPassword({ email, password, address, headers: h });
  switch (result.status) {
    case 'signed-in':
      return redirect('/admin');
    case 'second-factor':
      return { step: 'code', email };
    case 'rate-limited':
      return { error: 'rateLimited', seconds: result.seconds, email };
    case 'protected':
    case 'disabled':
      return { error: result.status, email };
    default:
      return { error: 'failed', email };
  }
}

export async function signOutAction(): Promise<void> {
  const user = await requireUser({ enrolling: true });
  await signOut(user, await headers());
  redirect('/admin/sign-in');
}

export async function signOutOthersAction(): Promise<void> {
  const user = await requireUser();
  await signOutOthers(user, await headers());
  redirect('/admin/account?done=others');
}

/** Remember the editor's interface language, then go back where they were. */
export async function setAdminLocaleAction(form: FormData): Promise<void> {
  const locale = form.get('locale');
  if (isLocale(locale)) {
    (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, {
      path: '/admin',
      maxAge: 60 * 60 * 24 * 365,
      sameSite: 'lax',
      httpOnly: true,
    });
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
