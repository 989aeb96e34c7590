import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  isoWithOffset,
  parseNewsroomTime,
  readNewsroomTime,
  relativeTime,
  toNewsroomTime,
} from './minsk';

describe('formatDateTime', () => {
  it('formats the newsroom pattern in Minsk time (UTC+3) for every language', () => {
    const date = new Date('2025-09-05T13:41:00Z');
    expect(formatDateTime(date, 'be')).toBe('5.09.2025, 16:41');
    expect(formatDateTime(date, 'ru')).toBe('5.09.2025, 16:41');
    expect(formatDateTime(date, 'en')).toBe('5.09.2025, 16:41');
  });

  it('rolls the date over at Minsk midnight, not UTC midnight', () => {
    expect(formatDateTime(new Date('2025-12-31T21:05:00Z'), 'be')).toBe('1.01.2026, 00:05');
    expect(toNewsroomTime(new Date('2025-12-31T21:05:00Z'))).toBe('1.01.2026, 00:05');
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

describe('schedule times: Minsk wall clock in the form, UTC in the database', () => {
  it('reads Minsk time (UTC+3) with optional seconds and writes it back', () => {
    const d = parseNewsroomTime('28.11.2026, 18:30');
    expect(d?.toISOString()).toBe('2026-11-28T15:30:00.000Z');
    expect(toNewsroomTime(d!)).toBe('28.11.2026, 18:30');
    expect(parseNewsroomTime('1.07.2026, 00:00:05')?.toISOString()).toBe('2026-06-30T21:00:05.000Z');
    expect(toNewsroomTime(new Date('2026-06-30T21:00:05Z'), { seconds: true })).toBe('1.07.2026, 00:00:05');
  });

  it('refuses the browser forms datetime-local wrote: one way to type a time (decision 0035)', () => {
    for (const v of ['2026-11-28T18:30', '2026-11-28T18:30:00', '11/28/2026, 6:30 PM', '28.11.2026, 18:30:60'])
      expect(parseNewsroomTime(v), v).toBeNull();
  });
});

describe('isoWithOffset', () => {
  it('writes Minsk time with its offset, or any zone’s', () => {
    expect(isoWithOffset(new Date('2026-01-05T21:41:09Z'))).toBe('2026-01-06T00:41:09+03:00');
    expect(isoWithOffset(new Date('2026-07-01T00:00:00Z'), 'UTC')).toBe('2026-07-01T00:00:00+00:00');
    expect(isoWithOffset(new Date('2026-07-01T00:00:00Z'), 'America/New_York')).toBe('2026-06-30T20:00:00-04:00');
  });
});

describe('the newsroom time inputs (d.MM.yyyy, HH:mm, Minsk)', () => {
  it('read the site’s own form as Minsk time, and write it back the same way', () => {
    expect(parseNewsroomTime('5.09.2025, 16:41')?.toISOString()).toBe('2025-09-05T13:41:00.000Z');
    expect(parseNewsroomTime(' 05.09.2025 16:41 ')?.toISOString()).toBe('2025-09-05T13:41:00.000Z');
    expect(parseNewsroomTime('5.9.2025, 7:05')?.toISOString()).toBe('2025-09-05T04:05:00.000Z');
    expect(toNewsroomTime(new Date('2025-09-05T13:41:59Z'))).toBe('5.09.2025, 16:41');
    expect(toNewsroomTime(new Date('2025-12-31T21:05:00Z'))).toBe('1.01.2026, 00:05');
    const d = new Date('2026-11-28T15:30:00Z');
    expect(parseNewsroomTime(toNewsroomTime(d))?.getTime()).toBe(d.getTime());
  });

  it('refuse US order, ISO, malformed seconds, 12-hour clocks and days that do not exist', () => {
    for (const v of [
      '',
      '09/05/2025, 04:41 PM',
      '9/5/2025 16:41',
      '2025-09-05T16:41',
      '5.09.2025, 16:41:5',
      '5.09.2025, 16:41:60',
      '5.09.2025, 4:41 PM',
      '31.02.2026, 10:00',
      '29.02.2027, 10:00',
      '5.13.2025, 10:00',
      '5.09.2025, 24:00',
      '5.09.2025, 16:60',
      '5.09.25, 16:41',
    ])
      expect(parseNewsroomTime(v), v).toBeNull();
    expect(parseNewsroomTime('29.02.2028, 10:00')?.toISOString()).toBe('2028-02-29T07:00:00.000Z');
  });
});

describe('readNewsroomTime: what every newsroom time field holds (decision 0035)', () => {
  it('tells empty, a time and anything else apart', () => {
    for (const v of ['', '   ', undefined, null, 42]) expect(readNewsroomTime(v)).toEqual({ kind: 'empty' });
    expect(readNewsroomTime(' 5.09.2025, 16:41 ')).toEqual({ kind: 'time', at: new Date('2025-09-05T13:41:00Z') });
    for (const v of [
      '2025-09-05T16:41',
      '<script>alert(1)</script>',
      `5.09.2025, 16:41${' '.repeat(40)}x`,
      ['5.09.2025, 16:41'],
    ])
      expect(readNewsroomTime(v)).toEqual(Array.isArray(v) ? { kind: 'empty' } : { kind: 'invalid' });
  });
});
