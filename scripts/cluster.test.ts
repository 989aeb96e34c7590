// The production topology, started by the test itself (scripts/cluster-topology.ts): its own PostgreSQL
// (port 5442) and redis-server (6390), two app instances (3311, 3312) and Varnish (6091). Run with
// `npm run test:cluster` (vitest.cluster.config.ts; CLUSTER_SKIP_BUILD=1 reuses .next). Decisions 0029, 0030.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './cluster-topology';

let cluster: Cluster;
let sql: pg.Client;
const dir = path.resolve(import.meta.dirname, '../data/cluster-test');

beforeAll(async () => {
  cluster = await startCluster({
    dir,
    skipBuild: process.env.CLUSTER_SKIP_BUILD === '1',
    // Quick ticks, so the scheduling test does not wait long.
    env: { SCHEDULER_INTERVAL_MS: '500', LOG_REQUESTS: '0' },
    log: () => {},
  });
  sql = new pg.Client({ connectionString: cluster.databaseUrl });
  // The fault test restarts PostgreSQL under it; it is not used after that.
  sql.on('error', () => {});
  await sql.connect();
}, 600_000);

afterAll(async () => {
  await sql?.end().catch(() => {});
  await cluster?.stop();
}, 120_000);

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(15_000) });

async function text(url: string) {
  const r = await get(url);
  return { status: r.status, cache: r.headers.get('x-cache'), body: await r.text(), headers: r.headers };
}

/**
 * Polls until `check` holds: the check that saw it must have started within `ms` (a reader asking then gets it;
 * the time of a fresh render on this machine comes on top). Returns the time until it was seen.
 */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not within ${ms} ms`);
}

async function publishedArticle(locale: string, exceptStory = '') {
  const { rows } = await sql.query(
    `SELECT id, slug, title, "storyId" FROM "Article" WHERE locale = $1 AND status = 'PUBLISHED'
       AND "deletedAt" IS NULL AND "storyId" <> $2 ORDER BY "publishedAt" DESC LIMIT 1`,
    [locale, exceptStory],
  );
  return rows[0] as { id: string; slug: string; title: string; storyId: string };
}

describe('the edge', () => {
  it('caches reader pages without cookies or router Vary, strips the tag header, and passes the newsroom', async () => {
    const first = await text(`${cluster.edgeUrl}/be`);
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(first.headers.get('xkey')).toBeNull();
    expect(first.headers.get('vary') ?? '').not.toMatch(/rsc|next-router/i);
    expect(first.headers.get('x-request-id')).toBeTruthy();
    const again = await text(`${cluster.edgeUrl}/be`);
    expect(again.cache).toBe('HIT');
    // Compression is the edge's work: it gzips for clients that ask, the instances send plain bodies.
    const zipped = await get(`${cluster.edgeUrl}/be`, { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toContain('<html lang="be"');
    const plain = await get(`${cluster.edgeUrl}/be`, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('<html lang="be"');
    const fromInstance = await get(`${cluster.instances[0].url}/be`, { 'accept-encoding': 'gzip' });
    expect(fromInstance.headers.get('content-encoding')).toBeNull();
    // The router's flight data is kept apart from the HTML.
    const flight = await get(`${cluster.edgeUrl}/be?_rsc=t1`, { rsc: '1' });
    expect(flight.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    const html = await get(`${cluster.edgeUrl}/be?_rsc=t1`);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    // The instance itself names the tags; the newsroom is never cached.
    const direct = await get(`${cluster.instances[0].url}/be`);
    expect(direct.headers.get('xkey')).toMatch(/lang:be/);
    expect((await text(`${cluster.edgeUrl}/admin/sign-in`)).cache).toBe('PASS');
    // Only the instances may purge.
    expect((await fetch(`${cluster.edgeUrl}/`, { method: 'PURGE', headers: { 'xkey-purge': 'site' } })).status).toBe(
      200,
    );
    expect((await get(`${cluster.edgeUrl}/metrics`)).status).toBe(404);
  });

  it('shows a correction saved on instance A through the edge and on instance B within 2 s; other pages stay cached', async () => {
    const article = await publishedArticle('be');
    const other = await publishedArticle('ru', article.storyId);
    const urls = {
      article: `/be/news/${article.slug}`,
      front: '/be',
      feed: '/be/feed/rss.xml',
    };
    const unaffected = `${cluster.edgeUrl}/ru/news/${other.slug}`;
    // Warm: the edge and instance B hold every page.
    for (const u of [...Object.values(urls).map((p) => cluster.edgeUrl + p), unaffected]) {
      await text(u);
      expect((await text(u)).cache).toBe('HIT');
    }
    await text(cluster.instances[1].url + urls.article);

    const corrected = `Выпраўлена ${Date.now()}`;
    await sql.query('UPDATE "Article" SET title = $1 WHERE id = $2', [corrected, article.id]);
    // What a newsroom write on A does after its transaction (lib/cache/invalidate.ts), through A's endpoint.
    const saved = await fetch(`${cluster.instances[0].url}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${cluster.revalidateSecret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags: ['lang:be', `story:${article.storyId}`] }),
    });
    expect(saved.status).toBe(200);
    const shows = (url: string) => async () => (await text(url)).body.includes(corrected);
    const times = await Promise.all([
      ...Object.values(urls).map((p) => within(2000, shows(cluster.edgeUrl + p))),
      within(2000, shows(cluster.instances[1].url + urls.article)),
    ]);
    console.log(`correction visible after ${times.join(', ')} ms (edge article, front, feed; instance B)`);
    const stillCached = await text(unaffected);
    expect(stillCached.cache).toBe('HIT');
  });
});

