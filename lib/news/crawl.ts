// What crawlers and feed readers read: sitemap rows by keyset pagination (never the whole table at once),
// the Google News window, feed items. Same visibility rule as every reader query (`visible`).
import { db, type PrismaClient } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';
import { articleTextSelect, published, visible, visibleSql } from './queries';

const order = [{ publishedAt: 'asc' as const }, { id: 'asc' as const }];

export interface SitemapStats {
  /** Published, visible language versions in this language. */
  count: number;
  /** Latest change to any of them (any column: slug changes too), for Last-Modified and ETag. */
  lastChanged: Date | null;
  /** Latest content change readers see (for the index's lastmod). */
  lastContent: Date | null;
}

export async function sitemapStats(
  locale: Locale,
  now = new Date(),
  client: PrismaClient = db(),
): Promise<SitemapStats> {
  const agg = await client.article.aggregate({
    where: visible(locale, now),
    _count: { _all: true },
    _max: { updatedAt: true, contentUpdatedAt: true },
  });
  return { count: agg._count._all, lastChanged: agg._max.updatedAt, lastContent: agg._max.contentUpdatedAt };
}

export interface SitemapRow {
  slug: string;
  lastModified: Date;
  /** Published versions of the same story in every language, this one included, in locale order. */
  translations: { locale: Locale; slug: string }[];
}

/**
 * Sitemap rows of `locale` in sitemap order (oldest first, by publishedAt then id): `take` rows from position
 * `skip`, read in batches of `batchSize` with keyset pagination on (publishedAt, id). Sitemap files stay stable
 * as stories are added: new stories land in the last file. Yields batches, so a caller can stream them out.
 */
export async function* sitemapRows(
  locale: Locale,
  {
    skip = 0,
    take = 50_000,
    batchSize = 1_000,
    now = new Date(),
    client = db(),
  }: { skip?: number; take?: number; batchSize?: number; now?: Date; client?: PrismaClient } = {},
): AsyncGenerator<SitemapRow[]> {
  if (take <= 0) return;
  const partSize = take;
  const where = visible(locale, now);
  // The first row of the part: one OFFSET lookup on the index, then pure keyset reads.
  const first = await client.article.findFirst({
    where,
    orderBy: order,
    skip,
    select: { publishedAt: true, id: true },
  });
  if (!first?.publishedAt) return;
  let after: { publishedAt: Date; id: string } | null = null;
  let left = partSize;
  while (left > 0) {
    const start: { publishedAt: Date; id: string } = after ?? { publishedAt: first.publishedAt, id: first.id };
    const boundary = {
      OR: [
        { publishedAt: { gt: start.publishedAt } },
        { publishedAt: start.publishedAt, id: after ? { gt: start.id } : { gte: start.id } },
      ],
    };
    const rows: { id: string; storyId: string; slug: string; publishedAt: Date | null; contentUpdatedAt: Date }[] =
      await client.article.findMany({
        where: { AND: [where, boundary] },
        orderBy: order,
        take: Math.min(batchSize, left),
        select: { id: true, storyId: true, slug: true, publishedAt: true, contentUpdatedAt: true },
      });
    if (rows.length === 0) return;
    const siblings = await client.article.findMany({
      where: { storyId: { in: [...new Set(rows.map((r) => r.storyId))] }, ...published(now) },
      select: { storyId: true, locale: true, slug: true },
    });
    const byStory = new Map<string, { locale: Locale; slug: string }[]>();
    for (const s of siblings) {
      const list = byStory.get(s.storyId) ?? [];
      list.push({ locale: s.locale, slug: s.slug });
      byStory.set(s.storyId, list);
    }
    yield rows.map((r) => ({
      slug: r.slug,
      lastModified: r.contentUpdatedAt,
      translations: (byStory.get(r.storyId) ?? [{ locale, slug: r.slug }]).sort(
        (a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale),
      ),
    }));
    left -= rows.length;
    const last: (typeof rows)[number] = rows[rows.length - 1];
    after = { publishedAt: last.publishedAt!, id: last.id };
    if (rows.length < batchSize) return;
  }
}

export interface NewsSitemapRow {
  slug: string;
  title: string;
  publishedAt: Date;
  updatedAt: Date;
}

/**
 * Google News: this language's stories published in the last 48 hours, and live blogs while they are live
 * (decision 0033), newest first, at most 1,000.
 */
export async function newsSitemapRows(
  locale: Locale,
  now = new Date(),
  client: PrismaClient = db(),
): Promise<NewsSitemapRow[]> {
  const rows = await client.article.findMany({
    where: {
      AND: [
        visible(locale, now),
        { OR: [{ publishedAt: { gte: new Date(now.getTime() - 48 * 3_600_000) } }, { liveStatus: 'LIVE' }] },
      ],
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 1_000,
    select: { slug: true, title: true, publishedAt: true, updatedAt: true },
  });
  return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: r.publishedAt!, updatedAt: r.updatedAt }));
}

export interface FeedItemRow {
  id: string;
  storyId: string;
  slug: string;
  title: string;
  lede: string;
  body: RichTextDoc;
  publishedAt: Date;
  contentUpdatedAt: Date;
  updatedAt: Date;
  section: string | null;
  authors: string[];
  image: { file: string; mimeType: string; alt: string } | null;
}

export interface FeedSource {
  section: { name: string; slug: string } | null;
  items: FeedItemRow[];
}

/**
 * The newest `limit` stories of a language, or of one section (by its slug in that language).
 * Null when the section does not exist in this language.
 */
