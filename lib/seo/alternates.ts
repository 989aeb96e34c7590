// Canonical and hreflang links: one function for every page kind, so that front, article, section, tag,
// author and static pages (and the sitemaps) agree. Pass only the language versions a reader can open *now*
// (published, not deleted); unpublished translations must never be listed. See decision 0005.
import { defaultLocale, localeConfig, locales, type Locale } from '@/lib/locales';
import { absoluteUrl, articlePath, authorPath, frontPath, sectionPath, staticPagePath, tagPath } from '@/lib/paths';

/** One published language version of a page: its language and its site path. */
export interface LocalizedPath {
  locale: Locale;
  path: string;
}

export interface Alternates {
  /** Absolute URL of this page (it canonicalises to itself). */
  canonical: string;
  /** hreflang → absolute URL, in locale order, with `x-default` last. */
  languages: Record<string, string>;
}

/**
 * Alternates of the page `current` among its published `versions` (which should include it).
 * x-default: `xDefaultPath` when given (the front pages use `/`, which picks the reader's language),
 * otherwise the default language's version, otherwise the first published one.
 */
export function buildAlternates(current: LocalizedPath, versions: LocalizedPath[], xDefaultPath?: string): Alternates {
  const byLocale = new Map<Locale, string>();
  for (const v of versions) byLocale.set(v.locale, v.path);
  byLocale.set(current.locale, current.path);
  const ordered = locales.filter((l) => byLocale.has(l));
  const languages: Record<string, string> = {};
  for (const l of ordered) languages[localeConfig[l].htmlLang] = absoluteUrl(byLocale.get(l)!);
  const fallback = byLocale.get(defaultLocale) ?? byLocale.get(ordered[0])!;
  languages['x-default'] = absoluteUrl(xDefaultPath ?? fallback);
  return { canonical: absoluteUrl(current.path), languages };
}

/**
 * Front pages exist in every language; x-default is the site root, which sends readers to their language.
 * Written as the bare origin (`https://host`), the form Next's metadata prints, so head and sitemap agree.
 */
export const frontAlternates = (locale: Locale) =>
  buildAlternates(
    { locale, path: frontPath(locale) },
    locales.map((l) => ({ locale: l, path: frontPath(l) })),
    '',
  );

/** A page that exists in every language at a path of its own (`/be/reach-us`, `/be/privacy`). */
export const everyLanguageAlternates = (locale: Locale, pathOf: (l: Locale) => string) =>
  buildAlternates(
    { locale, path: pathOf(locale) },
    locales.map((l) => ({ locale: l, path: pathOf(l) })),
  );

/** An article among its published translations (`{ locale, slug }` as getArticle returns them). */
export const articleAlternates = (locale: Locale, slug: string, translations: SlugTranslation[]) =>
  buildAlternates(
    { locale, path: articlePath(locale, slug) },
    translations.map((t) => ({ locale: t.locale, path: articlePath(t.locale, t.slug) })),
  );

/** A translated page's own slug in one language (`{ locale, slug }` as the readers' queries return them). */
export interface SlugTranslation {
  locale: Locale;
  slug: string;
}

/**
 * Alternates of a page kind whose URL is `path(locale, slug, page)`: the page among its translations. Section,
 * tag and author listings pass the languages where the listing has a translation *and* the page exists (page n
 * of a listing may not exist in a language with fewer stories).
 */
const translatedAlternates =
  (path: (locale: Locale, slug: string, page?: number) => string) =>
  (locale: Locale, slug: string, translations: SlugTranslation[], page = 1) =>
    buildAlternates(
      { locale, path: path(locale, slug, page) },
      translations.map((t) => ({ locale: t.locale, path: path(t.locale, t.slug, page) })),
    );

/** A section page (page ≥ 1) among the section's translations. */
export const sectionAlternates = translatedAlternates(sectionPath);
/** A tag page, like sectionAlternates. */
export const tagAlternates = translatedAlternates(tagPath);
/** An author page, like sectionAlternates. */
export const authorAlternates = translatedAlternates(authorPath);
/** A static page (about, contacts) among its translations: each language's row is a translation of the others. */
export const staticPageAlternates = (locale: Locale, slug: string, translations: SlugTranslation[]) =>
  buildAlternates(
    { locale, path: staticPagePath(locale, slug) },
    translations.map((t) => ({ locale: t.locale, path: staticPagePath(t.locale, t.slug) })),
  );
