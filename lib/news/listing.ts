// Section, tag and author pages: one paginated list of stories in one language.
import { db } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import { cardSelect, toCard, visible } from './queries';
import type { StoryCard, TranslationLink } from './types';

import { LISTING_MAX_PAGES, LISTING_PAGE_SIZE } from './pageSizes';

export { LISTING_MAX_PAGES, LISTING_PAGE_SIZE };

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
  /** At most LISTING_MAX_PAGES. */
  pageCount: number;
  /** Stories in the listing, counted up to the deepest page (see `more`). */
  total: number;
  /** True when there are more stories than the LISTING_MAX_PAGES pages show: `total` is then a lower bound. */
  more: boolean;
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
 * language. A page past the end — or past LISTING_MAX_PAGES — comes back with `page > pageCount` (the route
 * answers 404). The count stops after LISTING_MAX_PAGES pages of stories, so its cost does not grow with the
 * section: it reads at most that many rows through the (locale, status, publishedAt, id) index.
 */
export async function getListing(
  kind: ListingKind,
  locale: Locale,
  slug: string,
  page = 1,
  now = new Date(),
  pageSize = LISTING_PAGE_SIZE,
  maxPages = LISTING_MAX_PAGES,
): Promise<Listing | null> {
  const owner = await findOwner(kind, locale, slug);
  if (!owner) return null;
  const where = { ...visible(locale, now), story: storyFilter(kind, owner.id) };
  const client = db();
  const cap = maxPages * pageSize;
  if (page > maxPages) {
    const counted = await client.article.count({ where, take: cap + 1 });
    return listing(owner, kind, [], page, pageSize, counted, cap);
  }
  const [counted, rows] = await Promise.all([
    client.article.count({ where, take: cap + 1 }),
    client.article.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: cardSelect(locale),
    }),
  ]);
  return listing(owner, kind, rows.map(toCard), page, pageSize, counted, cap);
}

function listing(owner: Owner, kind: ListingKind, stories: StoryCard[], page: number, pageSize: number, counted: number, cap: number): Listing {
  const more = counted > cap;
  const total = Math.min(counted, cap);
  return {
    kind,
    name: owner.name,
    slug: owner.slug,
    description: owner.description,
    translations: owner.translations,
    stories,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
    more,
  };
}
