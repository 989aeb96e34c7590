import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDatabase, databaseUp, SLOW_CHECKS_FOR_DOWN } from './health';

const never = () => new Promise(() => {});
const answer = () => Promise.resolve(1);
const refused = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5442'));

describe('the database flag', () => {
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('rekha.health')];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('stays up through a slow answer or two, and goes down when checks keep going unanswered', async () => {
    for (let i = 1; i < SLOW_CHECKS_FOR_DOWN; i++) {
      expect(await checkDatabase(never, 5)).toBe(true);
      expect(databaseUp()).toBe(true);
    }
    expect(await checkDatabase(never, 5)).toBe(false);
    expect(databaseUp()).toBe(false);
  });

  it('goes down at once when the database refuses, and up at the first answer', async () => {
    expect(await checkDatabase(refused, 5)).toBe(false);
    expect(databaseUp()).toBe(false);
    expect(await checkDatabase(answer, 5)).toBe(true);
    expect(databaseUp()).toBe(true);
  });

  it('counts slow answers in a row only: an answer in between starts again', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 1; i < SLOW_CHECKS_FOR_DOWN; i++) await checkDatabase(never, 5);
      await checkDatabase(answer, 5);
    }
    expect(databaseUp()).toBe(true);
  });
});
