import { getTranslations } from 'next-intl/server';
import { formatDateTime, relativeTime, type Locale } from '@/lib/locales';

/**
 * "5 хвілін таму" for stories under a day old, the absolute timestamp otherwise.
 * The absolute form is always in the title and datetime attributes.
 */
export async function RelativeTimestamp({ date, locale, now, className }: { date: Date; locale: Locale; now: Date; className?: string }) {
  const t = await getTranslations({ locale, namespace: 'time' });
  const absolute = formatDateTime(date, locale);
  const rel = relativeTime(date, now);
  const text =
    rel === null
      ? absolute
      : rel.unit === 'justNow'
        ? t('justNow')
        : rel.unit === 'minutes'
          ? t('minutesAgo', { count: rel.count })
          : t('hoursAgo', { count: rel.count });
  return (
    <time dateTime={date.toISOString()} title={absolute} className={className}>
      {text}
    </time>
  );
}
