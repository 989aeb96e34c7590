import { locales, type Locale } from '@/lib/locales';
import { articlePath, frontPath } from '@/lib/paths';
import type { TranslationLink } from '@/lib/news/types';

/**
 * Where each language in the switcher leads:
 * - current: the page being read (not a link);
 * - equivalent: the same page in that language (front pages, or a published translation of an article);
 * - fallback: that language's front page, because this article has no published translation there.
 */
export type SwitcherTarget =
  | { locale: Locale; kind: 'current' }
  | { locale: Locale; kind: 'equivalent' | 'fallback'; href: string };

/** The switcher for pages that exist in every language (front pages). */
export function switcherForFront(current: Locale): SwitcherTarget[] {
  return locales.map((locale) =>
    locale === current ? { locale, kind: 'current' } : { locale, kind: 'equivalent', href: frontPath(locale) },
  );
}

/** The switcher for an article: other languages lead to its published translations, else to their front page. */
export function switcherForArticle(current: Locale, translations: TranslationLink[]): SwitcherTarget[] {
  return locales.map((locale) => {
    if (locale === current) return { locale, kind: 'current' };
    const t = translations.find((tr) => tr.locale === locale);
    return t
      ? { locale, kind: 'equivalent', href: articlePath(locale, t.slug) }
      : { locale, kind: 'fallback', href: frontPath(locale) };
  });
}
