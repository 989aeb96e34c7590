// The live-page scenario of `npm run bench -- --live` (decision 0033, docs/performance.md): the live blog's page
// and its updates JSON under load while entries are posted, and the time until each posted entry is visible to a
// reader (its updates JSON names it). Entries are written the way the newsroom's door writes them: a row through
// lib, then the same invalidation (`live` change: the story's and the live blog's tags) through the server's
// /api/revalidate. Needs the server's database (DATABASE_URL=postgresql://…, PostgreSQL: PGlite is locked by the
// server) and its REVALIDATE_SECRET.
import autocannon from 'autocannon';
import { tagsFor } from '../lib/cache/tags';
import { db } from '../lib/db/client';

interface Options {
  origin: string;
  locale: string;
  duration: number;
  connections: number;
  secret: string;
  /** Entries posted during the load, evenly spread. */
  posts?: number;
}

export async function benchLive({ origin, locale, duration, connections, secret, posts = 10 }: Options) {
  const blog = await db().article.findFirst({
    where: { locale: locale as 'be', status: 'PUBLISHED', deletedAt: null, liveStatus: 'LIVE' },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, storyId: true, slug: true },
  });
  if (!blog) throw new Error(`no live blog in ${locale}: seed the demo content`);
  const page = `${origin}/${locale}/news/${encodeURIComponent(blog.slug)}`;
  const json = `${page}/updates.json`;
  await fetch(page);
  await fetch(json);

  const visibleMs: number[] = [];
  const poster = (async () => {
    const every = (duration * 1000) / (posts + 1);
    for (let i = 0; i < posts; i++) {
      await new Promise((r) => setTimeout(r, every));
      const entry = await db().liveEntry.create({
        data: {
          articleId: blog.id,
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Bench ${i}` }] }] },
          authorName: 'bench',
        },
        select: { id: true },
      });
      const start = performance.now();
      const tags = tagsFor({ kind: 'live', articleId: blog.id, storyId: blog.storyId });
      const drop = await fetch(`${origin}/api/revalidate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tags }),
      });
      if (!drop.ok) throw new Error(`/api/revalidate answered ${drop.status}`);
      for (;;) {
        const body = await (await fetch(json)).text();
        if (body.includes(entry.id)) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      visibleMs.push(performance.now() - start);
    }
  })();
  const [pageLoad, jsonLoad] = await Promise.all([
    autocannon({ url: page, connections: Math.max(1, connections / 2), duration }),
    autocannon({ url: json, connections: Math.max(1, connections / 2), duration }),
    poster,
  ]);
  await db().liveEntry.deleteMany({ where: { articleId: blog.id, authorName: 'bench' } });
  const sorted = visibleMs.sort((a, b) => a - b);
  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${r.errors + r.timeouts + r.non2xx}`;
  console.log(
    `live blog /${locale}/news/${blog.slug}: ${connections} connections, ${duration} s, ${posts} entries posted`,
  );
  console.log(row('live page (while posting)', pageLoad));
  console.log(row('updates JSON (while posting)', jsonLoad));
  console.log(
    `posted entry visible in the updates JSON: median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms`,
  );
}
