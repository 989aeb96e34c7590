// Test helper: a long live blog without the newsroom UI — `count` entries written in batches, one minute apart,
// the newest `newest` minutes ago (entry n is the n-th oldest). Used by Vitest and the e2e fixture.
import { db } from '@/lib/db/client';

const BATCH = 500;

/** The e2e database's long ended live blog (scripts/e2e-live-fixture.ts, e2e/live-blog.spec.ts). */
export const E2E_LONG_LIVE_BLOG = { key: 'b-podlasie-spring-floods', locale: 'en', entries: 2000 } as const;

export async function insertLiveEntries(
  articleId: string,
  count: number,
  { newest = new Date(), label = 'Запіс' }: { newest?: Date; label?: string } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const rows = [];
    for (let n = start; n < Math.min(count, start + BATCH); n++) {
      const id = `le${articleId.slice(-10)}${n.toString(36).padStart(4, '0')}`;
      ids.push(id);
      rows.push({
        id,
        articleId,
        title: n % 100 === 0 ? `${label} ${n + 1}` : null,
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: `${label} ${n + 1}.` }] }],
        },
        authorName: 'Рэдакцыя',
        publishedAt: new Date(newest.getTime() - (count - 1 - n) * 60_000),
        keyEvent: n % 500 === 0,
      });
    }
    await db().liveEntry.createMany({ data: rows });
  }
  return ids;
}
