// Sequential latency of the data calls behind the reader pages that grow with the content: section
// listing (page 1 and a deep page) and search in three languages, each run N times one after another, p50/p95.
// With --plans, also the plan node types of every statement each page sends (as lib/news/queryPlans.test.ts checks).
//   DATABASE_URL=postgresql://… node --import tsx scripts/bench-queries.ts [--runs 20] [--plans]
// Read-only: it never writes.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { installTestDatabase } from '../lib/db/testing';
import { getListing } from '../lib/news/listing';
import { searchArticles } from '../lib/news/search';
import { formatReports, recordingClient, explain, type PageReport } from '../lib/news/testing/plans';
import { pageFixtures, readerPages } from '../lib/news/testing/readerPages';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, plans: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) {
  console.error('DATABASE_URL=postgresql://… is required (PostgreSQL only: plans and figures are for production).');
  process.exit(2);
}

const recorder = recordingClient(url);
installTestDatabase({ client: recorder.client, config: { kind: 'postgres', url } });
const connection = new pg.Client({ connectionString: url });
await connection.connect();

const ms = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))].toFixed(1);

async function time(label: string, fn: () => Promise<string>) {
  let note = await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    note = await fn();
    xs.push(performance.now() - t);
  }
  console.log(`${label.padEnd(44)} p50 ${ms(xs, 0.5).padStart(7)} ms  p95 ${ms(xs, 0.95).padStart(7)} ms  ${note}`);
}

try {
  const articles = (await connection.query<{ n: number }>('SELECT count(*)::int AS n FROM "Article"')).rows[0].n;
  console.log(`${url.replace(/\/\/[^@]*@/, '//')}: ${articles} language versions; ${runs} sequential runs each\n`);
  const be = await pageFixtures(connection, 'be');
  for (const page of [1, 20]) {
    await time(`section /be/section/${be.section} page ${page}`, async () => {
      const l = await getListing('section', 'be', be.section, page);
      return `${l!.stories.length} stories, total ${l!.total}${'more' in l! && l.more ? '+' : ''}, ${l!.pageCount} pages`;
    });
  }
  const searches: ['be' | 'ru' | 'en', string][] = [
    ['be', 'школа'],
    ['be', 'школы горада'],
    ['be', 'мінск'],
    ['ru', 'школа'],
    ['ru', 'городской совет'],
    ['en', 'school'],
    ['en', 'city council'],
    ['en', 'minsk'],
  ];
  for (const [locale, q] of searches) {
    await time(`search ${locale} "${q}"`, async () => {
      const r = await searchArticles(locale, q);
      return `${r.hits.length} hits, total ${r.total}${'more' in r && r.more ? '+' : ''}, ${r.pageCount} pages`;
    });
  }
  if (values.plans) {
    const reports: PageReport[] = [];
    for (const page of readerPages(be, { sitemapPartSize: 50_000 })) {
      const statements = await recorder.capture(page.render);
      const planned = [];
      for (const s of statements) planned.push({ ...s, nodes: await explain(connection, s) });
      reports.push({ page: page.page, statements: planned });
    }
    console.log(`\n${formatReports(reports)}`);
  }
} finally {
  await connection.end();
  await recorder.client.$disconnect();
}
