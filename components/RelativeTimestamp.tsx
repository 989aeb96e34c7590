import { formatDateTime, type Locale } from '@/lib/locales';
import { relativeText } from './RelativeAge';

/**
 * In lists: "5 хвілін таму" for stories under a day old, the absolute timestamp otherwise.
 * The absolute form is always in the title and datetime attributes.
 */
export async function RelativeTimestamp({ date, locale, now, className }: { date: Date; locale: Locale; now: Date; className?: string }) {
  const absolute = formatDateTime(date, locale);
  return (
    <time dateTime={date.toISOString()} title={absolute} className={className}>
      {(await relativeText(date, locale, now)) ?? absolute}
    </time>
  );
}
