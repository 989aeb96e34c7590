// Failed sign-ins, counted so that neither guessing nor locking someone else out works
// (docs/decisions/0019-account-security.md). Addresses come from lib/http/client-address.ts, never from
// a header the client chooses.
// - account + address: 5 failures in 15 min block that pair for the rest of the window. An attacker
//   elsewhere cannot lock the real user out: the user's own address has its own counter.
// - address: 20 failures in 15 min from one address, whatever the accounts (password spraying).
// - account, all addresses: 50 failures in an hour put the account under protection: a password alone
//   is then refused from addresses the account has no live session from; password + two-factor code
//   still works (lib/auth/sign-in.ts decides).
// With REDIS_URL the counters live in Redis (rate-limiter-flexible's Redis store), so failures spread over
// several app instances count as on one (decision 0030); while Redis is unreachable each instance counts in its
// memory (the store's insurance limiter) rather than letting everyone through or locking everyone out.
// Without REDIS_URL: this process's memory.
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { appRedis, redisPrefix } from '@/lib/ops/redis';

export const LIMITS = {
  accountAddress: { points: 5, duration: 15 * 60 },
  address: { points: 20, duration: 15 * 60 },
  account: { points: 50, duration: 60 * 60 },
} as const;

type Name = keyof typeof LIMITS;
type Limiters = Record<Name, RateLimiterAbstract>;
const KEY = Symbol.for('rekha.signInLimiters.v3');
function limiters(): Limiters {
  const g = globalThis as typeof globalThis & { [KEY]?: { redisUrl: string; limiters: Limiters } };
  const redisUrl = process.env.REDIS_URL?.trim() ?? '';
  if (g[KEY]?.redisUrl === redisUrl) return g[KEY].limiters;
  const redis = appRedis();
  const make = (name: Name): RateLimiterAbstract => {
    const memory = new RateLimiterMemory(LIMITS[name]);
    if (!redis) return memory;
    return new RateLimiterRedis({
      ...LIMITS[name],
      storeClient: redis,
      useRedisPackage: true,
      keyPrefix: `${redisPrefix()}:signin:${name}`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const built = { accountAddress: make('accountAddress'), address: make('address'), account: make('account') };
  g[KEY] = { redisUrl, limiters: built };
  return built;
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
