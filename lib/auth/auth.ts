// better-auth, configured once for the newsroom. Email + password only; sessions live in the database
// (Session model) and are read by token from an HttpOnly, SameSite=Lax cookie (Secure in production).
// Sign-up is disabled: accounts come from `npm run user:create`, the demo seed or an admin.
// The instance is created on first use, like the database client (next build imports modules).
// No HTTP route is mounted: the admin calls auth.api.* from server actions (Next checks their Origin),
// so the only way in is the sign-in action, which rate-limits first. See docs/decisions/0011-newsroom-access.md.
import { prismaAdapter } from '@better-auth/prisma-adapter';
import { betterAuth } from 'better-auth';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/db/client';
import { siteOrigin } from '@/lib/paths';
import { authSecret } from './secret';

export const SESSION_DAYS = 7;

function createAuth() {
  return betterAuth({
    appName: 'Rekha newsroom',
    baseURL: siteOrigin(),
    basePath: '/api/auth',
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, input: false, defaultValue: 'contributor' },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * SESSION_DAYS,
      updateAge: 60 * 60 * 24, // extend a day at a time while in use
    },
    // Our own limiter (lib/auth/rate-limit.ts) guards sign-in per account and per IP.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: process.env.NODE_ENV === 'production' && process.env.AUTH_INSECURE_COOKIES !== '1',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: false }, // Prisma's @default(cuid())
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const KEY = Symbol.for('rekha.auth');
type Global = typeof globalThis & { [KEY]?: Auth };

export function auth(): Auth {
  const g = globalThis as Global;
  return (g[KEY] ??= createAuth());
}
