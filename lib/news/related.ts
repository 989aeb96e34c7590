// Related articles: same language, published; most shared tags first, then the same section, then newest.
import { db, Prisma } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { cardSelect, toCard, visibleSql } from './queries';
import type { StoryCard } from './types';

/** How many recent candidates are scored; enough for a newsroom's tags, cheap on the (locale, status, publishedAt) index. */
const CANDIDATES = 200;

export async function getRelatedArticles(
  locale: Locale,
  storyId: string,
  limit = 4,
  now = new Date(),
): Promise<StoryCard[]> {
  const client = db();
  const story = await client.story.findUnique({
    where: { id: storyId },
    select: { sectionId: true, tags: { select: { tagId: true } } },
  });
  if (!story) return [];
  const tagIds = story.tags.map((t) => t.tagId);
  // Score the newest CANDIDATES in SQL and fetch cards for the winners only (a few ids, not 200 stories with
  // their pictures and tags).
  const sharesTag = tagIds.length
    ? Prisma.sql`EXISTS (SELECT 1 FROM "StoryTag" st WHERE st."storyId" = a."storyId" AND st."tagId" IN (${Prisma.join(tagIds)}))`
    : Prisma.sql`false`;
  const shared = tagIds.length
    ? Prisma.sql`(SELECT count(*) FROM "StoryTag" st WHERE st."storyId" = c."storyId" AND st."tagId" IN (${Prisma.join(tagIds)}))`
    : // A bare `0` in ORDER BY would mean "column 0" to PostgreSQL: a typed constant is an expression.
      Prisma.sql`0::bigint`;
  const winners = await client.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM (
      SELECT a."id", a."storyId", a."publishedAt", s."sectionId"
      FROM "Article" a JOIN "Story" s ON s."id" = a."storyId"
      WHERE ${visibleSql(locale, now)} AND a."storyId" <> ${storyId} AND (s."sectionId" = ${story.sectionId} OR ${sharesTag})
      ORDER BY a."publishedAt" DESC, a."id" DESC
      LIMIT ${CANDIDATES}
    ) c
    ORDER BY ${shared} DESC, (c."sectionId" = ${story.sectionId}) DESC, c."publishedAt" DESC, c."id" DESC
    LIMIT ${limit}`;
  if (winners.length === 0) return [];
  const rows = await client.article.findMany({
    where: { id: { in: winners.map((w) => w.id) } },
    select: cardSelect(locale),
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return winners.flatMap((w) => (byId.has(w.id) ? [toCard(byId.get(w.id)!)] : []));
}
