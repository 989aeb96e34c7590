// Reader queries of live blogs (decision 0033): a page of entries newest first (offset pages over the index
// (articleId, publishedAt desc, id desc)), the pinned entry, the key events with the page each is on, where one
// entry's permalink lands, and the newest entries for the updates JSON.
import { db, Prisma } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';
import { LIVE_PAGE_SIZE, LIVE_UPDATES_SIZE } from './pageSizes';
import { visible } from './queries';

export interface LiveEntryView {
  id: string;
  title: string | null;
  body: RichTextDoc;
  authorName: string;
  publishedAt: Date;
  pinned: boolean;
  keyEvent: boolean;
}

export interface KeyEventLink {
  id: string;
  title: string | null;
  publishedAt: Date;
  /** The live-blog page the entry is on (1: the article page). */
  page: number;
}

export interface LiveBlogPage {
  entries: LiveEntryView[];
  /** Entries in all (not removed). */
  total: number;
  pages: number;
  page: number;
  pinned: LiveEntryView | null;
  keyEvents: KeyEventLink[];
}

const entrySelect = {
  id: true,
  title: true,
  body: true,
  authorName: true,
  publishedAt: true,
  pinned: true,
  keyEvent: true,
} as const;

type EntryRow = Prisma.LiveEntryGetPayload<{ select: typeof entrySelect }>;
const toView = (r: EntryRow): LiveEntryView => ({ ...r, body: r.body as unknown as RichTextDoc });

const newestFirst = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];
/** Key events listed in the jump menu, newest first. */
export const MAX_KEY_EVENTS = 30;

/** One page of a live blog's entries; null when the page is past the last (page 1 always exists). */
export async function getLiveBlogPage(articleId: string, page = 1): Promise<LiveBlogPage | null> {
  if (!Number.isSafeInteger(page) || page < 1) return null;
  const where = { articleId, deletedAt: null };
  const client = db();
  const total = await client.liveEntry.count({ where });
  const pages = Math.max(1, Math.ceil(total / LIVE_PAGE_SIZE));
  if (page > pages) return null;
  const [rows, pinned, keyEvents] = await Promise.all([
    client.liveEntry.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * LIVE_PAGE_SIZE,
      take: LIVE_PAGE_SIZE,
      select: entrySelect,
    }),
    page === 1 ? client.liveEntry.findFirst({ where: { ...where, pinned: true }, select: entrySelect }) : null,
    keyEventLinks(articleId),
  ]);
  return { entries: rows.map(toView), total, pages, page, pinned: pinned ? toView(pinned) : null, keyEvents };
}

async function keyEventLinks(articleId: string): Promise<KeyEventLink[]> {
  // The position of each key event among all entries, from one pass over the index.
  const rows = await db().$queryRaw<{ id: string; title: string | null; publishedAt: Date; position: bigint }[]>`
    SELECT id, title, "publishedAt", position FROM (
      SELECT id, title, "publishedAt", "keyEvent",
             row_number() OVER (ORDER BY "publishedAt" DESC, id DESC) AS position
      FROM "LiveEntry" WHERE "articleId" = ${articleId} AND "deletedAt" IS NULL
    ) e WHERE "keyEvent" ORDER BY position LIMIT ${MAX_KEY_EVENTS}`;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publishedAt: r.publishedAt,
    page: Math.floor((Number(r.position) - 1) / LIVE_PAGE_SIZE) + 1,
  }));
}

/** Where an entry's permalink lands: its live blog (as readers see it) and the page it is on; null if none. */
export async function getLiveEntryLocation(
  locale: Locale,
  entryId: string,
  now = new Date(),
): Promise<{ slug: string; page: number } | null> {
  if (!entryId || entryId.length > 64) return null;
  const entry = await db().liveEntry.findFirst({
    where: { id: entryId, deletedAt: null, article: { ...visible(locale, now), liveStatus: { not: null } } },
    select: { articleId: true, publishedAt: true, id: true, article: { select: { slug: true } } },
  });
  if (!entry) return null;
  const newer = await db().liveEntry.count({
    where: {
      articleId: entry.articleId,
      deletedAt: null,
      OR: [{ publishedAt: { gt: entry.publishedAt } }, { publishedAt: entry.publishedAt, id: { gt: entry.id } }],
    },
  });
  return { slug: entry.article.slug, page: Math.floor(newer / LIVE_PAGE_SIZE) + 1 };
}

/** The live blog a reader page shows, by language and slug (null when not visible or not a live blog). */
export async function getLiveBlogBySlug(locale: Locale, slug: string, now = new Date()) {
  return db().article.findFirst({
    where: { ...visible(locale, now), slug, liveStatus: { not: null } },
    select: { id: true, storyId: true, liveStatus: true, liveEndedAt: true, title: true, lede: true, slug: true },
  });
}

/** The newest entries, for the updates JSON. */
export async function getLatestLiveEntries(articleId: string, take = LIVE_UPDATES_SIZE): Promise<LiveEntryView[]> {
  const rows = await db().liveEntry.findMany({
    where: { articleId, deletedAt: null },
    orderBy: newestFirst,
    take,
    select: entrySelect,
  });
  return rows.map(toView);
}
