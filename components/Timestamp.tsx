import { formatDateTime, type Locale } from '@/lib/locales';

/** The newsroom's timestamp, `5.09.2025, 16:41` in Minsk time, machine-readable in datetime. */
export function Timestamp({ date, locale, className }: { date: Date; locale: Locale; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDateTime(date, locale)}
    </time>
  );
}
