// The e2e database's long live blog (decision 0033): the English version of an old demo story becomes an ended
// live blog with 2,000 entries, written through lib (lib/news/testing/live.ts) in batches, never through the UI.
// Ended, so it is in no news sitemap and no list marks it: the demo counts the reader specs check stay as they
// are. Run by scripts/e2e-server.sh after the seed: `node --import tsx scripts/e2e-live-fixture.ts`.
import { openDatabase, resolveDatabaseConfig } from '../lib/db/client';
import { installTestDatabase } from '../lib/db/testing';
import { E2E_LONG_LIVE_BLOG as LONG_LIVE_BLOG, insertLiveEntries } from '../lib/news/testing/live';
import { seedIds } from '../prisma/seed/taxonomy';

const database = openDatabase(resolveDatabaseConfig(), { purpose: 'e2e live-blog fixture' });
installTestDatabase(database);
try {
  const id = seedIds.article(LONG_LIVE_BLOG.key, LONG_LIVE_BLOG.locale);
  const article = await database.client.article.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } });
  const started = article.publishedAt!;
  const ended = new Date(started.getTime() + (LONG_LIVE_BLOG.entries + 1) * 60_000);
  await database.client.liveEntry.deleteMany({ where: { articleId: id } });
  await database.client.article.update({
    where: { id },
    data: { liveStatus: 'ENDED', liveStartedAt: started, liveEndedAt: ended },
  });
  await insertLiveEntries(id, LONG_LIVE_BLOG.entries, { newest: new Date(ended.getTime() - 60_000), label: 'Update' });
  console.log(`live-blog fixture: ${LONG_LIVE_BLOG.entries} entries on ${id}`);
} finally {
  await database.close();
}
