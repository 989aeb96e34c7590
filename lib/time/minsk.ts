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

/**
 * Every newsroom time input (components/admin/NewsroomTimeInput.tsx: scheduling, the displayed publication time,
 * scheduled unpublish, a correction's date, a banner's end; decision 0035) takes the site's own form,
 * `5.09.2025, 16:41`, Minsk wall-clock time: day and month with or without a leading zero, 24-hour time, the
 * comma optional; seconds (`16:41:05`) are read when typed, never shown. No US order, no ISO form: one way to write a time, the way readers see it.
 */
const NEWSROOM_TIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** A newsroom time input's value → the UTC instant; null when malformed or impossible (31.02.2026, 24:00). */
export function parseNewsroomTime(value: string): Date | null {
  const m = NEWSROOM_TIME.exec(value.trim());
  if (!m) return null;
  const [day, month, year, hour, minute, second = 0] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const parsed = parse(`${year}-${month}-${day} ${hour}:${minute}:${second}`, 'yyyy-M-d H:m:s', new Date(), {
    in: zone(NEWSROOM_TIME_ZONE),
  });
  // date-fns rolls 31 February over into March: a day that does not exist in that month is refused.
  if (!isValid(parsed) || format(parsed, 'd', { in: zone(NEWSROOM_TIME_ZONE) }) !== String(day)) return null;
  return new Date(parsed.getTime());
}

/**
 * What a newsroom time field holds, read by every command that takes one (schedule, publication time, scheduled
 * unpublish, a correction's date, a banner's end): `empty` when nothing was typed (each command decides what
 * that means: now, required), `invalid` for anything that is not a time in the site's form — the browser's
 * `2026-11-28T18:30`, US order, markup, an overlong value — so the field's error can say the form expected.
 */
export type NewsroomTimeField = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'time'; at: Date };

export function readNewsroomTime(value: unknown): NewsroomTimeField {
  if (typeof value !== 'string' || !value.trim()) return { kind: 'empty' };
  const at = value.length <= 40 ? parseNewsroomTime(value) : null;
  return at ? { kind: 'time', at } : { kind: 'invalid' };
}

/**
 * The instant as a newsroom time input's value: `5.09.2025, 16:41` in Minsk (the form `parseNewsroomTime` reads);
 * `seconds` adds them (`16:41:05`), for a time that must be exact (tests of what happens at that time).
 */
export function toNewsroomTime(date: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  return format(date, seconds ? 'd.MM.yyyy, HH:mm:ss' : 'd.MM.yyyy, HH:mm', { in: zone(NEWSROOM_TIME_ZONE) });
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