describe('shared state', () => {
  it('publishes a scheduled story once with two instances running', async () => {
    const article = await publishedArticle('en');
    const due = new Date(Date.now() + 1500);
    await sql.query(`UPDATE "Article" SET status = 'SCHEDULED', "scheduledFor" = $1 WHERE id = $2`, [due, article.id]);
    await within(15_000, async () => {
      const { rows } = await sql.query('SELECT status FROM "Article" WHERE id = $1', [article.id]);
      return rows[0].status === 'PUBLISHED';
    });
    await new Promise((r) => setTimeout(r, 2000)); // a late second publisher would show by now
    const { rows } = await sql.query(
      `SELECT count(*)::int AS n FROM "AuditLog" WHERE "targetId" = $1 AND action = 'publish' AND actor = 'scheduler'`,
      [article.id],
    );
    expect(rows[0].n).toBe(1);
    const logs = cluster.instances.map((i) => fs.readFileSync(path.join(dir, `${i.name}.log`), 'utf8'));
    const publishedLines = logs.join('\n').match(/\[scheduler\] published 1 scheduled version/g) ?? [];
    expect(publishedLines).toHaveLength(1);
  });

  it('limits 6 failed sign-ins spread over both instances like 6 on one', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = await browser.newPage({ locale: 'en-GB' });
      const served = new Set<string>();
      for (let i = 0; i < 6; i++) {
        // Alternate the instances directly (as the edge's round robin would).
        const instance = cluster.instances[i % 2];
        served.add(instance.name);
        await page.goto(`${instance.url}/admin/sign-in`);
        await page.getByLabel('Email').fill('editor@rekha.example');
        await page.getByLabel('Password').fill(`wrong-password-${i}`);
        const answered = page.waitForResponse((r) => r.request().method() === 'POST');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await answered;
        await page.waitForLoadState('networkidle');
      }
      expect(served.size).toBe(2);
      await expect
        .poll(async () => (await page.locator('[role=alert]').allTextContents()).join(' '))
        .toMatch(/Too many failed attempts/);
    } finally {
      await browser.close();
    }
  });
});

describe('faults under load', () => {
  it('100 connections for 30 s through the edge: an instance killed, Redis stopped, PostgreSQL restarted', async () => {
    const readers = [
      '/be',
      '/ru',
      '/en',
      `/be/news/${(await publishedArticle('be')).slug}`,
      `/ru/news/${(await publishedArticle('ru')).slug}`,
      '/be/feed/rss.xml',
    ];
    for (const p of readers) await text(cluster.edgeUrl + p);
    let n = 0;
    const statuses = new Map<number, number>();
    const events: string[] = [];
    const at = (ms: number, what: string, action: () => Promise<unknown>) =>
      setTimeout(() => {
        events.push(what);
        void action();
      }, ms);
    const load = new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon(
        {
          url: cluster.edgeUrl,
          connections: 100,
          duration: 30,
          timeout: 10,
          requests: [
            {
              // Mostly cached pages; one request in 100 an uncached search, which needs an instance and the database.
              setupRequest: (req) => ({
                ...req,
                path: ++n % 100 === 0 ? `/be/search?q=load${n}` : readers[n % readers.length],
              }),
            },
          ],
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      run.on('response', (_client, statusCode) => statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1));
    });
    at(3000, 'kill app2', () => cluster.instances[1].kill());
    at(8000, 'stop redis', () => cluster.redis!.stop());
    at(13000, 'restart postgres', async () => {
      await cluster.postgres!.stop();
      await new Promise((r) => setTimeout(r, 2000));
      await cluster.postgres!.start();
    });
    at(20000, 'start redis', () => cluster.redis!.start());
    const result = await load;
    console.log('load', { requests: result.requests.total, statuses: Object.fromEntries(statuses), events });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(statuses.get(502) ?? 0).toBe(0);
    expect(statuses.get(504) ?? 0).toBe(0);
    // After the restart an uncached page works again within 5 s (it has been up for more than 10 s by now: the
    // bound is checked right after a fresh restart below).
    // A page the instance has in its cache (asked once now: Redis, restarted above, keeps nothing on disk).
    const held = `${cluster.instances[0].url}/ru`;
    await within(5000, async () => (await text(held)).status === 200);
    await cluster.postgres!.stop();
    const search = () => text(`${cluster.edgeUrl}/be/search?q=after${Date.now()}`);
    const down = await search();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.body).toMatch(/часова недаступны/);
    // ... is still served by the instance itself while the database is down, not only by the edge.
    expect((await text(held)).status).toBe(200);
    await cluster.postgres!.start();
    const recovered = await within(5000, async () => (await search()).status === 200);
    console.log(`uncached pages back ${recovered} ms after PostgreSQL started`);
  }, 180_000);
});
