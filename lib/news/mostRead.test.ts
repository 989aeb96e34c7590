import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { describeOnDatabases, SEED_NOW } from './testing/databases';
import { getMostRead, LiveArticleIds, MAX_PENDING_KEYS, ReadLimiter, shouldCount, ViewCounter } from './mostRead';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const headers = (h: Record<string, string>) => new Headers(h);

describe('which requests count', () => {
  it('a browser counts; crawlers, empty user agents and prefetches do not', () => {
    expect(shouldCount(headers({ 'user-agent': BROWSER }))).toBe(true);
    for (const bot of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      'python-requests/2.31',
    ]) {
      expect(shouldCount(headers({ 'user-agent': bot })), bot).toBe(false);
    }
    expect(shouldCount(headers({}))).toBe(false);
    expect(shouldCount(headers({ 'user-agent': BROWSER, 'sec-purpose': 'prefetch;prerender' }))).toBe(false);
    expect(shouldCount(headers({ 'user-agent': BROWSER, purpose: 'prefetch' }))).toBe(false);
  });

  it('the counter aggregates per article and hour, rejects malformed ids and stops growing at its cap', () => {
    const c = new ViewCounter();
    const t = Date.UTC(2026, 0, 1, 10, 5);
    for (let i = 0; i < 1000; i++) c.record('a1', t + i * 1000);
    c.record('a1', t + 3_600_000);
    c.record('a2', t);
    expect(c.pendingKeys).toBe(3);
    expect(c.record("x'; DROP TABLE", t)).toBe(false);
    expect(c.record('', t)).toBe(false);
    const full = new ViewCounter();
    for (let i = 0; i < MAX_PENDING_KEYS; i++) full.record(`id${i}`, t);
    expect(full.record('one-more', t)).toBe(false);
    expect(full.record('id1', t)).toBe(true);
  });
});

describeOnDatabases('most read', () => {
  const HOUR = 3_600_000;

  it('a flush writes one row per article and hour, adds to existing rows and drops unknown articles', async () => {
    const [a, b] = await db().article.findMany({
      where: { locale: 'ru', status: 'PUBLISHED' },
      orderBy: { id: 'asc' },
      take: 2,
    });
    const c = new ViewCounter();
    const now = SEED_NOW.getTime();
    for (let i = 0; i < 250; i++) c.record(a.id, now);
    for (let i = 0; i < 40; i++) c.record(b.id, now - 2 * HOUR);
    c.record('no-such-article', now);
    await c.flush();
    expect(c.pendingKeys).toBe(0);
    for (let i = 0; i < 5; i++) c.record(a.id, now);
    await c.flush();
    const rows = await db().articleViewHour.findMany({
      where: { articleId: { in: [a.id, b.id, 'no-such-article'] } },
      orderBy: { views: 'desc' },
    });
    expect(rows.map((r) => [r.articleId, r.views])).toEqual([
      [a.id, 255],
      [b.id, 40],
    ]);
    expect(rows[0].hour.getTime()).toBe(Math.floor(now / HOUR) * HOUR);
  });

  it('lists per language and period: 24 hours and 7 days, only published versions', async () => {
    const be = await db().article.findMany({
      where: { locale: 'be', status: 'PUBLISHED' },
      orderBy: { id: 'asc' },
      take: 3,
    });
    const draft = await db().article.findFirstOrThrow({ where: { status: 'DRAFT' } });
    const now = SEED_NOW.getTime();
    const c = new ViewCounter();
    for (let i = 0; i < 30; i++) c.record(be[0].id, now - HOUR);
    for (let i = 0; i < 20; i++) c.record(be[1].id, now);
    for (let i = 0; i < 90; i++) c.record(be[2].id, now - 3 * 24 * HOUR); // three days ago
    for (let i = 0; i < 500; i++) c.record(draft.id, now);
    await c.flush();
    const day = await getMostRead('be', 'day', 5, SEED_NOW);
    expect(day.map((d) => [d.id, d.views])).toEqual([
      [be[0].id, 30],
      [be[1].id, 20],
    ]);
    const week = await getMostRead('be', 'week', 5, SEED_NOW);
    expect(week.map((d) => d.id)).toEqual([be[2].id, be[0].id, be[1].id]);
    expect((await getMostRead('en', 'week', 5, SEED_NOW)).map((d) => d.id)).not.toContain(draft.id);
    expect(week.every((w) => w.slug && w.title)).toBe(true);
  });

  it('a failed flush keeps the counts for the next one', async () => {
    const a = await db().article.findFirstOrThrow({ where: { locale: 'en', status: 'PUBLISHED' } });
    const c = new ViewCounter();
    c.record(a.id, SEED_NOW.getTime());
    const broken = { $executeRaw: () => Promise.reject(new Error('database away')) } as unknown as Parameters<
      ViewCounter['flush']
    >[0];
    await expect(c.flush(broken)).rejects.toThrow('database away');
    expect(c.pendingKeys).toBe(1);
    await c.flush();
    expect(c.pendingKeys).toBe(0);
  });
});

