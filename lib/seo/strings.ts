// SEO strings (messages/*.json, namespace "seo" and "site") for code that runs outside a page render:
// feeds, sitemaps, the proxy's 410 page, JSON-LD. Plain imports, so they work anywhere (tests included).
import { createTranslator } from 'next-intl';
import be from '@/messages/be.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import type { Locale } from '@/lib/locales';

const messages = { be, ru, en } as const;

export function seoStrings(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'seo' });
}

export function siteStrings(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'site' });
}

export function errorStrings(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'errors' });
}

export function notFoundStrings(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'notFound' });
}