export async function feedItems(
  locale: Locale,
  sectionSlug?: string,
  { limit = 30, now = new Date(), client = db() }: { limit?: number; now?: Date; client?: PrismaClient } = {},
): Promise<FeedSource | null> {
  let section: { sectionId: string; name: string; slug: string } | null = null;
  if (sectionSlug !== undefined) {
    section = await client.sectionTranslation.findUnique({
      where: { locale_slug: { locale, slug: sectionSlug } },
      select: { sectionId: true, name: true, slug: true },
    });
    if (!section) return null;
  }
  const rows = await client.article.findMany({
    where: { ...visible(locale, now), ...(section ? { story: { sectionId: section.sectionId } } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      ...articleTextSelect,
      updatedAt: true,
      story: {
        select: {
          section: { select: { translations: { where: { locale }, select: { name: true } } } },
          authors: {
            orderBy: { position: 'asc' },
            select: { author: { select: { translations: { where: { locale }, select: { name: true } } } } },
          },
          mainMedia: {
            select: { file: true, mimeType: true, translations: { where: { locale }, select: { alt: true } } },
          },
        },
      },
    },
  });
  return {
    section: section ? { name: section.name, slug: section.slug } : null,
    items: rows.map((r) => ({
      id: r.id,
      storyId: r.storyId,
      slug: r.slug,
      title: r.title,
      lede: r.lede,
      body: r.body as unknown as RichTextDoc,
      publishedAt: r.publishedAt!,
      contentUpdatedAt: r.contentUpdatedAt,
      updatedAt: r.updatedAt,
      section: r.story.section.translations[0]?.name ?? null,
      authors: r.story.authors.flatMap((a) => a.author.translations.map((t) => t.name)),
      image: r.story.mainMedia
        ? {
            file: r.story.mainMedia.file,
            mimeType: r.story.mainMedia.mimeType,
            alt: r.story.mainMedia.translations[0]?.alt ?? '',
          }
        : null,
    })),
  };
}

export interface ListingSitemapRow {
  kind: 'section' | 'tag' | 'author' | 'static';
  slug: string;
  /**
   * Listings: the latest content change of a visible story in it, in this language (null: none yet).
   * Static pages: their last edit.
   */
  lastModified: Date | null;
  /** Its translations, this one included, in locale order (page 1 of a listing exists in each). */
  translations: { locale: Locale; slug: string }[];
}

/**
 * Section, tag and author pages and the static pages (about, contacts) of one language for the sitemap. Their
 * number is small (one row per section, tag, author or page), so they come in one read; lastmod is one grouped
 * query per listing kind over `visibleSql`.
 */
export async function listingSitemapRows(
  locale: Locale,
  now = new Date(),
  client: PrismaClient = db(),
): Promise<ListingSitemapRow[]> {
  const translations = { select: { locale: true, slug: true } } as const;
  const [sections, tags, authors, pages, sectionDates, tagDates, authorDates] = await Promise.all([
    client.sectionTranslation.findMany({
      where: { locale },
      orderBy: { section: { position: 'asc' } },
      select: { slug: true, sectionId: true, section: { select: { translations } } },
    }),
    client.tagTranslation.findMany({
      where: { locale },
      orderBy: { slug: 'asc' },
      select: { slug: true, tagId: true, tag: { select: { translations } } },
    }),
    client.authorTranslation.findMany({
      where: { locale },
      orderBy: { slug: 'asc' },
      select: { slug: true, authorId: true, author: { select: { translations } } },
    }),
    client.staticPageTranslation.findMany({
      where: { locale },
      orderBy: { page: { position: 'asc' } },
      select: { slug: true, updatedAt: true, page: { select: { translations } } },
    }),
    client.$queryRaw<{ id: string; lastmod: Date }[]>`
      SELECT s."sectionId" AS id, max(a."contentUpdatedAt") AS lastmod
      FROM "Article" a JOIN "Story" s ON s.id = a."storyId"
      WHERE ${visibleSql(locale, now)}
      GROUP BY s."sectionId"`,
    client.$queryRaw<{ id: string; lastmod: Date }[]>`
      SELECT st."tagId" AS id, max(a."contentUpdatedAt") AS lastmod
      FROM "Article" a JOIN "StoryTag" st ON st."storyId" = a."storyId"
      WHERE ${visibleSql(locale, now)}
      GROUP BY st."tagId"`,
    client.$queryRaw<{ id: string; lastmod: Date }[]>`
      SELECT sa."authorId" AS id, max(a."contentUpdatedAt") AS lastmod
      FROM "Article" a JOIN "StoryAuthor" sa ON sa."storyId" = a."storyId"
      WHERE ${visibleSql(locale, now)}
      GROUP BY sa."authorId"`,
  ]);
  const byLocale = (a: { locale: Locale }, b: { locale: Locale }) =>
    locales.indexOf(a.locale) - locales.indexOf(b.locale);
  const dates = (rows: { id: string; lastmod: Date }[]) => new Map(rows.map((r) => [r.id, new Date(r.lastmod)]));
  const sd = dates(sectionDates);
  const td = dates(tagDates);
  const ad = dates(authorDates);
  const row = (
    kind: ListingSitemapRow['kind'],
    slug: string,
    lastModified: Date | null,
    versions: { locale: Locale; slug: string }[],
  ): ListingSitemapRow => ({ kind, slug, lastModified, translations: [...versions].sort(byLocale) });
  return [
    ...sections.map((s) => row('section', s.slug, sd.get(s.sectionId) ?? null, s.section.translations)),
    ...tags.map((t) => row('tag', t.slug, td.get(t.tagId) ?? null, t.tag.translations)),
    ...authors.map((a) => row('author', a.slug, ad.get(a.authorId) ?? null, a.author.translations)),
    ...pages.map((p) => row('static', p.slug, p.updatedAt, p.page.translations)),
  ];
}