describe('the read pixel’s bounds (decision 0020)', () => {
  it('20,000 unknown ids within a few seconds cost one load of the live ids, not one query each', async () => {
    let loads = 0;
    const live = new LiveArticleIds(async () => {
      loads++;
      return [{ id: 'real', live: true }];
    });
    const t = Date.UTC(2026, 0, 1, 10, 0);
    for (let i = 0; i < 20_000; i++) expect(await live.has(`fake${i}`, t + Math.floor(i / 5))).toBe(false);
    expect(loads).toBe(1);
    expect(await live.has('real', t + 4000)).toBe(true);
    expect(await live.has('fake-again', t + LiveArticleIds.MISS_REFRESH_MS + 1)).toBe(false);
    expect(loads).toBe(2);
  });

  it('one client: each story once per window and a bounded number of stories; memory bounded in clients', () => {
    const limiter = new ReadLimiter();
    const t = Date.UTC(2026, 0, 1, 10, 0);
    expect(limiter.allow('a', 's1', t)).toBe(true);
    expect(limiter.allow('a', 's1', t + 1)).toBe(false);
    let n = 1;
    for (let i = 2; i < 100; i++) if (limiter.allow('a', `s${i}`, t)) n++;
    expect(n).toBe(ReadLimiter.PER_CLIENT);
    expect(limiter.allow('b', 's1', t)).toBe(true);
    // The next window starts afresh.
    expect(limiter.allow('a', 's1', t + ReadLimiter.WINDOW_MS)).toBe(true);
    const crowd = new ReadLimiter();
    let admitted = 0;
    for (let i = 0; i < ReadLimiter.MAX_CLIENTS + 500; i++) if (crowd.allow(`c${i}`, 's', t)) admitted++;
    expect(admitted).toBe(ReadLimiter.MAX_CLIENTS);
  });

  it('keeps no reader address: a keyed fingerprint whose key is new in every window', () => {
    const limiter = new ReadLimiter();
    const t = Date.UTC(2026, 0, 1, 10, 0);
    const address = '203.0.113.77';
    expect(limiter.allow(address, 's1', t)).toBe(true);
    const state = (l: ReadLimiter) => inspect(l, { depth: 10, showHidden: true, maxArrayLength: null });
    expect(state(limiter)).not.toContain(address);
    expect(state(limiter)).not.toContain('113.77');
    // The same address in the next window leaves a different fingerprint: windows cannot be linked.
    const first = state(limiter);
    expect(limiter.allow(address, 's1', t + ReadLimiter.WINDOW_MS)).toBe(true);
    const fingerprint = (text: string) => /'([A-Za-z0-9_-]{20,}) s1'/.exec(text)?.[1];
    expect(fingerprint(first)).toBeDefined();
    expect(fingerprint(state(limiter))).toBeDefined();
    expect(fingerprint(state(limiter))).not.toBe(fingerprint(first));
  });
});
