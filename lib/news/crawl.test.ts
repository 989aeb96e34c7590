// Integration tests of the crawler-facing data layer on real databases (PGlite and PostgreSQL), migrated
// with the real Prisma CLI: slug history (changeArticleSlug, resolveArticleUrl), sitemap keyset paging and
// splitting, the Google News window, feed items. PostgreSQL is skipped, with the reason, when none answers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, resolveDatabaseConfig, type Database, type PrismaClient } from '@/lib/db/client';
import { feedItems, listingSitemapRows, newsSitemapRows, sitemapRows, sitemapStats } from './crawl';
import { changeArticleSlug, resolveArticleUrl, SlugError } from './slugs';
import { listingsSitemapXml, sitemapPartXml, sitemapParts } from '@/lib/seo/sitemap';
import { freshDatabaseUrl, probeTestServer } from '@/lib/db/testing-postgres';

const root = path.resolve(import.meta.dirname, '../..');
type Env = Record<string, string | undefined>;

function migrate(env: Env): Promise<void> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, CHECKPOINT_DISABLE: '1', NO_COLOR: '1' };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'],
      { cwd: root, env: childEnv },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`migrate deploy failed:\n${out}`))));
  });
}

const NOW = new Date('2026-11-28T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body' }] }] };

/** `n` stories in be (every third also in en, every fifth with a draft ru), plus special cases. */
async function fixture(c: PrismaClient, n: number) {
  await c.section.create({
    data: {
      id: 's1',
      translations: {
        create: [
          { locale: 'be', name: 'Культура', slug: 'kultura' },
          { locale: 'en', name: 'Culture', slug: 'culture' },
        ],
      },
    },
  });
  await c.section.create({
    data: { id: 's2', translations: { create: [{ locale: 'be', name: 'Спорт', slug: 'sport' }] } },
  });
  const stories = [];
  const articles = [];
  for (let i = 0; i < n; i++) {
    const storyId = `st${i}`;
    stories.push({ id: storyId, sectionId: i % 2 ? 's1' : 's2' });
    // Some share a publication time, so that the keyset's tie-break on id matters.
    const publishedAt = hoursAgo(200 - Math.floor(i / 3));
    articles.push({
      id: `a${i}be`,
      storyId,
      locale: 'be' as const,
      slug: `be-${i}`,
      title: `Be ${i}`,
      lede: 'L',
      body,
      status: 'PUBLISHED' as const,
      publishedAt,
      contentUpdatedAt: publishedAt,
    });
    if (i % 3 === 0)
      articles.push({
        id: `a${i}en`,
        storyId,
        locale: 'en' as const,
        slug: `en-${i}`,
        title: `En ${i}`,
        lede: 'L',
        body,
        status: 'PUBLISHED' as const,
        publishedAt,
        contentUpdatedAt: publishedAt,
      });
    if (i % 5 === 0)
      articles.push({
        id: `a${i}ru`,
        storyId,
        locale: 'ru' as const,
        slug: `ru-${i}`,
        title: `Ru ${i}`,
        lede: 'L',
        body,
        status: 'DRAFT' as const,
        publishedAt: null,
      });
  }
  await c.story.createMany({ data: stories });
  await c.article.createMany({ data: articles });
  // Special cases: fresh (news), scheduled in the future, deleted, old.
  await c.story.create({ data: { id: 'fresh', sectionId: 's1' } });
  await c.article.createMany({
    data: [
      {
        id: 'fresh-be',
        storyId: 'fresh',
        locale: 'be',
        slug: 'fresh',
        title: 'Fresh <&>',
        lede: 'L',
        body,
        status: 'PUBLISHED',
        publishedAt: hoursAgo(1),
        contentUpdatedAt: hoursAgo(1),
      },
      {
        id: 'fresh-en',
        storyId: 'fresh',
        locale: 'en',
        slug: 'fresh-en',
        title: 'Fresh',
        lede: 'L',
        body,
        status: 'PUBLISHED',
        publishedAt: hoursAgo(47),
        contentUpdatedAt: hoursAgo(47),
      },
      {
        id: 'fresh-ru',
        storyId: 'fresh',
        locale: 'ru',
        slug: 'fresh-ru',
        title: 'Gone',
        lede: 'L',
        body,
        status: 'UNPUBLISHED',
        publishedAt: hoursAgo(2),
        deletedAt: hoursAgo(1),
      },
    ],
  });
  // An author of one story in be and en (with a Russian name but no Russian story), and a static page in all three.
  await c.author.create({
    data: {
      id: 'au1',
      translations: {
        create: [
          { locale: 'be', name: 'Алеся', slug: 'alesia' },
          { locale: 'ru', name: 'Алеся', slug: 'alesia-ru' },
          { locale: 'en', name: 'Alesia', slug: 'alesia-en' },
        ],
      },
      stories: { create: [{ storyId: 'fresh' }] },
    },
  });
  await c.staticPage.create({
    data: {
      key: 'about',
      translations: {
        create: [
          { locale: 'be', slug: 'pra-nas', title: 'Пра нас', body, updatedAt: hoursAgo(5) },
          { locale: 'ru', slug: 'o-nas', title: 'О нас', body, updatedAt: hoursAgo(5) },
          { locale: 'en', slug: 'about', title: 'About', body, updatedAt: hoursAgo(5) },
        ],
      },
    },
  });
  await c.story.create({ data: { id: 'future', sectionId: 's1' } });
  await c.article.create({
    data: {
      id: 'future-be',
      storyId: 'future',
      locale: 'be',
      slug: 'future',
      title: 'Future',
      lede: 'L',
      body,
      status: 'PUBLISHED',
      publishedAt: new Date(NOW.getTime() + 3_600_000),
    },
  });
}

