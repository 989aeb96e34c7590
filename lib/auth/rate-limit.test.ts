import { describe, expect, it } from 'vitest';
import { clearFailedSignIns, FAILED_SIGN_INS_PER_MINUTE, recordFailedSignIn, signInBlockedFor } from './rate-limit';

describe('failed sign-in limit', () => {
  it('blocks an account after 5 failures a minute, from any IP', async () => {
    const email = `acc-${Math.random()}@x.org`;
    for (let i = 0; i < FAILED_SIGN_INS_PER_MINUTE; i++) {
      expect(await signInBlockedFor(email, `10.0.0.${i}`)).toBe(0);
      await recordFailedSignIn(email, `10.0.0.${i}`);
    }
    const wait = await signInBlockedFor(email, '10.9.9.9');
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    await clearFailedSignIns(email);
    expect(await signInBlockedFor(email, '10.9.9.9')).toBe(0);
  });

  it('blocks an IP after 5 failures a minute, whatever the account', async () => {
    const ip = `192.168.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < FAILED_SIGN_INS_PER_MINUTE; i++) await recordFailedSignIn(`u${i}-${ip}@x.org`, ip);
    expect(await signInBlockedFor(`fresh-${ip}@x.org`, ip)).toBeGreaterThan(0);
    expect(await signInBlockedFor(`fresh-${ip}@x.org`, '172.16.0.1')).toBe(0);
  });
});
