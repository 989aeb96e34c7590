// The short page a reader gets while the database is unreachable (decision 0030): 503 with Retry-After, in the
// reader's language, never a stack trace. Not stored by any cache.
import type { Locale } from '@/lib/locales';
import { statusPageHtml } from '@/lib/seo/gone';
import { errorStrings } from '@/lib/seo/strings';

export const RETRY_AFTER_SECONDS = 5;

export function unavailableHtml(locale: Locale): string {
  const t = errorStrings(locale);
  return statusPageHtml(locale, { title: t('unavailableTitle'), body: t('unavailableBody'), home: t('home') });
}

export const unavailableHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Retry-After': String(RETRY_AFTER_SECONDS),
  'Cache-Control': 'no-store',
} as const;
