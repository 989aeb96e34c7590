import { getTranslations } from 'next-intl/server';
import { relativeTime, type Locale } from '@/lib/locales';

/** "2 гадзіны таму" for a story under a day old, null otherwise. The one place that words relative times. */
export async function relativeText(date: Date, locale: Locale, now: Date): Promise<string | null> {
  const rel = relativeTime(date, now);
  if (!rel) return null;
  const t = await getTranslations({ locale, namespace: 'time' });
  return rel.unit === 'justNow' ? t('justNow') : rel.unit === 'minutes' ? t('minutesAgo', { count: rel.count }) : t('hoursAgo', { count: rel.count });
}

/**
 * " · 2 гадзіны таму" after an absolute timestamp, for stories under a day old. Rendered on the server
 * only (a server component: the browser receives text, nothing re-renders it, so there is no hydration
 * mismatch); `now` is the request's time, the same one the rest of the page uses.
 */
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
