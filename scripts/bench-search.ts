// Search benchmark: latency of lib/news/search.ts on the database the environment selects (PGlite in
// ./data/pglite, PGLITE_DIR, or DATABASE_URL), and the query plan — also with the article table grown
// to N rows inside a transaction that is rolled back (nothing is kept).
//   node --import tsx scripts/bench-search.ts [--grow 20000]
// Never run it against ./data/pglite while the app server holds it (the lock refuses anyway).
import { closeDb, db } from '../lib/db/client';
import { searchArticles } from '../lib/news/search';

const grow = Number(process.argv[process.argv.indexOf('--grow') + 1]) || 0;
const queries: ['be' | 'ru' | 'en', string][] = [
  ['be', 'школы'],
  ['be', 'беларускія школы ў Вільні'],
  // The same in Łacinka (decision 0031: folded to the same key).
  ['be', 'biełaruskija škoły ŭ Vilni'],
  ['ru', 'школы'],
  ['ru', 'городской совет'],
  ['en', 'schools'],
  ['en', 'city council budget'],
  ['en', `'); DROP TABLE "Article"; --`],
  ['en', 'x'.repeat(5000)],
];

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, p95 ${s[Math.floor(s.length * 0.95)].toFixed(1)} ms`;
}

async function latency(runs = 30) {
  await searchArticles('be', 'школа'); // warm-up
  for (const [locale, q] of queries) {
    const ms: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      total = (await searchArticles(locale, q)).total;
      ms.push(performance.now() - t);
    }
    console.log(`${locale} ${JSON.stringify(q.slice(0, 30))}: ${total} hits, ${stats(ms)}`);
  }
}

const PLAN_BE = `EXPLAIN ANALYZE SELECT "id" FROM "Article" WHERE "searchVector" @@ to_tsquery('simple', '''школ'':*') AND "locale" = 'be' AND "status" = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY ts_rank("searchVector", to_tsquery('simple', '''школ'':*')) DESC LIMIT 10`;
const PLAN_EN = `EXPLAIN ANALYZE SELECT "id" FROM "Article" WHERE "searchVector" @@ websearch_to_tsquery('english', 'city council') AND "locale" = 'en' AND "status" = 'PUBLISHED' AND "publishedAt" <= now() LIMIT 10`;

type PlanRow = { 'QUERY PLAN': string };
const print = (title: string, rows: PlanRow[]) =>
  console.log(`\n${title}\n${rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`);

try {
  const n = await db().article.count();
  console.log(`articles: ${n}\n`);
  await latency();
  print('plan (be prefix query, demo data):', await db().$queryRawUnsafe<PlanRow[]>(PLAN_BE));
  if (grow > 0) {
    await db()
      .$transaction(
        async (tx) => {
          const t = performance.now();
          // Copies share storyId+locale with their original: drop that unique index inside this transaction only.
          await tx.$executeRawUnsafe('DROP INDEX "Article_storyId_locale_key"');
          await tx.$executeRawUnsafe(`
            INSERT INTO "Article" ("id", "storyId", "locale", "slug", "title", "lede", "body", "status", "publishedAt", "contentUpdatedAt", "updatedAt")
            SELECT 'bench-' || g || '-' || a."id", a."storyId", a."locale", a."slug" || '-bench-' || g, a."title", a."lede", a."body", a."status",
                   a."publishedAt" - (g || ' hours')::interval, a."contentUpdatedAt", now()
            FROM "Article" a, generate_series(1, ${Math.ceil(grow / n)}) g`);
          await tx.$executeRawUnsafe('ANALYZE "Article"');
          console.log(
            `\ngrown to ${await tx.article.count()} articles in ${((performance.now() - t) / 1000).toFixed(1)} s (rolled back at the end)`,
          );
          print('plan (be prefix query, grown):', await tx.$queryRawUnsafe<PlanRow[]>(PLAN_BE));
          print('plan (en websearch query, grown):', await tx.$queryRawUnsafe<PlanRow[]>(PLAN_EN));
          throw new Error('rollback');
        },
        { timeout: 600_000, maxWait: 10_000 },
      )
      .catch((e) => {
        if ((e as Error).message !== 'rollback') throw e;
      });
  }
} finally {
  await closeDb();
}
