// Static pages (about, contacts): one row per language, edited by editors, read here.
import { db } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';
import type { TranslationLink } from './types';

export interface StaticPageView {
  key: string;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  body: RichTextDoc;
  updatedAt: Date;
  translations: TranslationLink[];
}

export interface StaticPageLink {
  key: string;
  slug: string;
  title: string;
}

export async function getStaticPage(locale: Locale, slug: string): Promise<StaticPageView | null> {
  const row = await db().staticPageTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: {
      locale: true,
      slug: true,
      title: true,
      description: true,
      body: true,
      updatedAt: true,
      page: { select: { key: true, translations: { select: { locale: true, slug: true } } } },
    },
  });
  if (!row) return null;
  return {
    key: row.page.key,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    description: row.description,
    body: row.body as unknown as RichTextDoc,
    updatedAt: row.updatedAt,
    translations: row.page.translations.sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale)),
  };
}

/** Links for the footer, in the pages' order. */
export async function getStaticPageLinks(locale: Locale): Promise<StaticPageLink[]> {
  const rows = await db().staticPageTranslation.findMany({
    where: { locale },
    orderBy: { page: { position: 'asc' } },
    select: { slug: true, title: true, page: { select: { key: true } } },
  });
  return rows.map((r) => ({ key: r.page.key, slug: r.slug, title: r.title }));
}