function suite(env: () => Env) {
  let database: Database;
  let c: PrismaClient;
  const N = 57;

  beforeAll(async () => {
    await migrate(env());
    database = openDatabase(resolveDatabaseConfig(env(), root), { purpose: 'vitest crawl' });
    c = database.client;
    await fixture(c, N);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('sitemap rows: keyset pages return every visible article exactly once, in order, with its published translations', async () => {
    const seen: string[] = [];
    for await (const batch of sitemapRows('be', { batchSize: 7, now: NOW, client: c })) {
      for (const row of batch) {
        seen.push(row.slug);
        expect(row.translations.map((t) => t.locale)).not.toContain('ru'); // drafts and deleted versions never appear
        expect(row.translations.find((t) => t.locale === 'be')?.slug).toBe(row.slug);
      }
    }
    expect(seen).toHaveLength(N + 1); // N + fresh; never the future one
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain('future');
    expect(seen.at(-1)).toBe('fresh');
    const en = seen.filter((s) => /^be-\d+$/.test(s) && Number(s.slice(3)) % 3 === 0);
    expect(en.length).toBe(Math.ceil(N / 3));
  });

  it('sitemap files split at the limit: parts cover everything once and none exceeds it', async () => {
    const stats = await sitemapStats('be', NOW, c);
    expect(stats.count).toBe(N + 1);
    const partSize = 10;
    const parts = sitemapParts(stats.count, partSize);
    expect(parts).toBe(Math.ceil((N + 2) / 10)); // the front page counts as a URL in part 1
    const all: string[] = [];
    for (let p = 1; p <= parts; p++) {
      let xml = '';
      for await (const chunk of sitemapPartXml('be', p, stats, { partSize, batchSize: 3, now: NOW, client: c }))
        xml += chunk;
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs.length).toBeLessThanOrEqual(partSize);
      if (p < parts) expect(locs.length).toBe(partSize);
      all.push(...locs);
    }
    expect(all.length).toBe(N + 2);
    expect(new Set(all).size).toBe(all.length);
    expect(all[0]).toMatch(/\/be$/);
  });

  it('Google News rows: only the last 48 hours, newest first', async () => {
    const be = await newsSitemapRows('be', NOW, c);
    expect(be.map((r) => r.slug)).toEqual(['fresh']);
    const en = await newsSitemapRows('en', NOW, c);
    expect(en.map((r) => r.slug)).toEqual(['fresh-en']);
    expect(await newsSitemapRows('en', new Date(NOW.getTime() + 2 * 3_600_000), c)).toEqual([]);
  });

  it('the listings sitemap names sections, authors and static pages, each with its translations as alternates', async () => {
    const rows = await listingSitemapRows('be', NOW, c);
    expect(rows.map((r) => `${r.kind} ${r.slug}`)).toEqual([
      'section kultura',
      'section sport',
      'author alesia',
      'static pra-nas',
    ]);
    const author = rows.find((r) => r.kind === 'author')!;
    expect(author.lastModified).toEqual(hoursAgo(1)); // its visible story in this language
    expect(author.translations.map((t) => t.slug)).toEqual(['alesia', 'alesia-ru', 'alesia-en']);
    expect(rows.find((r) => r.kind === 'static')!.lastModified).toEqual(hoursAgo(5));
    const xml = await listingsSitemapXml('ru', NOW, c);
    const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    const locs = urls.map((u) => new URL(u[1]).pathname);
    // …then the pages every language has at its own path: corrections, how to reach us, privacy.
    expect(locs).toEqual(['/ru/author/alesia-ru', '/ru/o-nas', '/ru/corrections', '/ru/reach-us', '/ru/privacy']);
    const about = urls[1][2];
    for (const [lang, path] of [
      ['be', '/be/pra-nas'],
      ['ru', '/ru/o-nas'],
      ['en', '/en/about'],
    ])
      expect(about).toMatch(new RegExp(`hreflang="${lang}" href="[^"]+${path}"`));
  });

  it('feed items: newest first, per section, unknown section → null', async () => {
    const all = await feedItems('be', undefined, { limit: 5, now: NOW, client: c });
    expect(all!.items.map((i) => i.slug)[0]).toBe('fresh');
    expect(all!.items).toHaveLength(5);
    const culture = await feedItems('en', 'culture', { now: NOW, client: c });
    expect(culture!.section).toEqual({ name: 'Culture', slug: 'culture' });
    expect(culture!.items.every((i) => i.section === 'Culture')).toBe(true);
    expect(await feedItems('en', 'no-such-section', { now: NOW, client: c })).toBeNull();
  });

  it('changeArticleSlug records the old slug; the old URL then resolves to the current one', async () => {
    expect(await resolveArticleUrl('be', 'be-4', NOW, c)).toEqual({ kind: 'live', storyId: expect.any(String) });
    const change = await changeArticleSlug('a4be', 'be-4-renamed', c);
    expect(change).toMatchObject({ from: 'be-4', to: 'be-4-renamed', changed: true, locale: 'be' });
    expect(await resolveArticleUrl('be', 'be-4', NOW, c)).toEqual({ kind: 'moved', slug: 'be-4-renamed' });
    // A second rename: both old slugs lead to the newest.
    await changeArticleSlug('a4be', 'be-4-final', c);
    expect(await resolveArticleUrl('be', 'be-4', NOW, c)).toEqual({ kind: 'moved', slug: 'be-4-final' });
    expect(await resolveArticleUrl('be', 'be-4-renamed', NOW, c)).toEqual({ kind: 'moved', slug: 'be-4-final' });
    const history = await c.articleSlugHistory.findMany({ where: { articleId: 'a4be' }, orderBy: { slug: 'asc' } });
    expect(history.map((h) => h.slug)).toEqual(['be-4', 'be-4-renamed']);
    // Back to a former slug: it leaves the history, the replaced one enters it.
    await changeArticleSlug('a4be', 'be-4', c);
    expect(await resolveArticleUrl('be', 'be-4', NOW, c)).toEqual({ kind: 'live', storyId: expect.any(String) });
    expect(await resolveArticleUrl('be', 'be-4-final', NOW, c)).toEqual({ kind: 'moved', slug: 'be-4' });
    expect((await c.articleSlugHistory.findMany({ where: { articleId: 'a4be' } })).map((h) => h.slug).sort()).toEqual([
      'be-4-final',
      'be-4-renamed',
    ]);
    // Same slug: nothing written.
    expect((await changeArticleSlug('a4be', 'be-4', c)).changed).toBe(false);
  });

  it('changeArticleSlug refuses a slug in use and a malformed slug, and changes nothing then', async () => {
    await expect(changeArticleSlug('a5be', 'be-6', c)).rejects.toMatchObject({ code: 'taken' });
    await expect(changeArticleSlug('a5be', 'Be 6!', c)).rejects.toBeInstanceOf(SlugError);
    await expect(changeArticleSlug('nope', 'x', c)).rejects.toMatchObject({ code: 'not-found' });
    expect((await c.article.findUniqueOrThrow({ where: { id: 'a5be' } })).slug).toBe('be-5');
    expect(await c.articleSlugHistory.count({ where: { articleId: 'a5be' } })).toBe(0);
    // The same slug in another language is free.
    await changeArticleSlug('a6en', 'be-6', c);
    expect(await resolveArticleUrl('en', 'en-6', NOW, c)).toEqual({ kind: 'moved', slug: 'be-6' });
  });

  it('two concurrent renames to the same slug: one wins, the other is told the slug is taken', async () => {
    const results = await Promise.allSettled([
      changeArticleSlug('a7be', 'contested', c),
      changeArticleSlug('a8be', 'contested', c),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(SlugError);
    expect(failed.reason.code).toBe('taken');
    const owners = await c.article.findMany({
      where: { locale: 'be', slug: { in: ['contested', 'be-7', 'be-8'] } },
      select: { id: true, slug: true },
    });
    expect(owners.filter((o) => o.slug === 'contested')).toHaveLength(1);
    // The loser's history was rolled back with its transaction.
    const loser = owners.find((o) => o.slug !== 'contested')!;
    expect(await c.articleSlugHistory.count({ where: { articleId: loser.id } })).toBe(0);
  });

  it('resolveArticleUrl: deleted → gone (also through an old slug), draft/future/unknown → missing', async () => {
    expect(await resolveArticleUrl('ru', 'fresh-ru', NOW, c)).toEqual({ kind: 'gone' });
    await c.articleSlugHistory.create({ data: { articleId: 'fresh-ru', locale: 'ru', slug: 'fresh-ru-old' } });
    expect(await resolveArticleUrl('ru', 'fresh-ru-old', NOW, c)).toEqual({ kind: 'gone' });
    expect(await resolveArticleUrl('ru', 'ru-5', NOW, c)).toEqual({ kind: 'missing' });
    expect(await resolveArticleUrl('be', 'future', NOW, c)).toEqual({ kind: 'missing' });
    expect(await resolveArticleUrl('be', 'never-was', NOW, c)).toEqual({ kind: 'missing' });
    // A moved draft is not revealed either.
    await changeArticleSlug('a5ru', 'ru-5-new', c);
    expect(await resolveArticleUrl('ru', 'ru-5', NOW, c)).toEqual({ kind: 'missing' });
  });
}

describe('PGlite', () => {
  let tmp = '';
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-crawl-test-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  suite(() => ({ DATABASE_URL: undefined, PGLITE_DIR: path.join(tmp, 'pglite') }));
});

const probe = await probeTestServer();

describe.skipIf(!probe.ok)(probe.ok ? 'PostgreSQL' : `PostgreSQL — SKIPPED: ${probe.reason}`, () => {
  const url = freshDatabaseUrl('news_crawl');
  suite(() => ({ DATABASE_URL: url, PGLITE_DIR: undefined }));
});
