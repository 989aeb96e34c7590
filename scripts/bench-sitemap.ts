// Benchmark: sitemap generation for many stories. Prints figures; asserts nothing.
//   node --import tsx scripts/bench-sitemap.ts [stories=100000]
// Uses a fresh PGlite in a temp directory (or a fresh database on BENCH_POSTGRES_URL's server), migrated by
// the real Prisma CLI, filled with generated rows by SQL (every story in be, every second one also in en).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, resolveDatabaseConfig } from '../lib/db/client';
import { newsSitemapXml, sitemapPartXml, sitemapParts } from '../lib/seo/sitemap';
import { sitemapStats } from '../lib/news/crawl';

const N = Number(process.argv[2] ?? 100_000);
const root = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sitemap-'));
let env: Record<string, string | undefined>;
let dropPg: (() => Promise<void>) | null = null;
if (process.env.BENCH_POSTGRES_URL) {
  const server = process.env.BENCH_POSTGRES_URL;
  const name = `bench_sitemap_${crypto.randomBytes(3).toString('hex')}`;
  const u = new URL(server);
  u.pathname = `/${name}`;
  env = { DATABASE_URL: u.toString() };
  dropPg = async () => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
} else {
  env = { DATABASE_URL: '', PGLITE_DIR: path.join(tmp, 'pglite') };
}
const childEnv = { ...process.env, ...env, CHECKPOINT_DISABLE: '1' };
const run = spawnSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
  cwd: root,
  env: childEnv,
  encoding: 'utf8',
});
if (run.status !== 0) throw new Error(run.stdout + run.stderr);

const database = openDatabase(resolveDatabaseConfig({ ...env }, root), { purpose: 'bench-sitemap' });
const c = database.client;
const t0 = performance.now();
await c.$executeRawUnsafe(`INSERT INTO "Section" (id, position) VALUES ('s', 0)`);
await c.$executeRawUnsafe(
  `INSERT INTO "Story" (id, "sectionId", "updatedAt") SELECT 'st' || g, 's', now() FROM generate_series(1, ${N}) g`,
);
await c.$executeRawUnsafe(`INSERT INTO "Article" (id, "storyId", locale, slug, title, lede, body, status, "publishedAt", "contentUpdatedAt", "updatedAt")
  SELECT 'a' || g || 'be', 'st' || g, 'be', 'story-number-' || g, 'Title ' || g, 'Lede', '{"type":"doc","content":[]}', 'PUBLISHED',
         now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, now() FROM generate_series(1, ${N}) g`);
await c.$executeRawUnsafe(`INSERT INTO "Article" (id, "storyId", locale, slug, title, lede, body, status, "publishedAt", "contentUpdatedAt", "updatedAt")
  SELECT 'a' || g || 'en', 'st' || g, 'en', 'english-story-' || g, 'Title ' || g, 'Lede', '{"type":"doc","content":[]}', 'PUBLISHED',
         now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, now() FROM generate_series(1, ${N}, 2) g`);
await c.$executeRawUnsafe(`ANALYZE`);
console.log(
  `${database.config.kind}: ${N} stories, ${N + Math.ceil(N / 2)} language versions inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const stats = await sitemapStats('be', new Date(), c);
const parts = sitemapParts(stats.count);
console.log(`be: ${stats.count} URLs → ${parts} sitemap files`);
global.gc?.();
for (let part = 1; part <= parts; part++) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  let peakRss = process.memoryUsage().rss;
  let peakLive = heapBefore;
  const sample = () => {
    // Every 10 batches, what is still alive after a full GC: flat if the file is really streamed.
    if (global.gc && chunks % 10 === 0) {
      global.gc();
      peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
    }
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const sampler = setInterval(sample, 20);
  const started = performance.now();
  let bytes = 0;
  let urls = 0;
  let firstChunkMs = 0;
  let chunks = 0;
  for await (const chunk of sitemapPartXml('be', part, stats, { client: c })) {
    // The first chunk is the XML prolog; the second is the first batch of URLs out of the database.
    if (++chunks === 2) firstChunkMs = performance.now() - started;
    sample();
    bytes += Buffer.byteLength(chunk);
    urls += chunk.split('<url>').length - 1;
  }
  clearInterval(sampler);
  const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
  console.log(
    `be-${part}.xml: ${urls} URLs, ${mb(bytes)} in ${((performance.now() - started) / 1000).toFixed(2)} s ` +
      `(first URLs after ${firstChunkMs.toFixed(0)} ms); JS heap peak +${mb(peakHeap - heapBefore)} (live after GC +${mb(peakLive - heapBefore)}) over ${mb(heapBefore)}, RSS peak ${mb(peakRss)}`,
  );
}
const newsStarted = performance.now();
const news = await newsSitemapXml('be', new Date(), c);
console.log(
  `news-be.xml: ${news.split('<url>').length - 1} URLs, ${(Buffer.byteLength(news) / 1024).toFixed(0)} KB in ${(performance.now() - newsStarted).toFixed(0)} ms`,
);

await database.close();
await dropPg?.();
fs.rmSync(tmp, { recursive: true, force: true });
