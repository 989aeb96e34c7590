// Timestamps for machines: ISO 8601 with the newsroom's UTC offset (`2026-11-28T18:41:00+03:00`), as
// schema.org (datePublished/dateModified), OpenGraph, sitemaps (W3C Datetime) and Google News expect.
import { NEWSROOM_TIME_ZONE } from '@/lib/locales';

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value])) as Record<string, string>;
}

/** `2026-11-28T18:41:05+03:00` in `timeZone` (Europe/Minsk by default). */
export function isoWithOffset(date: Date, timeZone: string = NEWSROOM_TIME_ZONE): string {
  const p = parts(date, timeZone);
  // longOffset is `GMT+03:00`, or plain `GMT` for UTC itself.
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.replace('GMT', '');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}
