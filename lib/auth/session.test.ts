// Who the newsroom thinks is signed in, on real databases: a disabled account is nobody, and a role that
// must use two-factor sends a user without it to set it up first. Only Next's request headers are
// stood in for (the session cookie a browser would send).
import { beforeEach, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { setDisabled, setTwoFactorPolicy } from './accounts';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { requireUser } from './session';
import { signInWithPassword } from './sign-in';
import { upsertUser } from './users';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

const PASSWORD = 'correct horse battery';

async function signedIn(role: 'admin' | 'author') {
  const email = `${role}-${Math.random().toString(36).slice(2)}@rekha.test`;
  const { id } = await upsertUser(db(), { email, role, password: PASSWORD });
  const h = new Headers({ [CLIENT_ADDRESS_HEADER]: '192.0.2.1' });
  const r = await signInWithPassword({ email, password: PASSWORD, address: '192.0.2.1', headers: h });
  const cookie = r.setCookies.map((c) => c.split(';')[0]).join('; ');
  return { id, email, role, cookie };
}

/** Where requireUser() sends this request: 'ok', or the redirect's path. */
async function outcome(cookie: string, opts?: { enrolling?: boolean }): Promise<string> {
  request.headers = new Headers({ cookie });
  try {
    await requireUser(opts);
    return 'ok';
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw e;
    return digest.split(';')[2];
  }
}

beforeEach(() => {
  request.headers = new Headers();
});

describeOnDatabases('requireUser', () => {
  it('lets a signed-in user in and sends a disabled one to sign in', async () => {
    const admin = await signedIn('admin');
    const author = await signedIn('author');
    expect(await outcome(author.cookie)).toBe('ok');
    expect(await outcome('')).toBe('/admin/sign-in');
    await setDisabled(admin, author.id, true);
    expect(await outcome(author.cookie)).toBe('/admin/sign-in');
    await setDisabled(admin, author.id, false);
    // Even a session that somehow outlived the disabling is refused.
    const again = await signedIn('author');
    await db().user.update({ where: { id: again.id }, data: { disabledAt: new Date() } });
    expect(await db().session.count({ where: { userId: again.id } })).toBe(1);
    expect(await outcome(again.cookie)).toBe('/admin/sign-in');
  });

  it('sends a user whose role requires two-factor to set it up, everywhere but the set-up page', async () => {
    const admin = await signedIn('admin');
    const author = await signedIn('author');
    await setTwoFactorPolicy(admin, ['author']);
    expect(await outcome(author.cookie)).toBe('/admin/two-factor');
    expect(await outcome(author.cookie, { enrolling: true })).toBe('ok');
    expect(await outcome(admin.cookie)).toBe('ok');
    await setTwoFactorPolicy(admin, []);
    expect(await outcome(author.cookie)).toBe('ok');
  });
});
