// Signing in on real databases (PGlite and PostgreSQL) through the real better-auth: limits that an
// attacker can neither dodge nor turn against the owner, two-factor, recovery codes, disabled accounts
// and ending sessions. Addresses are what lib/http/client-address.ts stamps (its own test covers that
// a client cannot choose it).
import { expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { endUserSessions, resetTwoFactor, setDisabled, setTwoFactorPolicy, type AccountActor } from './accounts';
import { auth } from './auth';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { LIMITS } from './rate-limit';
import { endSession, listSessions } from './sessions';
import { signInWithPassword, signInWithSecondFactor } from './sign-in';
import { totp } from './testing/totp';
import { beginTwoFactorSetup, confirmTwoFactorSetup } from './two-factor';
import { upsertUser } from './users';

const PASSWORD = 'correct horse battery';
let n = 0;
const address = () => `198.51.100.${++n % 250}`;

/** A browser: keeps the cookies better-auth sets and sends them back, from one address. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly address: string) {}
  headers(): Headers {
    const h = new Headers({
      [CLIENT_ADDRESS_HEADER]: this.address,
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36',
    });
    if (this.cookies.size) h.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    return h;
  }
  take(setCookies: string[]) {
    for (const c of setCookies) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (!value || attrs.some((a) => /max-age=0\b/i.test(a.trim()))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  async signIn(email: string, password = PASSWORD) {
    const r = await signInWithPassword({ email, password, address: this.address, headers: this.headers() });
    this.take(r.setCookies);
    return r.result;
  }
  async secondFactor(email: string, code: string, recovery = false) {
    const r = await signInWithSecondFactor({ email, code, recovery, address: this.address, headers: this.headers() });
    this.take(r.setCookies);
    return r.result;
  }
  async session() {
    return auth().api.getSession({ headers: this.headers() });
  }
}

async function newUser(role: 'admin' | 'editor' | 'author' = 'editor') {
  const email = `${role}-${Math.random().toString(36).slice(2)}@rekha.test`;
  const { id } = await upsertUser(db(), { email, role, password: PASSWORD });
  return { id, email, role } as AccountActor;
}

/** Enrol through the same calls as the setup page; returns the base32 secret and the recovery codes. */
async function enrol(user: AccountActor) {
  const b = new Browser(address());
  expect((await b.signIn(user.email)).status).toBe('signed-in');
  const started = await beginTwoFactorSetup(b.headers(), PASSWORD);
  if (!started.ok) throw new Error(started.error);
  expect(started.setup.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  expect(started.setup.recoveryCodes).toHaveLength(10);
  expect(await confirmTwoFactorSetup(b.headers(), user, '000000')).toBe(totp(started.setup.secret) === '000000');
  expect(await confirmTwoFactorSetup(b.headers(), user, totp(started.setup.secret))).toBe(true);
  return started.setup;
}

describeOnDatabases('newsroom sign-in', () => {
  it('an attacker’s failures from elsewhere neither lock the owner out nor go on unchecked', async () => {
    const user = await newUser();
    const attacker = new Browser(address());
    for (let i = 0; i < LIMITS.accountAddress.points; i++)
      expect((await attacker.signIn(user.email, `guess-${i}-xxxx`)).status).not.toBe('signed-in');
    // Blocked before the password is even checked, right one included.
    expect((await attacker.signIn(user.email)).status).toBe('rate-limited');
    const owner = new Browser(address());
    expect(await owner.signIn(user.email)).toEqual({ status: 'signed-in', userId: user.id });
    expect((await owner.session())?.user.id).toBe(user.id);
    // The session records the stamped address.
    expect((await listSessions(user.id)).map((s) => s.ipAddress)).toContain(owner.address);
  });

  it('folds failed sign-ins into one audit entry per account and address, with a count', async () => {
    const user = await newUser();
    const a = new Browser(address());
    for (let i = 0; i < 4; i++) await a.signIn(user.email, `wrong-${i}-xxxxx`);
    const entries = await db().auditLog.findMany({ where: { actor: user.email, action: 'sign-in-failed' } });
    expect(entries.map((e) => [e.targetId, e.count])).toEqual([[a.address, 4]]);
  });

  it('under attack from many addresses, a password alone works only where the account already has a session', async () => {
    const user = await newUser();
    const home = new Browser(address());
    expect((await home.signIn(user.email)).status).toBe('signed-in');
    for (let i = 0; i < LIMITS.account.points; i++)
      await new Browser(`203.0.113.${i}`).signIn(user.email, `guess-${i}-xxxxx`);
    expect(await new Browser(address()).signIn(user.email)).toEqual({ status: 'protected' });
    expect((await new Browser(home.address).signIn(user.email)).status).toBe('signed-in');
  });

  it('with two-factor on, the password alone gives no session; the code does', async () => {
    const user = await newUser();
    const setup = await enrol(user);
    const b = new Browser(address());
    const sessionsBefore = await db().session.count({ where: { userId: user.id } });
    expect(await b.signIn(user.email)).toEqual({ status: 'second-factor' });
    expect(await b.session()).toBeNull();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    expect((await b.secondFactor(user.email, totp(setup.secret) === '123456' ? '654321' : '123456')).status).toBe(
      'failed',
    );
    expect(await b.secondFactor(user.email, totp(setup.secret))).toEqual({ status: 'signed-in', userId: user.id });
    expect((await b.session())?.user.id).toBe(user.id);
    // Without the first step there is nothing to complete.
    expect((await new Browser(address()).secondFactor(user.email, totp(setup.secret))).status).toBe('expired');
  });

  it('a recovery code works once', async () => {
    const user = await newUser();
    const setup = await enrol(user);
    const code = setup.recoveryCodes[0];
    const first = new Browser(address());
    expect((await first.signIn(user.email)).status).toBe('second-factor');
    expect((await first.secondFactor(user.email, code, true)).status).toBe('signed-in');
    const again = new Browser(address());
    expect((await again.signIn(user.email)).status).toBe('second-factor');
    expect((await again.secondFactor(user.email, code, true)).status).toBe('failed');
    expect(await again.session()).toBeNull();
    expect((await again.secondFactor(user.email, setup.recoveryCodes[1], true)).status).toBe('signed-in');
  });

  it('an admin resets the two-factor of a user who lost phone and codes', async () => {
    const admin = await newUser('admin');
    const user = await newUser();
    await enrol(user);
    const b = new Browser(address());
    expect((await b.signIn(user.email)).status).toBe('second-factor');
    expect(await resetTwoFactor(user, user.id)).toEqual({ ok: false, refused: 'forbidden' });
    expect(await resetTwoFactor(admin, user.id)).toEqual({ ok: true });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect((await new Browser(address()).signIn(user.email)).status).toBe('signed-in');
  });

  it('under attack, an account with two-factor still signs in from a new address with password and code', async () => {
    const user = await newUser();
    const setup = await enrol(user);
    for (let i = 0; i < LIMITS.account.points; i++)
      await new Browser(`192.0.2.${i}`).signIn(user.email, `guess-${i}-xxxxx`);
    const traveller = new Browser(address());
    expect((await traveller.signIn(user.email)).status).toBe('second-factor');
    expect((await traveller.secondFactor(user.email, totp(setup.secret))).status).toBe('signed-in');
  });

  it('a disabled user is refused and their live session dies at once; the last admin cannot be disabled', async () => {
    const admin = await newUser('admin');
    const user = await newUser('author');
    const b = new Browser(address());
    expect((await b.signIn(user.email)).status).toBe('signed-in');
    expect((await b.session())?.user.id).toBe(user.id);
    expect(await setDisabled(admin, user.id, true)).toEqual({ ok: true });
    expect(await b.session()).toBeNull();
    expect(await new Browser(address()).signIn(user.email)).toEqual({ status: 'disabled' });
    expect(await new Browser(address()).signIn(user.email, 'wrong-password-x')).toEqual({ status: 'failed' });
    // Not an admin: refused. Enabled again: signs in.
    expect(await setDisabled(user, user.id, false)).toEqual({ ok: false, refused: 'forbidden' });
    expect(await setDisabled(admin, user.id, false)).toEqual({ ok: true });
    expect((await new Browser(address()).signIn(user.email)).status).toBe('signed-in');
    // Every other admin disabled → this one is the last and stays.
    const others = await db().user.findMany({
      where: { role: 'admin', disabledAt: null, id: { not: admin.id } },
      select: { id: true },
    });
    await db().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: new Date() } });
    expect(await setDisabled(admin, admin.id, true)).toEqual({ ok: false, refused: 'lastAdmin' });
    await db().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: null } });
  });

  it('sessions end one by one or all at once', async () => {
    const admin = await newUser('admin');
    const user = await newUser();
    const laptop = new Browser(address());
    const phone = new Browser(address());
    await laptop.signIn(user.email);
    await phone.signIn(user.email);
    const sessions = await listSessions(user.id);
    expect(sessions).toHaveLength(2);
    const phoneSession = (await phone.session())!.session.id;
    expect(await endSession(admin.id, phoneSession)).toBe(false); // not the caller's own session
    expect(await endSession(user.id, phoneSession)).toBe(true);
    expect(await phone.session()).toBeNull();
    expect((await laptop.session())?.user.id).toBe(user.id);
    await phone.signIn(user.email);
    expect(await endUserSessions(user, user.id)).toEqual({ ok: false, refused: 'forbidden' });
    expect(await endUserSessions(admin, user.id)).toEqual({ ok: true });
    expect(await laptop.session()).toBeNull();
    expect(await phone.session()).toBeNull();
  });

  it('an admin can require two-factor for a role', async () => {
    const admin = await newUser('admin');
    expect(await setTwoFactorPolicy(admin, ['admin', 'editor'])).toEqual({ ok: true });
    const rows = await db().roleSecurity.findMany({ orderBy: { role: 'asc' } });
    expect(Object.fromEntries(rows.map((r) => [r.role, r.requireTwoFactor]))).toEqual({
      contributor: false,
      author: false,
      editor: true,
      admin: true,
    });
    expect(await setTwoFactorPolicy({ ...admin, role: 'editor' }, [])).toEqual({ ok: false, refused: 'forbidden' });
    await setTwoFactorPolicy(admin, []);
  });
});
