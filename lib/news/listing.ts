// Section, tag and author pages: one paginated list of stories in one language.
import { db, Prisma } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import { cardSelect, toCard, visibleSql } from './queries';
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

/** The owner's id and its slug in every language, whichever kind it is. */
const ownerSelect = { select: { id: true, translations: { select: { locale: true, slug: true } } } } as const;

type Found = { name: string; slug: string; bio?: string; owner: { id: string; translations: TranslationLink[] } };

/** The section, tag or author with this slug in `locale`, read through its own translation table. */
function findTranslation(kind: ListingKind, locale: Locale, slug: string): Promise<Found | null> {
  const client = db();
  const where = { locale_slug: { locale, slug } };
  if (kind === 'section')
    return client.sectionTranslation
      .findUnique({ where, select: { name: true, slug: true, section: ownerSelect } })
      .then((row) => row && { ...row, owner: row.section });
  if (kind === 'tag')
    return client.tagTranslation
      .findUnique({ where, select: { name: true, slug: true, tag: ownerSelect } })
      .then((row) => row && { ...row, owner: row.tag });
  return client.authorTranslation
    .findUnique({ where, select: { name: true, slug: true, bio: true, author: ownerSelect } })
    .then((row) => row && { ...row, owner: row.author });
}

async function findOwner(kind: ListingKind, locale: Locale, slug: string): Promise<Owner | null> {
  const row = await findTranslation(kind, locale, slug);
  if (!row) return null;
  const order = (a: TranslationLink, b: TranslationLink) => locales.indexOf(a.locale) - locales.indexOf(b.locale);
  return {
    id: row.owner.id,
    name: row.name,
    slug: row.slug,
    description: row.bio ?? '',
    translations: row.owner.translations.sort(order),
  };
}

/** The stories of a section, tag or author, as a condition on "Article" a (a semi-join: no join to "Story" rows). */
function belongsTo(kind: ListingKind, id: string): Prisma.Sql {
  if (kind === 'section')
    return Prisma.sql`EXISTS (SELECT 1 FROM "Story" s WHERE s."id" = a."storyId" AND s."sectionId" = ${id})`;
  if (kind === 'tag')
    return Prisma.sql`EXISTS (SELECT 1 FROM "StoryTag" st WHERE st."storyId" = a."storyId" AND st."tagId" = ${id})`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "StoryAuthor" sa WHERE sa."storyId" = a."storyId" AND sa."authorId" = ${id})`;
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
  const where = Prisma.sql`${visibleSql(locale, now)} AND ${belongsTo(kind, owner.id)}`;
  const client = db();
  const cap = maxPages * pageSize;
  // Counted through the same index walk as the page, stopping after `cap + 1` stories.
  const count = client.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Article" a WHERE ${where} ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${cap + 1}) x`;
  if (page > maxPages) return listing(owner, kind, [], page, pageSize, (await count)[0].n, cap);
  const [[{ n: counted }], ids] = await Promise.all([
    count,
    client.$queryRaw<{ id: string }[]>`
      SELECT a."id" FROM "Article" a WHERE ${where}
      ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const rows = ids.length
    ? await client.article.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: cardSelect(locale) })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const stories = ids.flatMap((r) => (byId.has(r.id) ? [toCard(byId.get(r.id)!)] : []));
  return listing(owner, kind, stories, page, pageSize, counted, cap);
}

function listing(
  owner: Owner,
  kind: ListingKind,
  stories: StoryCard[],
  page: number,
  pageSize: number,
  counted: number,
  cap: number,
): Listing {
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
