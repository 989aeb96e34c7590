import { afterEach, describe, expect, it, vi } from 'vitest';
import { appRedis, closeAppRedis } from '@/lib/ops/redis';
import { clearFailedSignIns, LIMITS, recordFailedSignIn, signInLimit } from './rate-limit';

const rnd = () => Math.random().toString(36).slice(2);
const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe('failed sign-in limits', () => {
  it('blocks an account from the address that failed, not from the owner’s address', async () => {
    const email = `acc-${rnd()}@x.org`;
    const attacker = ip();
    const owner = ip();
    for (let i = 0; i < LIMITS.accountAddress.points; i++) {
      expect((await signInLimit(email, attacker)).wait).toBe(0);
      await recordFailedSignIn(email, attacker);
    }
    const blocked = await signInLimit(email, attacker);
    expect(blocked.wait).toBeGreaterThan(LIMITS.accountAddress.duration - 60);
    expect(blocked.wait).toBeLessThanOrEqual(LIMITS.accountAddress.duration);
    expect(await signInLimit(email, owner)).toEqual({ wait: 0, accountProtected: false });
    // The owner's success does not lift the attacker's block.
    await clearFailedSignIns(email, owner);
    expect((await signInLimit(email, attacker)).wait).toBeGreaterThan(0);
  });

  it('blocks an address that sprays many accounts', async () => {
    const a = ip();
    for (let i = 0; i < LIMITS.address.points; i++) await recordFailedSignIn(`u${i}-${rnd()}@x.org`, a);
    expect((await signInLimit(`fresh-${rnd()}@x.org`, a)).wait).toBeGreaterThan(0);
    expect((await signInLimit(`fresh-${rnd()}@x.org`, ip())).wait).toBe(0);
  });

  it('puts an account under protection after failures from many addresses, without blocking a new address outright', async () => {
    const email = `target-${rnd()}@x.org`;
    for (let i = 0; i < LIMITS.account.points; i++) await recordFailedSignIn(email, ip());
    expect(await signInLimit(email, ip())).toEqual({ wait: 0, accountProtected: true });
  });
});

/** What a second app instance has: none of this process's limiter objects or memory. */
const anotherInstance = () => {
  for (const key of Object.getOwnPropertySymbols(globalThis))
    if (key.description?.startsWith('rekha.signInLimiters')) delete (globalThis as Record<symbol, unknown>)[key];
};

describe('failed sign-in limits shared by several instances (REDIS_URL)', () => {
  afterEach(async () => {
    anotherInstance();
    await closeAppRedis();
    vi.unstubAllEnvs();
  });

  it('counts failures made on different instances together', async () => {
    // The machine's Redis, under a key prefix of this run.
    vi.stubEnv('REDIS_URL', process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
    vi.stubEnv('REDIS_PREFIX', `test-${rnd()}`);
    await vi.waitFor(() => expect(appRedis()?.isReady).toBe(true));
    const email = `shared-${rnd()}@x.org`;
    const attacker = ip();
    // 6 failures, alternating between two instances: the 6th attempt is refused as it would be on one instance.
    for (let i = 0; i < LIMITS.accountAddress.points; i++) {
      anotherInstance();
      expect((await signInLimit(email, attacker)).wait).toBe(0);
      await recordFailedSignIn(email, attacker);
    }
    anotherInstance();
    expect((await signInLimit(email, attacker)).wait).toBeGreaterThan(LIMITS.accountAddress.duration - 60);
  });

  it('keeps limiting in memory while Redis does not answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:6399');
    const email = `down-${rnd()}@x.org`;
    const attacker = ip();
    for (let i = 0; i < LIMITS.accountAddress.points; i++) await recordFailedSignIn(email, attacker);
    expect((await signInLimit(email, attacker)).wait).toBeGreaterThan(0);
    expect((await signInLimit(email, ip())).wait).toBe(0);
  });
});
