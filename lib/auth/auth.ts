// better-auth, configured once for the newsroom. Email + password only; sessions live in the database
// (Session model) and are read by token from an HttpOnly, SameSite=Lax cookie (Secure in production).
// Sign-up is disabled: accounts come from `npm run user:create`, the demo seed or an admin.
// The instance is created on first use, like the database client (next build imports modules).
// No HTTP route is mounted: the admin calls auth.api.* from server actions (Next checks their Origin),
// so the only way in is the sign-in action, which rate-limits first. See docs/decisions/0011-newsroom-access.md.
import { prismaAdapter } from '@better-auth/prisma-adapter';
import { betterAuth } from 'better-auth';
import { APIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins';
import { db } from '@/lib/db/client';
import { siteOrigin } from '@/lib/paths';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { authSecret } from './secret';

export const SESSION_DAYS = 7;
export const RECOVERY_CODES = 10;
/** The code a disabled account's sign-in fails with (lib/auth/sign-in.ts tells the user). */
export const ACCOUNT_DISABLED = 'ACCOUNT_DISABLED';

function createAuth(client: ReturnType<typeof db>) {
  return betterAuth({
    appName: 'Rekha newsroom',
    baseURL: siteOrigin(),
    basePath: '/api/auth',
    secret: authSecret(),
    database: prismaAdapter(client, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, input: false, defaultValue: 'contributor' },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * SESSION_DAYS,
      updateAge: 60 * 60 * 24, // extend a day at a time while in use
    },
    // Our own limiter (lib/auth/rate-limit.ts) guards sign-in per account and per IP.
    rateLimit: { enabled: false },
    // A disabled account gets no session, whichever way in (password, second factor): decision 0019.
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const user = await client.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user || user.disabledAt)
              throw new APIError('FORBIDDEN', { message: 'This account is disabled', code: ACCOUNT_DISABLED });
          },
        },
      },
    },
    advanced: {
      // Sessions record the address lib/http/client-address.ts stamped, not a header the client chose.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: process.env.NODE_ENV === 'production' && process.env.AUTH_INSECURE_COOKIES !== '1',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: false }, // Prisma's @default(cuid())
    },
    telemetry: { enabled: false },
    plugins: [
      // TOTP with recovery codes (decision 0019). The "trust this device" option is never offered: every
      // sign-in of an account with two-factor asks for a code.
      twoFactor({ issuer: 'Rekha newsroom', backupCodeOptions: { amount: RECOVERY_CODES, length: 10 } }),
      nextCookies(), // last, so it also sends the cookies the plugins set
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const KEY = Symbol.for('rekha.auth');
type Global = typeof globalThis & { [KEY]?: { client: ReturnType<typeof db>; auth: Auth } };

export function auth(): Auth {
  const g = globalThis as Global;
  const client = db();
  // One instance per database client (tests switch databases within one process).
  if (g[KEY]?.client !== client) g[KEY] = { client, auth: createAuth(client) };
  return g[KEY].auth;
}
