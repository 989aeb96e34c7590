// What the load benchmarks share (scripts/bench.ts, scripts/bench-cluster.ts): one autocannon run against a URL,
// the baseline (a plain Node http server, in its own process, answering a prepared HTML string) and the results
// table. Decision 0015, docs/performance.md.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';

/** `connections` connections for `duration` seconds: requests/s (rounded), p50/p99 latency in ms, errors. */
export async function load(url: string, connections: number, duration: number) {
  const r = await autocannon({ url, connections, duration, pipelining: 1 });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

/** The physical limit on this machine: Node answering a prepared string, no framework, no database. */
export async function startBaseline(html: string) {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const body = Buffer.from(process.env.BODY, 'base64');
       const s = require('node:http').createServer((q, r) => { r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }); r.end(body); });
       s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
    ],
    { env: { ...process.env, BODY: Buffer.from(html).toString('base64') }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: `http://127.0.0.1:${chunk.toString().trim()}/`, stop: () => child.kill() };
}

/** The rows under `header`, in columns: the first left-aligned, the figures right-aligned. */
export function printTable(header: string[], rows: (string | number)[][]) {
  const table = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}
