// The one typed place for what differs by language. See docs/decisions/0003-locales.md.
// Formatting times (in each locale's time zone) is lib/time/minsk.ts.

export const locales = ['be', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'be';

/** The newsroom is in Minsk: every reader sees Minsk time, whatever their language. */
export const NEWSROOM_TIME_ZONE = 'Europe/Minsk';

export interface LocaleConfig {
  /** Label in the language switcher. */
  label: string;
  /** The language's own name for itself. */
  nativeName: string;
  /** BCP 47 tag for <html lang> and hreflang. */
  htmlLang: string;
  /** OpenGraph locale. */
  ogLocale: string;
  /** Locale for Intl plural rules and number formatting. */
  intlLocale: string;
  timeZone: string;
}

export const localeConfig: Record<Locale, LocaleConfig> = {
  be: {
    label: 'BE',
    nativeName: 'Беларуская',
    htmlLang: 'be',
    ogLocale: 'be_BY',
    intlLocale: 'be',
    timeZone: NEWSROOM_TIME_ZONE,
  },
  ru: {
    label: 'RU',
    nativeName: 'Русский',
    htmlLang: 'ru',
    ogLocale: 'ru_RU',
    intlLocale: 'ru',
    timeZone: NEWSROOM_TIME_ZONE,
  },
  en: {
    label: 'EN',
    nativeName: 'English',
    htmlLang: 'en',
    ogLocale: 'en_GB',
    intlLocale: 'en-GB',
    timeZone: NEWSROOM_TIME_ZONE,
  },
};

/**
 * The request header in which proxy.ts names the reader's language for a URL under a language we do not have
 * (`/de/…`); next.config.ts rewrites such a URL to that language's 404 page (decision 0025).
 */
export const UNKNOWN_LOCALE_HEADER = 'x-rekha-reader-locale';

/**
 * next.config.ts rewrite source for a first segment that looks like a language code (`de`, `pt-br`) and is
 * none of ours (path-to-regexp syntax; the proxy's LOOKS_LIKE_LOCALE decides the same).
 */
export const UNKNOWN_LOCALE_SOURCE = `/:code((?!(?:${locales.join('|')})(?![-_a-zA-Z]))[a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?)/:rest*`;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
