// Every reader URL is built here, so that links, canonicals, sitemaps and feeds agree.
import type { Locale } from '@/lib/locales';

export const frontPath = (locale: Locale) => `/${locale}`;
export const articlePath = (locale: Locale, slug: string) => `/${locale}/news/${encodeURIComponent(slug)}`;

/** The public origin, e.g. https://rekha.example; absolute URLs for canonical and hreflang links. */
export function siteOrigin(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export const absoluteUrl = (path: string) => `${siteOrigin()}${path}`;
