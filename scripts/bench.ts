// Load benchmark of a running production server (docs/performance.md):
//   npm run bench -- --url http://127.0.0.1:3000 [--duration 10] [--connections 20] [--locale be]
//   npm run bench -- --cluster [--no-build]: the production topology instead (scripts/bench-cluster.ts).
//   npm run bench -- --live: a live blog under load while entries are posted (scripts/bench-live.ts).
// Measures the front page, an article, a section page, search and a feed with autocannon, and in the same run
// a baseline: a plain Node http server (in its own process) answering the same article HTML as a string.
// Prints requests/s, p50/p99 latency, errors, and each page's throughput as a ratio to the baseline.
// With REVALIDATE_SECRET (the server's), it also times each page's render from an empty cache ("cold ms",
// median of 5: drop the language's tags through /api/revalidate, then one request). Decision 0015.
import { parseArgs } from 'node:util';
import { load as loadRun, printTable, startBaseline } from './bench-load';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    locale: { type: 'string', default: 'be' },
    search: { type: 'string', default: 'школа' },
    // The production topology instead (scripts/bench-cluster.ts, which reads its own options).
    cluster: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    // The live-blog scenario (scripts/bench-live.ts): needs DATABASE_URL (the server's PostgreSQL) and REVALIDATE_SECRET.
    live: { type: 'boolean' },
  },
});
const origin = values.url!.replace(/\/$/, '');
const locale = values.locale!;
const duration = Number(values.duration);
const connections = Number(values.connections);

async function get(path: string) {
  const res = await fetch(origin + path, { redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

/** Finds one URL of each page type from the front page, so the benchmark follows the real site. */
async function discover() {
  const front = await get(`/${locale}`);
  if (front.status !== 200) throw new Error(`${origin}/${locale} answered ${front.status}: is the server running?`);
  const first = (re: RegExp) => re.exec(front.text)?.[1];
  const article = first(new RegExp(`href="(/${locale}/news/[^"#?]+)"`));
  const section = first(new RegExp(`href="(/${locale}/section/[^"#?]+)"`));
  const feed = first(/<link[^>]+type="application\/(?:rss|atom)\+xml"[^>]+href="([^"]+)"/) ?? `/${locale}/feed.xml`;
  return [
    { name: 'front page', path: `/${locale}` },
    { name: 'article', path: article },
    { name: 'section', path: section },
    { name: 'search', path: `/${locale}/search?q=${encodeURIComponent(values.search!)}` },
    // Feed links in the head are absolute (SITE_URL); benchmark the same path on this server.
    { name: 'feed', path: new URL(feed, origin).pathname },
  ];
}

const secret = process.env.REVALIDATE_SECRET;

/** Median time of one request right after the page's cached copy was dropped: the cost of a render. */
async function coldMs(path: string): Promise<number | null> {
  if (!secret) return null;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const drop = await fetch(`${origin}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags: [`lang:${locale}`, 'site'] }),
    });
    if (!drop.ok) throw new Error(`/api/revalidate answered ${drop.status}: is REVALIDATE_SECRET the server's?`);
    const start = performance.now();
    await get(path);
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((a, b) => a - b)[2]);
}

const load = (url: string) => loadRun(url, connections, duration);

async function main() {
  const targets = await discover();
  const article = targets.find((t) => t.name === 'article')?.path;
  if (!article) throw new Error('no article link on the front page');
  const html = (await get(article)).text;
  console.log(`bench ${origin}, ${connections} connections, ${duration} s per page, article HTML ${html.length} bytes`);

  const baseline = await startBaseline(html);
  const base = await load(baseline.url);
  baseline.stop();

  const rows: (string | number)[][] = [
    ['baseline (node http, same HTML)', base.rps, base.p50, base.p99, base.errors, '1.000', ''],
  ];
  for (const t of targets) {
    if (!t.path) {
      rows.push([t.name, 'no such page yet', '', '', '', '', '']);
      continue;
    }
    const probe = await get(t.path);
    if (probe.status !== 200) {
      rows.push([`${t.name} ${t.path}`, `answers ${probe.status}`, '', '', '', '', '']);
      continue;
    }
    const cold = await coldMs(t.path);
    await get(t.path); // cached again before the load
    const r = await load(origin + t.path);
    rows.push([
      `${t.name} ${t.path.length > 40 ? t.path.slice(0, 39) + '…' : t.path}`,
      r.rps,
      r.p50,
      r.p99,
      r.errors,
      (r.rps / base.rps).toFixed(3),
      cold ?? '–',
    ]);
  }
  printTable(['page', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'ratio', 'cold ms'], rows);
}

async function live() {
  if (!secret) throw new Error('--live needs REVALIDATE_SECRET (the server’s)');
  const { benchLive } = await import('./bench-live');
  await benchLive({ origin, locale, duration, connections, secret });
  process.exit(0); // the database client would keep the process alive
}

(values.cluster ? import('./bench-cluster').then(() => {}) : values.live ? live() : main()).catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
