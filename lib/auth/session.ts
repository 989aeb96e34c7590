// The signed-in newsroom user for this request, read from the session cookie through better-auth
// (the session row and the user's current role come from the database on every request).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from './auth';
import { type Role, isRole } from './roles';

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

export const currentUser = cache(async (): Promise<AdminUser | null> => {
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  if (!isRole(role)) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name, role, sessionId: session.session.id };
});

/** The user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<AdminUser> {
  const user = await currentUser();
  if (!user) redirect('/admin/sign-in');
  return user;
}
