// The newsroom's timestamps, one family: absolute (`5.09.2025, 16:41` in Minsk time), relative in lists
// ("5 хвілін таму", the absolute form in the title), and the relative age after an absolute timestamp.
// All server components: the browser receives text, nothing re-renders it, so there is no hydration
// mismatch; `now` is the request's time, the same one the rest of the page uses. Times: lib/time/minsk.ts.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { formatDateTime, relativeTime } from '@/lib/time/minsk';

/** "2 гадзіны таму" for a story under a day old, null otherwise. The one place that words relative times. */
async function relativeText(date: Date, locale: Locale, now: Date): Promise<string | null> {
  const rel = relativeTime(date, now);
  if (!rel) return null;
  const t = await getTranslations({ locale, namespace: 'time' });
  return rel.unit === 'justNow'
    ? t('justNow')
    : rel.unit === 'minutes'
      ? t('minutesAgo', { count: rel.count })
      : t('hoursAgo', { count: rel.count });
}

/** The newsroom's timestamp, `5.09.2025, 16:41` in Minsk time, machine-readable in datetime. */
export function Timestamp({ date, locale, className }: { date: Date; locale: Locale; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDateTime(date, locale)}
    </time>
  );
}

/**
 * In lists: "5 хвілін таму" for stories under a day old, the absolute timestamp otherwise.
 * The absolute form is always in the title and datetime attributes.
 */
export async function RelativeTimestamp({
  date,
  locale,
  now,
  className,
}: {
  date: Date;
  locale: Locale;
  now: Date;
  className?: string;
}) {
  const absolute = formatDateTime(date, locale);
  return (
    <time dateTime={date.toISOString()} title={absolute} className={className}>
      {(await relativeText(date, locale, now)) ?? absolute}
    </time>
  );
}

/** " · 2 гадзіны таму" after an absolute timestamp, for stories under a day old. */
export async function RelativeAge({ date, locale, now }: { date: Date; locale: Locale; now: Date }) {
  const text = await relativeText(date, locale, now);
  if (!text) return null;
  return (
    <span data-testid="relative-age">
      {' · '}
      {text}
    </span>
  );
}
