// `npm run bench -- --cluster [--no-build] [--duration 10]`: the production topology (scripts/cluster-topology.ts)
// measured in one run on this machine (docs/performance.md):
//  1. the edge serving a cached article and front page, against the same Varnish serving a static file of
//     about the same size (a Next build file: the physical limit of this topology);
//  2. the app tier alone (one instance, no edge) against a plain Node server answering the same HTML string;
//  3. p50/p99 at 200 connections through the edge.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load as loadRun, printTable, startBaseline } from './bench-load';
import { startCluster } from './cluster-topology';

const { values } = parseArgs({
  options: {
    cluster: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '100' },
  },
  strict: false,
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = path.resolve(import.meta.dirname, '..');

const load = (url: string, c = connections) => loadRun(url, c, duration);

/** A build file of about `bytes` bytes, served by Next as immutable (so the edge keeps it). */
function staticFileNear(bytes: number): string {
  const dir = path.join(root, '.next/static/chunks');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, size: fs.statSync(path.join(dir, f)).size }))
    .sort((a, b) => Math.abs(a.size - bytes) - Math.abs(b.size - bytes));
  return `/_next/static/chunks/${files[0].f}`;
}

const cluster = await startCluster({ skipBuild: Boolean(values['no-build']), env: { LOG_REQUESTS: '0' } });
try {
  const front = await (await fetch(`${cluster.edgeUrl}/be`)).text();
  const article = /href="(\/be\/news\/[^"#?]+)"/.exec(front)?.[1];
  if (!article) throw new Error('no article link on the front page');
  const html = await (await fetch(cluster.edgeUrl + article)).text();
  const file = staticFileNear(html.length);
  for (const p of [file, article, '/be']) {
    for (let i = 0; i < 3; i++) await fetch(cluster.edgeUrl + p);
    const r = await fetch(cluster.edgeUrl + p, { headers: { 'accept-encoding': 'identity' } });
    const bytes = (await r.arrayBuffer()).byteLength;
    console.log(
      `${p}: ${r.status}, ${bytes} bytes, edge ${r.headers.get('x-cache')}, ${r.headers.get('cache-control')}`,
    );
  }
  console.log(`bench --cluster: ${connections} connections, ${duration} s each, article HTML ${html.length} bytes`);

  const rows: (string | number)[][] = [];
  const edgeFile = await load(cluster.edgeUrl + file);
  rows.push(['edge: static file (limit)', edgeFile.rps, edgeFile.p50, edgeFile.p99, edgeFile.errors, '1.00']);
  for (const [name, p] of [
    ['edge: article', article],
    ['edge: front page', '/be'],
  ]) {
    const r = await load(cluster.edgeUrl + p);
    rows.push([name, r.rps, r.p50, r.p99, r.errors, (r.rps / edgeFile.rps).toFixed(2)]);
  }
  const baseline = await startBaseline(html);
  const base = await load(baseline.url, 50);
  baseline.stop();
  rows.push(['plain node string (50 conn)', base.rps, base.p50, base.p99, base.errors, '1.00']);
  const app = cluster.instances[0].url;
  await fetch(app + article);
  const appArticle = await load(app + article, 50);
  rows.push([
    'app instance: article (50 conn)',
    appArticle.rps,
    appArticle.p50,
    appArticle.p99,
    appArticle.errors,
    (appArticle.rps / base.rps).toFixed(3),
  ]);
  const at200 = await load(cluster.edgeUrl + article, 200);
  rows.push(['edge: article, 200 conn', at200.rps, at200.p50, at200.p99, at200.errors, '']);

  printTable(['what', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'ratio'], rows);
} finally {
  await cluster.stop();
}
