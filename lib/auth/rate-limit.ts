// Failed sign-ins: at most 5 a minute per account and 5 a minute per IP address. In memory (one server
// process); a cluster would use rate-limiter-flexible's PostgreSQL or Redis store with the same numbers.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export const FAILED_SIGN_INS_PER_MINUTE = 5;

function limiter() {
  return new RateLimiterMemory({ points: FAILED_SIGN_INS_PER_MINUTE, duration: 60 });
}

const KEY = Symbol.for('rekha.signInLimiters');
type Limiters = { byAccount: RateLimiterMemory; byIp: RateLimiterMemory };
function limiters(): Limiters {
  const g = globalThis as typeof globalThis & { [KEY]?: Limiters };
  return (g[KEY] ??= { byAccount: limiter(), byIp: limiter() });
}

/** Seconds until another attempt is allowed, or 0 when the account and the IP may try now. */
export async function signInBlockedFor(email: string, ip: string): Promise<number> {
  const { byAccount, byIp } = limiters();
  const [a, i] = await Promise.all([byAccount.get(email.toLowerCase()), byIp.get(ip)]);
  const wait = [a, i]
    .filter((r): r is RateLimiterRes => r !== null && r.consumedPoints >= FAILED_SIGN_INS_PER_MINUTE)
    .map((r) => Math.ceil(r.msBeforeNext / 1000));
  return wait.length ? Math.max(...wait) : 0;
}

/** Count a failed attempt against both keys. */
export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const { byAccount, byIp } = limiters();
  await Promise.all([
    byAccount.penalty(email.toLowerCase(), 1),
    byIp.penalty(ip, 1),
  ]);
}

/** A successful sign-in clears the account's counter (not the IP's: one office, many accounts). */
export async function clearFailedSignIns(email: string): Promise<void> {
  await limiters().byAccount.delete(email.toLowerCase());
}
