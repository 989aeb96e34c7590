// Related articles: same language, published; most shared tags first, then the same section, then newest.
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { cardSelect, toCard, visible } from './queries';
import type { StoryCard } from './types';

/** How many recent candidates are scored; enough for a newsroom's tags, cheap on the (locale, status, publishedAt) index. */
const CANDIDATES = 200;

export async function getRelatedArticles(locale: Locale, storyId: string, limit = 4, now = new Date()): Promise<StoryCard[]> {
  const client = db();
  const story = await client.story.findUnique({ where: { id: storyId }, select: { sectionId: true, tags: { select: { tagId: true } } } });
  if (!story) return [];
  const tagIds = story.tags.map((t) => t.tagId);
  const rows = await client.article.findMany({
    where: {
      ...visible(locale, now),
      storyId: { not: storyId },
      story: { OR: [{ sectionId: story.sectionId }, ...(tagIds.length ? [{ tags: { some: { tagId: { in: tagIds } } } }] : [])] },
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: CANDIDATES,
    select: { ...cardSelect(locale), story: { select: { ...cardSelect(locale).story.select, sectionId: true, tags: { select: { tagId: true } } } } },
  });
  const wanted = new Set(tagIds);
  const scored = rows.map((row, recency) => ({
    row,
    shared: row.story.tags.filter((t) => wanted.has(t.tagId)).length,
    sameSection: row.story.sectionId === story.sectionId ? 1 : 0,
    recency,
  }));
  scored.sort((a, b) => b.shared - a.shared || b.sameSection - a.sameSection || a.recency - b.recency);
  return scored.slice(0, limit).map((s) => toCard(s.row));
}
