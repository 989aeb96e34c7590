// The one typed place for what differs by language. See docs/decisions/0003-locales.md.

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
  be: { label: 'BE', nativeName: 'Беларуская', htmlLang: 'be', ogLocale: 'be_BY', intlLocale: 'be', timeZone: NEWSROOM_TIME_ZONE },
  ru: { label: 'RU', nativeName: 'Русский', htmlLang: 'ru', ogLocale: 'ru_RU', intlLocale: 'ru', timeZone: NEWSROOM_TIME_ZONE },
  en: { label: 'EN', nativeName: 'English', htmlLang: 'en', ogLocale: 'en_GB', intlLocale: 'en-GB', timeZone: NEWSROOM_TIME_ZONE },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function minskParts(date: Date, timeZone: string) {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

/**
 * The newsroom's timestamp, `5.09.2025, 16:41`, in the locale's time zone.
 * One pattern for every language (Intl's en-GB would give 5/09/2025).
 */
export function formatDateTime(date: Date, locale: Locale): string {
  const p = minskParts(date, localeConfig[locale].timeZone);
  return `${Number(p.day)}.${p.month}.${p.year}, ${p.hour}:${p.minute}`;
}

/** Clock time only, `16:41`, for today's items in lists. */
export function formatTime(date: Date, locale: Locale): string {
  const p = minskParts(date, localeConfig[locale].timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The calendar day in the newsroom's time zone, `2025-09-05`, for "is it today" comparisons. */
export function newsroomDay(date: Date, locale: Locale): string {
  const p = minskParts(date, localeConfig[locale].timeZone);
  return `${p.year}-${p.month}-${p.day.padStart(2, '0')}`;
}

export type RelativeTime =
  | { unit: 'justNow' }
  | { unit: 'minutes'; count: number }
  | { unit: 'hours'; count: number }
  | null;

/** How long ago, for stories under a day old; null when the absolute form should be shown. */
export function relativeTime(date: Date, now: Date): RelativeTime {
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 0) return null;
  if (minutes < 1) return { unit: 'justNow' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  return null;
}
