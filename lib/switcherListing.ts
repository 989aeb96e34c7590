import { locales, type Locale } from '@/lib/locales';
import type { TranslationLink } from '@/lib/news/types';
import { frontPath } from '@/lib/paths';
import type { SwitcherTarget } from '@/lib/switcher';

/**
 * The switcher for pages that have their own slug in each language (sections, tags, authors, static pages):
 * another language leads to the same thing there (its first page), else to that language's front page.
 */
export function switcherForTranslations(
  current: Locale,
  translations: TranslationLink[],
  pathFor: (locale: Locale, slug: string) => string,
): SwitcherTarget[] {
  return locales.map((locale) => {
    if (locale === current) return { locale, kind: 'current' };
    const t = translations.find((tr) => tr.locale === locale);
    return t ? { locale, kind: 'equivalent', href: pathFor(locale, t.slug) } : { locale, kind: 'fallback', href: frontPath(locale) };
  });
}
