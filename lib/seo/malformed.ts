// The 404 page of a URL no route can read (bad percent-encoding, control characters, absurd length): small, in
// the path's language, with a way back to the front page. The proxy answers it itself: handed to Next's router,
// such a URL fails while the route parameters are decoded (decision 0018).
import type { Locale } from '@/lib/locales';
import { statusPageHtml } from './gone';
import { errorStrings } from './strings';

export function malformedUrlHtml(locale: Locale): string {
  const t = errorStrings(locale);
  return statusPageHtml(locale, { title: t('malformedTitle'), body: t('malformedBody'), home: t('home') });
}
