import { describe, expect, it } from 'vitest';
import { createMemo } from './memo';

describe('createMemo', () => {
  it('answers from memory within the lifetime, shares one lookup between concurrent callers, asks again after', async () => {
    let clock = 0;
    let calls = 0;
    const memo = createMemo<string>({ ttlMs: 1000, maxEntries: 10, now: () => clock });
    const load = async () => `answer ${++calls}`;
    const [a, b] = await Promise.all([memo.get('be/x', load), memo.get('be/x', load)]);
    expect([a, b, calls]).toEqual(['answer 1', 'answer 1', 1]);
    clock = 999;
    expect(await memo.get('be/x', load)).toBe('answer 1');
    clock = 1000;
    expect(await memo.get('be/x', load)).toBe('answer 2');
  });

  it('forgets failed lookups, so the next request asks again', async () => {
    const memo = createMemo<string>({ ttlMs: 1000, maxEntries: 10, now: () => 0 });
    await expect(memo.get('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await memo.get('k', async () => 'back')).toBe('back');
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const memo = createMemo<number>({ ttlMs: 60_000, maxEntries: 3, now: () => 0 });
    for (let i = 0; i < 10; i++) await memo.get(`k${i}`, async () => i);
    expect(memo.size).toBe(3);
    let asked = false;
    expect(await memo.get('k9', async () => ((asked = true), -1))).toBe(9);
    expect(asked).toBe(false);
    expect(await memo.get('k0', async () => -1)).toBe(-1);
  });
});
