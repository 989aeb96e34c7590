import { describe, expect, it } from 'vitest';
import { fromMinskLocal, toMinskLocal } from './minsk-time';

describe('schedule times: Minsk wall clock in the form, UTC in the database', () => {
  it('reads Minsk time (UTC+3) and writes it back', () => {
    const d = fromMinskLocal('2026-11-28T18:30');
    expect(d?.toISOString()).toBe('2026-11-28T15:30:00.000Z');
    expect(toMinskLocal(d!)).toBe('2026-11-28T18:30:00');
    expect(fromMinskLocal('2026-07-01T00:00:05')?.toISOString()).toBe('2026-06-30T21:00:05.000Z');
  });

  it('refuses malformed and impossible dates', () => {
    for (const v of ['', 'tomorrow', '2026-02-31T10:00', '2026-13-01T10:00', '2026-11-28 18:30', '2026-11-28T24:00']) {
      expect(fromMinskLocal(v), v).toBeNull();
    }
  });
});
