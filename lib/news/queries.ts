// Reader-side data access: pages ask for what they show; nothing else builds queries.
import { db, Prisma } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';
import type { ArticleView, FrontPage, HeadlineItem, ImageView, SectionLink, StoryCard } from './types';

/** Readers see a language version when it is published, its publication time has come and it is not deleted. */
export function published(now: Date) {
  return { status: 'PUBLISHED' as const, publishedAt: { lte: now }, deletedAt: null };
}

/** `published` in one language: what every reader list and page asks for. */
export function visible(locale: Locale, now: Date) {
  return { locale, ...published(now) };
}

/** The rule of `visible` for raw SQL over "Article" aliased `a` (search, most read, sitemaps). */
export function visibleSql(locale: Locale, now: Date): Prisma.Sql {
  return Prisma.sql`a."locale" = ${locale}::"Locale" AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now} AND a."deletedAt" IS NULL`;
}

/** A picture as cards and articles show it, with its texts in `locale` (the newsroom preview too). */
export function mediaSelect(locale: Locale) {
  return {
    select: {
      file: true,
      width: true,
      height: true,
      credit: true,
      translations: { where: { locale }, select: { alt: true, caption: true } },
    },
  };
}

/** A language version's own text and times: the article page and the feeds read the same fields. */
export const articleTextSelect = {
  id: true,
  storyId: true,
  slug: true,
  title: true,
  lede: true,
  body: true,
  publishedAt: true,
  contentUpdatedAt: true,
} as const;

export function cardSelect(locale: Locale) {
  return {
    id: true,
    locale: true,
    slug: true,
    title: true,
    lede: true,
    publishedAt: true,
    liveStatus: true,
    story: {
      select: {
        section: { select: { translations: { where: { locale }, select: { name: true, slug: true } } } },
        mainMedia: mediaSelect(locale),
      },
    },
  } as const;
}

export type MediaRow = {
  file: string;
  width: number;
  height: number;
  credit: string;
  translations: { alt: string; caption: string }[];
} | null;

export function toImage(media: MediaRow): ImageView | null {
  if (!media) return null;
  const t = media.translations[0];
  return {
    src: media.file,
    width: media.width,
    height: media.height,
    alt: t?.alt ?? '',
    caption: t?.caption ?? '',
    credit: media.credit,
  };
}

export type CardRow = {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  lede: string;
  publishedAt: Date | null;
  liveStatus?: 'LIVE' | 'ENDED' | null;
  story: { section: { translations: SectionLink[] }; mainMedia: MediaRow };
};

export function toCard(row: CardRow): StoryCard {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    lede: row.lede,
    publishedAt: row.publishedAt ?? new Date(0),
    section: row.story.section.translations[0] ?? null,
    image: toImage(row.story.mainMedia),
    ...(row.liveStatus === 'LIVE' ? { live: true } : {}),
  };
}

export async function getLatestNews(locale: Locale, limit = 12, now = new Date()): Promise<HeadlineItem[]> {
  const rows = await db().article.findMany({
    where: visible(locale, now),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, slug: true, title: true, publishedAt: true, liveStatus: true },
  });
  return rows.map(({ liveStatus, ...r }) => ({
    ...r,
    publishedAt: r.publishedAt ?? new Date(0),
    live: liveStatus === 'LIVE',
  }));
}

export async function getNavSections(locale: Locale): Promise<SectionLink[]> {
  return db().sectionTranslation.findMany({
    where: { locale },
    orderBy: { section: { position: 'asc' } },
    select: { name: true, slug: true },
  });
}

const FRONT_LATEST = 13;
const PER_SECTION = 4;

export async function getFrontPage(locale: Locale, now = new Date()): Promise<FrontPage> {
  const client = db();
  const select = cardSelect(locale);
  const [latestRows, sections] = await Promise.all([
    client.article.findMany({
      where: visible(locale, now),
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: FRONT_LATEST,
      select,
    }),
    client.section.findMany({
      orderBy: { position: 'asc' },
      select: { id: true, translations: { where: { locale }, select: { name: true, slug: true } } },
    }),
  ]);
  const latest = latestRows.map(toCard);
  // The top story is the newest with a picture among the freshest few; otherwise simply the newest.
  const top = latest.slice(0, 6).find((s) => s.image) ?? latest[0] ?? null;
  const rest = latest.filter((s) => s !== top);

  const sectionBlocks = await Promise.all(
    sections
      .filter((s) => s.translations.length > 0)
      .map(async (s) => {
        const rows = await client.article.findMany({
          where: { ...visible(locale, now), story: { sectionId: s.id } },
          orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
          take: PER_SECTION,
          select,
        });
        return { section: s.translations[0], stories: rows.map(toCard) };
      }),
  );
  return { top, latest: rest, sections: sectionBlocks.filter((b) => b.stories.length > 0) };
}

/** What an article page shows of its story in one language: section, main picture, tags and authors in order. */
export function storyShownSelect(locale: Locale) {
  const names = { translations: { where: { locale }, select: { name: true, slug: true } } };
  return {
    section: { select: names },
    mainMedia: mediaSelect(locale),
    tags: { orderBy: { position: 'asc' as const }, select: { tag: { select: names } } },
    authors: { orderBy: { position: 'asc' as const }, select: { author: { select: names } } },
  };
}

/** A language version as readers see it, or null when it does not exist or is not published. */
export async function getArticle(locale: Locale, slug: string, now = new Date()): Promise<ArticleView | null> {
  const row = await db().article.findFirst({
    where: { ...visible(locale, now), slug },
    select: {
      ...articleTextSelect,
      locale: true,
      liveStatus: true,
      liveStartedAt: true,
      liveEndedAt: true,
      translatedFrom: { select: { locale: true } },
      // Current correction notices, oldest first (decision 0028).
      corrections: {
        where: { endedAt: null },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        select: { text: true, at: true },
      },
      story: {
        select: {
          ...storyShownSelect(locale),
          articles: {
            where: published(now),
            select: { locale: true, slug: true },
          },
        },
      },
    },
  });
  if (!row) return null;
  const order = (l: Locale) => locales.indexOf(l);
  return {
    id: row.id,
    storyId: row.storyId,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    lede: row.lede,
    body: row.body as unknown as RichTextDoc,
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.contentUpdatedAt,
    section: row.story.section.translations[0] ?? null,
    tags: row.story.tags.flatMap((t) => t.tag.translations),
    authors: row.story.authors.flatMap((a) => a.author.translations),
    image: toImage(row.story.mainMedia),
    translatedFrom: row.translatedFrom?.locale ?? null,
    translations: [...row.story.articles].sort((a, b) => order(a.locale) - order(b.locale)),
    corrections: row.corrections,
    live: row.liveStatus ? { status: row.liveStatus, startedAt: row.liveStartedAt, endedAt: row.liveEndedAt } : null,
  };
}
