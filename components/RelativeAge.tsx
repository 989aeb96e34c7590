import { getTranslations } from 'next-intl/server';
import { relativeTime, type Locale } from '@/lib/locales';

/**
 * " · 2 гадзіны таму" after an absolute timestamp, for stories under a day old. Rendered on the server
 * only (a server component: the browser receives text, nothing re-renders it, so there is no hydration
 * mismatch); `now` is the request's time, the same one the rest of the page uses.
 */
export async function RelativeAge({ date, locale, now }: { date: Date; locale: Locale; now: Date }) {
  const rel = relativeTime(date, now);
  if (!rel) return null;
  const t = await getTranslations({ locale, namespace: 'time' });
  const text = rel.unit === 'justNow' ? t('justNow') : rel.unit === 'minutes' ? t('minutesAgo', { count: rel.count }) : t('hoursAgo', { count: rel.count });
  return (
    <span data-testid="relative-age">
      {' · '}
      {text}
    </span>
  );
}
