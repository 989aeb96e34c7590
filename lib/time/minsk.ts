// Newsroom time, in one place: the newsroom is in Minsk, so every reader and editor sees Minsk wall-clock
// time, whatever their language (decision 0003); the database stores UTC instants. On date-fns with
// @date-fns/tz, which know the zone's offsets (Intl's en-GB would format 5/09/2025, hence a fixed pattern).
import { tz } from '@date-fns/tz';
import { format, isValid, parse } from 'date-fns';
import { localeConfig, NEWSROOM_TIME_ZONE, type Locale } from '@/lib/locales';

const zones = new Map<string, ReturnType<typeof tz>>();
function zone(timeZone: string) {
  let z = zones.get(timeZone);
  if (!z) zones.set(timeZone, (z = tz(timeZone)));
  return z;
}

/** For people: `5.09.2025, 16:41` in the locale's time zone (Minsk), one pattern for every language. */
export function formatDateTime(date: Date, locale: Locale): string {
  return format(date, 'd.MM.yyyy, HH:mm', { in: zone(localeConfig[locale].timeZone) });
}

/**
 * For machines: ISO 8601 with the zone's UTC offset, `2026-11-28T18:41:05+03:00`, as `<time datetime>`
 * readers, schema.org (datePublished/dateModified), OpenGraph, sitemaps (W3C Datetime) and Google News expect.
 */
export function isoWithOffset(date: Date, timeZone: string = NEWSROOM_TIME_ZONE): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: zone(timeZone) });
}

/** The schedule inputs (`<input type="datetime-local">`): `2026-11-28T18:30` or with `:ss`, as Minsk time. */
const SCHEDULE_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A schedule input's value, read as Minsk time → the UTC instant; null when malformed or impossible (31 February). */
export function fromMinskLocal(value: string): Date | null {
  const v = value.trim();
  const m = SCHEDULE_INPUT.exec(v);
  if (!m) return null;
  const parsed = parse(v, m[1] ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", new Date(), {
    in: zone(NEWSROOM_TIME_ZONE),
  });
  return isValid(parsed) ? new Date(parsed.getTime()) : null;
}

/** The instant as a schedule input's value, `2026-11-28T18:30:00` Minsk wall-clock time. */
export function toMinskLocal(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ss", { in: zone(NEWSROOM_TIME_ZONE) });
}

/**
 * The newsroom's time inputs (scheduling, the displayed publication time) take the site's own form,
 * `5.09.2025, 16:41`, Minsk wall-clock time: day and month with or without a leading zero, 24-hour time, the
 * comma optional, no seconds. No US order, no ISO form: one way to write a time, the way readers see it.
 */
const NEWSROOM_TIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})$/;

/** A newsroom time input's value → the UTC instant; null when malformed or impossible (31.02.2026, 24:00). */
export function parseNewsroomTime(value: string): Date | null {
  const m = NEWSROOM_TIME.exec(value.trim());
  if (!m) return null;
  const [day, month, year, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const parsed = parse(`${year}-${month}-${day} ${hour}:${minute}`, 'yyyy-M-d H:m', new Date(), {
    in: zone(NEWSROOM_TIME_ZONE),
  });
  // date-fns rolls 31 February over into March: a day that does not exist in that month is refused.
  if (!isValid(parsed) || format(parsed, 'd', { in: zone(NEWSROOM_TIME_ZONE) }) !== String(day)) return null;
  return new Date(parsed.getTime());
}

/** The instant as a newsroom time input's value: `5.09.2025, 16:41` in Minsk (the form `parseNewsroomTime` reads). */
export function toNewsroomTime(date: Date): string {
  return format(date, 'd.MM.yyyy, HH:mm', { in: zone(NEWSROOM_TIME_ZONE) });
}

export type RelativeTime =
  { unit: 'justNow' } | { unit: 'minutes'; count: number } | { unit: 'hours'; count: number } | null;

/** How long ago, for stories under a day old; null when the absolute form should be shown. */
export function relativeTime(date: Date, now: Date): RelativeTime {
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 0) return null;
  if (minutes < 1) return { unit: 'justNow' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  return null;
}
