// The <head> of every reader page, built in one place: title, description, canonical, hreflang,
// OpenGraph, Twitter card, robots and feed autodiscovery. Pages call frontMetadata / articleMetadata;
// section and tag pages call listingMetadata with sectionAlternates / tagAlternates (decision 0005).
import type { Metadata } from 'next';
import { localeConfig, locales, type Locale } from '@/lib/locales';
import type { ImageView } from '@/lib/news/types';
import { absoluteUrl, articleLitePath, feedPath } from '@/lib/paths';
import { articleAlternates, frontAlternates, type Alternates } from './alternates';
import { isoWithOffset } from '@/lib/time/minsk';
import { notFoundStrings, seoStrings, siteStrings } from './strings';

/**
 * The `<title>` of every reader page: the page's own title, then the site's name as readers of this language
 * know it. Section, tag and author names are often spelled alike in Belarusian and Russian ("Культура"), so
 * the name differs by language (`site.titleName`): no two languages' pages share a title.
 */
export function siteTitle(locale: Locale): NonNullable<Metadata['title']> {
  const site = siteStrings(locale);
  return { default: `${site('name')} — ${site('tagline')}`, template: `%s — ${site('titleName')}` };
}

/** The head of a 404 page (components/NotFoundPage.tsx): its title in the reader's language, never indexed. */
export function notFoundMetadata(locale: Locale): Metadata {
  return { title: notFoundStrings(locale)('title'), robots: { index: false, follow: true } };
}

/** Let search engines show large image previews (Google Discover, Top stories). */
export const readerRobots: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  googleBot: { index: true, follow: true, 'max-image-preview': 'large' },
};

/** `<link rel="alternate" type="application/rss+xml|atom+xml">` for the language feed (and a section's). */
export function feedLinks(locale: Locale, section?: { name: string; slug: string }) {
  const t = seoStrings(locale);
  const rss = [{ url: absoluteUrl(feedPath(locale, 'rss')), title: `${t('feedTitle')} (RSS)` }];
  const atom = [{ url: absoluteUrl(feedPath(locale, 'atom')), title: `${t('feedTitle')} (Atom)` }];
  if (section) {
    const title = t('sectionFeedTitle', { section: section.name });
    rss.unshift({ url: absoluteUrl(feedPath(locale, 'rss', section.slug)), title: `${title} (RSS)` });
    atom.unshift({ url: absoluteUrl(feedPath(locale, 'atom', section.slug)), title: `${title} (Atom)` });
  }
  return { 'application/rss+xml': rss, 'application/atom+xml': atom };
}

/** OpenGraph locale of this page and of its other published languages. */
function ogLocales(locale: Locale, alternates: Alternates) {
  const published = locales.filter((l) => alternates.languages[localeConfig[l].htmlLang]);
  return {
    locale: localeConfig[locale].ogLocale,
    alternateLocale: published.filter((l) => l !== locale).map((l) => localeConfig[l].ogLocale),
  };
}

const ogImage = (image: ImageView) => ({
  url: absoluteUrl(image.src),
  width: image.width,
  height: image.height,
  alt: image.alt,
});

export interface ListingMetadataInput {
  locale: Locale;
  title: string;
  description: string;
  alternates: Alternates;
  /** A section's own feeds are advertised next to the language feed. */
  section?: { name: string; slug: string };
  image?: ImageView | null;
}

/** Front, section and tag pages: a `website` in OpenGraph terms. */
export function listingMetadata({
  locale,
  title,
  description,
  alternates,
  section,
  image,
}: ListingMetadataInput): Metadata {
  const site = siteStrings(locale)('name');
  return {
    title,
    description,
    alternates: { canonical: alternates.canonical, languages: alternates.languages, types: feedLinks(locale, section) },
    robots: readerRobots,
    openGraph: {
      type: 'website',
      siteName: site,
      url: alternates.canonical,
      title,
      description,
      ...ogLocales(locale, alternates),
      ...(image ? { images: [ogImage(image)] } : {}),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      ...(image ? { images: [absoluteUrl(image.src)] } : {}),
    },
  };
}

export function frontMetadata(locale: Locale, title: string): Metadata {
  const site = siteStrings(locale);
  return listingMetadata({ locale, title, description: site('tagline'), alternates: frontAlternates(locale) });
}

export interface ArticleForMetadata {
  locale: Locale;
  slug: string;
  title: string;
  lede: string;
  publishedAt: Date;
  updatedAt: Date;
  section: { name: string; slug: string } | null;
  tags: { name: string }[];
  authors: { name: string }[];
  image: ImageView | null;
  translations: { locale: Locale; slug: string }[];
}

export function articleMetadata(article: ArticleForMetadata): Metadata {
  const { locale } = article;
  const alternates = articleAlternates(locale, article.slug, article.translations);
  const site = siteStrings(locale)('name');
  return {
    title: article.title,
    description: article.lede,
    alternates: {
      canonical: alternates.canonical,
      languages: alternates.languages,
      types: {
        ...feedLinks(locale, article.section ?? undefined),
        // The lite version of this article (no JavaScript), named so that readers' tools can find it.
        'text/html': [{ url: absoluteUrl(articleLitePath(locale, article.slug)), title: 'lite' }],
      },
    },
    robots: readerRobots,
    openGraph: {
      type: 'article',
      siteName: site,
      url: alternates.canonical,
      title: article.title,
      description: article.lede,
      ...ogLocales(locale, alternates),
      publishedTime: isoWithOffset(article.publishedAt),
      modifiedTime: isoWithOffset(article.updatedAt),
      ...(article.section ? { section: article.section.name } : {}),
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => a.name),
      ...(article.image ? { images: [ogImage(article.image)] } : {}),
    },
    twitter: {
      card: article.image ? 'summary_large_image' : 'summary',
      title: article.title,
      description: article.lede,
      ...(article.image ? { images: [{ url: absoluteUrl(article.image.src), alt: article.image.alt }] } : {}),
    },
  };
}
