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

/**
 * The request header in which proxy.ts says that a page rendered per request (search past its last page, a bad
 * preview link) is a 404, decided before anything renders; next.config.ts then rewrites the request to the
 * language's 404 page (`/{lang}/__not-found/page`, the catch-all route), whole in the first HTML with status 404
 * (decision 0025). The proxy removes it from every request to those two routes unless it set it itself, and the
 * rewrite matches only them.
 */
export const NOT_FOUND_HEADER = 'x-rekha-not-found';

/** next.config.ts rewrite sources of the pages whose 404 the proxy decides (NOT_FOUND_HEADER). */
export const DECIDED_NOT_FOUND_SOURCES = [
  `/:lang(${locales.join('|')})/search`,
  `/:lang(${locales.join('|')})/preview/:token`,
] as const;

/**
 * The request header in which proxy.ts says that an article URL is a live blog being covered: next.config.ts then
 * rewrites it to its page route (`/{lang}/news/{slug}/page/1`), the only route whose scripts carry the live
 * updates leaf, so ordinary articles do not download it (decision 0033). The proxy removes it from every article
 * request unless it set it itself.
 */
export const LIVE_PAGE_HEADER = 'x-rekha-live-page';
/** next.config.ts rewrite source of an article URL (LIVE_PAGE_HEADER); the proxy's ARTICLE decides the same. */
export const LIVE_PAGE_SOURCE = `/:lang(${locales.join('|')})/news/:slug`;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

// Belarusian in other scripts and spellings (decision 0031). The newsroom writes Belarusian in one orthography;
// readers may read every Belarusian page in Łacinka, and in the classical orthography (Taraškievica) when the
// newsroom writes the official one. Both views are made automatically from the Cyrillic page.

/** Which orthography the newsroom writes Belarusian in: `BELARUSIAN_ORTHOGRAPHY=official|classical`. */
export type BelarusianOrthography = 'official' | 'classical';

export function belarusianOrthography(env: Record<string, string | undefined> = process.env): BelarusianOrthography {
  return env.BELARUSIAN_ORTHOGRAPHY?.trim().toLowerCase() === 'classical' ? 'classical' : 'official';
}

/** The automatic views of Belarusian pages. */
export const scriptViews = ['latn', 'tarask'] as const;
export type ScriptView = (typeof scriptViews)[number];

export interface ScriptViewConfig {
  /** First path segment of the view's URLs, in place of `be` (a BCP 47 tag, lower-cased like every URL here). */
  segment: string;
  /** BCP 47 tag for <html lang>. */
  htmlLang: string;
  /** Its name in the toggle, written in itself (like a language's own name). */
  label: string;
}

export const scriptViewConfig: Record<ScriptView, ScriptViewConfig> = {
  latn: { segment: 'be-latn', htmlLang: 'be-Latn', label: 'Łacinka' },
  tarask: { segment: 'be-tarask', htmlLang: 'be-tarask', label: 'Тарашкевіца' },
};

/** The Cyrillic pages' own name in the toggle. */
export const CYRILLIC_LABEL = 'Кірыліца';

/** Views offered: Łacinka always; the classical orthography only when the newsroom writes the official one. */
export function offeredScriptViews(orthography: BelarusianOrthography = belarusianOrthography()): ScriptView[] {
  return orthography === 'official' ? ['latn', 'tarask'] : ['latn'];
}

export function isScriptView(value: unknown): value is ScriptView {
  return typeof value === 'string' && (scriptViews as readonly string[]).includes(value);
}
