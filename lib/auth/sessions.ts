// A user's sessions: listed on the account page (own) and the users page (admins, anyone's), ended one
// by one or all at once. Sessions are database rows read on every request (no cookie cache), so
// deleting the row ends the session at once. See docs/decisions/0019-account-security.md.
import { db, type Prisma } from '@/lib/db/client';

export interface SessionInfo {
  id: string;
  userAgent: string;
  ipAddress: string;
  createdAt: Date;
  /** better-auth refreshes a session at most once a day: last activity, to the day. */
  lastActiveAt: Date;
  expiresAt: Date;
}

const select = {
  id: true,
  userId: true,
  userAgent: true,
  ipAddress: true,
  createdAt: true,
  updatedAt: true,
  expiresAt: true,
} as const;
type Row = {
  id: string;
  userId: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
};
const info = (r: Row): SessionInfo => ({
  id: r.id,
  userAgent: r.userAgent ?? '',
  ipAddress: r.ipAddress ?? '',
  createdAt: r.createdAt,
  lastActiveAt: r.updatedAt,
  expiresAt: r.expiresAt,
});

export async function listSessions(userId: string, now = new Date()): Promise<SessionInfo[]> {
  const rows = await db().session.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { updatedAt: 'desc' },
    select,
  });
  return rows.map(info);
}

/** Every live session, by user id (the admin's users page). */
export async function listSessionsByUser(now = new Date()): Promise<Map<string, SessionInfo[]>> {
  const rows = await db().session.findMany({
    where: { expiresAt: { gt: now } },
    orderBy: { updatedAt: 'desc' },
    select,
  });
  const byUser = new Map<string, SessionInfo[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), info(r)]);
  return byUser;
}

/** End one session of this user; false when it was not theirs (or is already gone). */
export async function endSession(
  userId: string,
  sessionId: string,
  client: Prisma.TransactionClient = db(),
): Promise<boolean> {
  const { count } = await client.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}

/** End every session of the user, but `keep` (the caller's own, when they sign out elsewhere). */
export async function endAllSessions(
  userId: string,
  keep?: string,
  client: Prisma.TransactionClient = db(),
): Promise<number> {
  const { count } = await client.session.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}

/** A compact description of a user agent for the sessions list: "Chrome 156 · Linux". */
export function describeUserAgent(ua: string): string {
  if (!ua) return '';
  const browser = /Edg\/(\d+)/.exec(ua)?.[1]
    ? `Edge ${/Edg\/(\d+)/.exec(ua)![1]}`
    : /Firefox\/(\d+)/.exec(ua)
      ? `Firefox ${/Firefox\/(\d+)/.exec(ua)![1]}`
      : /Chrom(?:e|ium)\/(\d+)/.exec(ua)
        ? `Chrome ${/Chrom(?:e|ium)\/(\d+)/.exec(ua)![1]}`
        : /Version\/(\d+).*Safari/.exec(ua)
          ? `Safari ${/Version\/(\d+)/.exec(ua)![1]}`
          : '';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  const short = [browser, os].filter(Boolean).join(' · ');
  return short || ua.slice(0, 80);
}
