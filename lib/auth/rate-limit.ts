// Failed sign-ins, counted so that neither guessing nor locking someone else out works
// (docs/decisions/0019-account-security.md). Addresses come from lib/http/client-address.ts, never from
// a header the client chooses.
// - account + address: 5 failures in 15 min block that pair for the rest of the window. An attacker
//   elsewhere cannot lock the real user out: the user's own address has its own counter.
// - address: 20 failures in 15 min from one address, whatever the accounts (password spraying).
// - account, all addresses: 50 failures in an hour put the account under protection: a password alone
//   is then refused from addresses the account has no live session from; password + two-factor code
//   still works (lib/auth/sign-in.ts decides).
// In memory (one server process); a cluster would swap in rate-limiter-flexible's PostgreSQL or Redis
// store with the same numbers.
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

export const LIMITS = {
  accountAddress: { points: 5, duration: 15 * 60 },
  address: { points: 20, duration: 15 * 60 },
  account: { points: 50, duration: 60 * 60 },
} as const;

type Name = keyof typeof LIMITS;
type Limiters = Record<Name, RateLimiterMemory>;
const KEY = Symbol.for('rekha.signInLimiters.v2');
function limiters(): Limiters {
  const g = globalThis as typeof globalThis & { [KEY]?: Limiters };
  return (g[KEY] ??= {
    accountAddress: new RateLimiterMemory(LIMITS.accountAddress),
    address: new RateLimiterMemory(LIMITS.address),
    account: new RateLimiterMemory(LIMITS.account),
  });
}

const keys = (email: string, address: string): Record<Name, string> => {
  const account = email.trim().toLowerCase();
  return { accountAddress: `${account} ${address}`, address, account };
};

function secondsLeft(res: RateLimiterRes | null, name: Name): number {
  if (!res || res.consumedPoints < LIMITS[name].points) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

export interface SignInLimit {
  /** Seconds before this account may try again from this address (0: may try now). */
  wait: number;
  /** The account has had too many failures from everywhere: a password alone is not enough. */
  accountProtected: boolean;
}

export async function signInLimit(email: string, address: string): Promise<SignInLimit> {
  const l = limiters();
  const k = keys(email, address);
  const [pair, addr, account] = await Promise.all([
    l.accountAddress.get(k.accountAddress),
    l.address.get(k.address),
    l.account.get(k.account),
  ]);
  return {
    wait: Math.max(secondsLeft(pair, 'accountAddress'), secondsLeft(addr, 'address')),
    accountProtected: secondsLeft(account, 'account') > 0,
  };
}

/** Count one failed attempt (wrong password or wrong second-factor code) against all three keys. */
export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const l = limiters();
  const k = keys(email, address);
  await Promise.all((Object.keys(LIMITS) as Name[]).map((n) => l[n].penalty(k[n], 1)));
}

/**
 * A successful sign-in clears this account's counter for this address only: not the address's (one
 * office, many accounts) and not the account's (an attack elsewhere goes on).
 */
export async function clearFailedSignIns(email: string, address: string): Promise<void> {
  await limiters().accountAddress.delete(keys(email, address).accountAddress);
}
