import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime, relativeTime } from './locales';

describe('formatDateTime', () => {
  it('formats the newsroom pattern in Minsk time (UTC+3) for every language', () => {
    const date = new Date('2025-09-05T13:41:00Z');
    expect(formatDateTime(date, 'be')).toBe('5.09.2025, 16:41');
    expect(formatDateTime(date, 'ru')).toBe('5.09.2025, 16:41');
    expect(formatDateTime(date, 'en')).toBe('5.09.2025, 16:41');
  });

  it('rolls the date over at Minsk midnight, not UTC midnight', () => {
    expect(formatDateTime(new Date('2025-12-31T21:05:00Z'), 'be')).toBe('1.01.2026, 00:05');
    expect(formatTime(new Date('2025-12-31T21:05:00Z'), 'en')).toBe('00:05');
  });
});

describe('relativeTime', () => {
  const now = new Date('2025-09-05T13:41:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it('counts minutes, then hours, then gives up after a day', () => {
    expect(relativeTime(ago(20_000), now)).toEqual({ unit: 'justNow' });
    expect(relativeTime(ago(21 * 60_000), now)).toEqual({ unit: 'minutes', count: 21 });
    expect(relativeTime(ago(2 * 3_600_000 + 5), now)).toEqual({ unit: 'hours', count: 2 });
    expect(relativeTime(ago(25 * 3_600_000), now)).toBeNull();
  });
  it('does not describe the future as the past', () => {
    expect(relativeTime(new Date(now.getTime() + 60_000), now)).toBeNull();
  });
});
