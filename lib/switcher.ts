// The language switcher's targets for every kind of reader page, in one place (decision 0003): the site
// header's switcher and the lite article's both ask here.
import { locales, type Locale } from '@/lib/locales';
import type { TranslationLink } from '@/lib/news/types';
import {
  articleLitePath,
  articlePath,
  authorPath,
  frontPath,
  searchPath,
  searchResultsPath,
  sectionPath,
  staticPagePath,
  tagPath,
} from '@/lib/paths';

/**
 * Where each language in the switcher leads:
 * - current: the page being read (not a link);
 * - equivalent: the same page in that language (front pages, or a published translation of an article);
 * - fallback: that language's front page, because this page has no published translation there.
 */
export type SwitcherTarget =
  /** `self`: this page's own URL, where it is known (the Belarusian script toggle links its views from it). */
  | { locale: Locale; kind: 'current'; self?: string }
  | { locale: Locale; kind: 'equivalent' | 'fallback'; href: string; subject: SwitcherSubject };

/** What the page being read is, as its switcher names it to a screen reader: "this article" or "this page". */
export type SwitcherSubject = 'article' | 'page';

/** What the switcher needs to know about the page being read. */
export type SwitcherPage =
  /** Front pages (and the 404 page): they exist in every language. */
  | { kind: 'front' }
  /** Search: the same query in another language's search (words may differ; the reader can refine it there). */
  | { kind: 'search'; query: string }
  /** An article, or its lite version (whose links stay within the lite versions). */
  | { kind: 'article'; translations: TranslationLink[]; lite?: boolean }
  /** Section, tag and author listings: another language leads to the same listing's first page there. */
  | { kind: 'section' | 'tag' | 'author'; translations: TranslationLink[] }
  /** Static pages stored in the database (about, contacts). */
  | { kind: 'static'; translations: TranslationLink[] };

/** The href of the same page in `locale`, or null when the page has no published version there. */
function equivalentHref(page: SwitcherPage, locale: Locale): string | null {
  switch (page.kind) {
    case 'front':
      return frontPath(locale);
    case 'search':
      return page.query ? searchResultsPath(locale, page.query) : searchPath(locale);
    default: {
      const t = page.translations.find((tr) => tr.locale === locale);
      if (!t) return null;
      if (page.kind === 'article') return (page.lite ? articleLitePath : articlePath)(locale, t.slug);
      const path = { section: sectionPath, tag: tagPath, author: authorPath, static: staticPagePath }[page.kind];
      return path(locale, t.slug);
    }
  }
}

/** Only an article is an article; front, section, tag, author, search and static pages are pages. */
export const switcherSubject = (page: SwitcherPage): SwitcherSubject => (page.kind === 'article' ? 'article' : 'page');

/** One target per language, in the switcher's order: the current one, a translation, or a front-page fallback. */
export function switcherTargets(current: Locale, page: SwitcherPage): SwitcherTarget[] {
  const subject = switcherSubject(page);
  return locales.map((locale) => {
    if (locale === current) {
      const self = equivalentHref(page, locale);
      return self ? { locale, kind: 'current', self } : { locale, kind: 'current' };
    }
    const href = equivalentHref(page, locale);
    return href
      ? { locale, kind: 'equivalent', href, subject }
      : { locale, kind: 'fallback', href: frontPath(locale), subject };
  });
}
