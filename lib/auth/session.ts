// The signed-in newsroom user for this request, read from the session cookie through better-auth
// (the session row and the user's current role come from the database on every request).
// A disabled account is nobody; an account whose role must use two-factor and has not set it up is
// sent to set it up before anything else (docs/decisions/0019-account-security.md).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { roleRequiresTwoFactor } from './accounts';
import { auth } from './auth';
import { type Role, isRole } from './roles';

export const TWO_FACTOR_SETUP_PATH = '/admin/two-factor';

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  twoFactorEnabled: boolean;
  /** The role requires two-factor and this account has not enabled it yet. */
  mustEnrolTwoFactor: boolean;
}

export const currentUser = cache(async (): Promise<AdminUser | null> => {
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const u = session.user as typeof session.user & {
    role?: unknown;
    disabledAt?: Date | null;
    twoFactorEnabled?: boolean | null;
  };
  if (!isRole(u.role) || u.disabledAt) return null;
  const twoFactorEnabled = u.twoFactorEnabled === true;
  const mustEnrolTwoFactor = !twoFactorEnabled && (await roleRequiresTwoFactor(u.role));
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    sessionId: session.session.id,
    twoFactorEnabled,
    mustEnrolTwoFactor,
  };
});

/**
 * The user, or a redirect to the sign-in page (or to two-factor setup when their role requires it).
 * Only the setup page itself and its actions pass `{ enrolling: true }`.
 */
export async function requireUser({ enrolling = false } = {}): Promise<AdminUser> {
  const user = await currentUser();
  if (!user) redirect('/admin/sign-in');
  if (user.mustEnrolTwoFactor && !enrolling) redirect(TWO_FACTOR_SETUP_PATH);
  return user;
}
