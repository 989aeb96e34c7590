// Section, tag and author pages: one paginated list of stories in one language.
import { db } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import { cardSelect, toCard, visible } from './queries';
import type { StoryCard, TranslationLink } from './types';

import { LISTING_PAGE_SIZE } from './pageSizes';

export { LISTING_PAGE_SIZE };

export type ListingKind = 'section' | 'tag' | 'author';

export interface Listing {
  kind: ListingKind;
  name: string;
  slug: string;
  /** Author's bio; empty elsewhere. */
  description: string;
  /** The same section/tag/author in every language that has it, this one included. */
  translations: TranslationLink[];
  stories: StoryCard[];
  page: number;
  pageCount: number;
  total: number;
}

/**
 * A page number from the URL segment: digits only, no leading zero, at least 2 (page 1 has no /page/N form).
 * Anything else is null, which the route answers with 404 (or a redirect for "1").
 */
export function parsePageSegment(segment: string): number | 'first' | null {
  if (segment === '1') return 'first';
  if (!/^[1-9]\d{0,5}$/.test(segment)) return null;
  return Number(segment);
}

type Owner = { id: string; name: string; slug: string; description: string; translations: TranslationLink[] };

async function findOwner(kind: ListingKind, locale: Locale, slug: string): Promise<Owner | null> {
  const client = db();
  const order = (a: TranslationLink, b: TranslationLink) => locales.indexOf(a.locale) - locales.indexOf(b.locale);
  if (kind === 'section') {
    const row = await client.sectionTranslation.findUnique({
      where: { locale_slug: { locale, slug } },
      select: { name: true, slug: true, section: { select: { id: true, translations: { select: { locale: true, slug: true } } } } },
    });
    return row ? { id: row.section.id, name: row.name, slug: row.slug, description: '', translations: row.section.translations.sort(order) } : null;
  }
  if (kind === 'tag') {
    const row = await client.tagTranslation.findUnique({
      where: { locale_slug: { locale, slug } },
      select: { name: true, slug: true, tag: { select: { id: true, translations: { select: { locale: true, slug: true } } } } },
    });
    return row ? { id: row.tag.id, name: row.name, slug: row.slug, description: '', translations: row.tag.translations.sort(order) } : null;
  }
  const row = await client.authorTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: {
      name: true,
      slug: true,
      bio: true,
      author: { select: { id: true, translations: { select: { locale: true, slug: true } } } },
    },
  });
  return row
    ? { id: row.author.id, name: row.name, slug: row.slug, description: row.bio, translations: row.author.translations.sort(order) }
    : null;
}

function storyFilter(kind: ListingKind, id: string) {
  if (kind === 'section') return { sectionId: id };
  if (kind === 'tag') return { tags: { some: { tagId: id } } };
  return { authors: { some: { authorId: id } } };
}

/**
 * One page of a section, tag or author in `locale`, newest first; null when no such slug exists in this
 * language. A page past the end comes back with `page > pageCount` (the route answers 404).
 */
export async function getListing(
  kind: ListingKind,
  locale: Locale,
  slug: string,
  page = 1,
  now = new Date(),
  pageSize = LISTING_PAGE_SIZE,
): Promise<Listing | null> {
  const owner = await findOwner(kind, locale, slug);
  if (!owner) return null;
  const where = { ...visible(locale, now), story: storyFilter(kind, owner.id) };
  const client = db();
  const [total, rows] = await Promise.all([
    client.article.count({ where }),
    client.article.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: cardSelect(locale),
    }),
  ]);
  return {
    kind,
    name: owner.name,
    slug: owner.slug,
    description: owner.description,
    translations: owner.translations,
    stories: rows.map(toCard),
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}
