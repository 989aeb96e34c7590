// The whole database path, on both databases: the stock Prisma CLI (`migrate deploy`, `db seed`)
// through our schema-engine shim, then reads through the same code the app uses (lib/db/client.ts,
// driven by an environment). Guards the shim against Prisma upgrades that change its protocol.
// PostgreSQL: a fresh database per run on 127.0.0.1:5432 (TEST_POSTGRES_URL overrides), dropped after;
// skipped, with the reason in the test name, when no server answers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl, probeTestServer, testServerUrl } from './testing-postgres';
import { openDatabase, PgliteLockedError, resolveDatabaseConfig, type Database } from './client';
import { lockFileFor } from './pglite-lock';

const root = path.resolve(import.meta.dirname, '../..');
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

type Env = Record<string, string | undefined>;

interface Run {
  code: number | null;
  output: string;
  ms: number;
}

/** Run the real Prisma CLI in the project, with `env` deciding the database. */
function prisma(args: string[], env: Env): Promise<Run> {
  const started = performance.now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, CHECKPOINT_DISABLE: '1', NO_COLOR: '1' };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: root,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: Math.round(performance.now() - started) }));
  });
}

function expectSuccess(run: Run) {
  if (run.code !== 0) throw new Error(`prisma exited with ${run.code}:\n${run.output}`);
}

/** Row counts and ids of everything the seed writes: equal after a second run means idempotent. */
async function snapshot(database: Database) {
  const c = database.client;
  const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id).sort();
  return {
    sections: await ids(c.section.findMany({ select: { id: true } })),
    sectionTranslations: await c.sectionTranslation.count(),
    tags: await ids(c.tag.findMany({ select: { id: true } })),
    tagTranslations: await c.tagTranslation.count(),
    authors: await ids(c.author.findMany({ select: { id: true } })),
    authorTranslations: await c.authorTranslation.count(),
    media: await ids(c.media.findMany({ select: { id: true } })),
    mediaTranslations: await c.mediaTranslation.count(),
    stories: await ids(c.story.findMany({ select: { id: true } })),
    articles: await ids(c.article.findMany({ select: { id: true } })),
    storyTags: await c.storyTag.count(),
    storyAuthors: await c.storyAuthor.count(),
  };
}

/** What a reader page needs, asserted on the seeded demo content. */
async function assertSeededContent(database: Database) {
  const c = database.client;
  const now = new Date();
  expect(await c.story.count()).toBeGreaterThanOrEqual(40);
  expect(await c.media.count()).toBe(8);
  expect(await c.tag.count()).toBeGreaterThanOrEqual(20);
  expect(await c.author.count()).toBe(5);

  const sections = await c.section.findMany({ orderBy: { position: 'asc' }, include: { translations: true } });
  expect(sections.length).toBeGreaterThanOrEqual(5);
  expect(sections.map((s) => s.translations.find((t) => t.locale === 'be')?.slug).slice(0, 6)).toEqual([
    'palityka',
    'hramadstva',
    'ekanomika',
    'svet',
    'kultura',
    'sport',
  ]);
  for (const section of sections) {
    for (const locale of ['be', 'ru', 'en'] as const) {
      const n = await c.article.count({
        where: { locale, status: 'PUBLISHED', publishedAt: { lte: now }, story: { sectionId: section.id } },
      });
      expect(n, `published ${locale} stories in ${section.id}`).toBeGreaterThan(0);
    }
  }
  expect(await c.article.count({ where: { status: 'DRAFT', publishedAt: null } })).toBeGreaterThan(0);

  // A published story read the way the article page reads it: with its other language versions.
  const article = await c.article.findFirstOrThrow({
    where: { locale: 'en', status: 'PUBLISHED', translatedFromId: { not: null } },
    orderBy: { publishedAt: 'desc' },
    include: {
      translatedFrom: { select: { id: true, locale: true, version: true } },
      story: {
        include: {
          articles: { where: { status: 'PUBLISHED' }, select: { id: true, locale: true, slug: true } },
          section: { include: { translations: true } },
          tags: { include: { tag: { include: { translations: true } } } },
          authors: { include: { author: { include: { translations: true } } } },
          mainMedia: { include: { translations: true } },
        },
      },
    },
  });
  expect(article.publishedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
  expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(article.translatedFrom).not.toBeNull();
  expect(article.translatedFrom!.locale).not.toBe('en');
  expect(article.translatedFromVersion).toBe(article.translatedFrom!.version);
  expect(article.story.articles.length).toBeGreaterThanOrEqual(2);
  expect(article.story.section.translations).toHaveLength(3);
  expect(article.story.authors.length).toBeGreaterThan(0);
  expect(article.story.authors[0].author.translations.map((t) => t.locale).sort()).toEqual(['be', 'en', 'ru']);
  const body = article.body as { type: string; content: unknown[] };
  expect(body.type).toBe('doc');
  expect(body.content.length).toBeGreaterThan(0);

  const media = await c.media.findFirstOrThrow({ include: { translations: true } });
  expect(media.file).toMatch(/^\/media\/demo\/[a-z-]+\.svg$/);
  expect([media.width, media.height, media.mimeType]).toEqual([1200, 675, 'image/svg+xml']);
  expect(media.translations).toHaveLength(3);

  // Raw SQL, as search uses it, works on both databases.
  const hits = await c.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Article"
    WHERE to_tsvector('simple', title || ' ' || lede) @@ plainto_tsquery('simple', ${article.title.split(' ')[0]})`;
  expect(hits[0].n).toBeGreaterThan(0);
}

/** The same steps on either database; `env` is all that differs. */
function databaseFlow(env: () => Env) {
  let deployMs = 0;
  const seedMs: number[] = [];

  it('prisma migrate deploy (real CLI, through the shim) creates the database and applies the migrations', async () => {
    const run = await prisma(['migrate', 'deploy'], env());
    expectSuccess(run);
    expect(run.output).toMatch(/All migrations have been successfully applied|No pending migrations/);
    deployMs = run.ms;
    const status = await prisma(['migrate', 'status'], env());
    expectSuccess(status);
    expect(status.output).toContain('Database schema is up to date');
  });

  it('prisma db seed loads the demo content, which reads back through lib/db/client', async () => {
    const run = await prisma(['db', 'seed'], env());
    expectSuccess(run);
    seedMs.push(run.ms);
    const database = openDatabase(resolveDatabaseConfig(env(), root), { purpose: 'vitest' });
    try {
      await assertSeededContent(database);
    } finally {
      await database.close();
    }
  });

  it('seeding twice leaves the same rows (idempotent) with fresh publication times', async () => {
    let database = openDatabase(resolveDatabaseConfig(env(), root), { purpose: 'vitest' });
    const before = await snapshot(database);
    const newestBefore = (await database.client.article.aggregate({ _max: { publishedAt: true } }))._max.publishedAt!;
    await database.close();

    const run = await prisma(['db', 'seed'], env());
    expectSuccess(run);
    seedMs.push(run.ms);

    database = openDatabase(resolveDatabaseConfig(env(), root), { purpose: 'vitest' });
    try {
      expect(await snapshot(database)).toEqual(before);
      const newestAfter = (await database.client.article.aggregate({ _max: { publishedAt: true } }))._max.publishedAt!;
      expect(newestAfter.getTime()).toBeGreaterThan(newestBefore.getTime());
    } finally {
      await database.close();
    }
    console.info(
      `[timing] ${resolveDatabaseConfig(env(), root).kind}: migrate deploy ${deployMs} ms, db seed ${seedMs.join(' ms, ')} ms (CLI wall time)`,
    );
  });
}

// ---------------------------------------------------------------- PGlite
describe('PGlite (embedded, fresh data directory)', () => {
  let tmp = '';
  const env = (): Env => ({
    DATABASE_URL: undefined,
    PGLITE_DIR: path.join(tmp, 'pglite'),
    PGLITE_LOCK_WAIT_MS: '300',
  });

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-pglite-test-'));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  databaseFlow(env);

  it('a second opener of a locked data directory gets a clear error (in-process and the CLI)', async () => {
    const config = resolveDatabaseConfig(env(), root);
    const holder = openDatabase(config, { purpose: 'vitest lock holder' });
    try {
      await holder.client.section.count();
      let error: unknown;
      try {
        openDatabase(config, { purpose: 'second opener' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PgliteLockedError);
      expect((error as Error).message).toMatch(/already open in process \d+ .*vitest lock holder/);

      const seed = await prisma(['db', 'seed'], env());
      expect(seed.code).not.toBe(0);
      expect(seed.output).toContain(`already open in process ${process.pid}`);
      expect(seed.output).toContain('stop the app server');
      expect(seed.output).toContain('DATABASE_URL=postgresql://');

      const deploy = await prisma(['migrate', 'deploy'], env());
      expect(deploy.code).not.toBe(0);
      expect(deploy.output).toContain(`already open in process ${process.pid}`);
    } finally {
      await holder.close();
    }
    expect(fs.existsSync(lockFileFor(config.kind === 'pglite' ? config.dir : ''))).toBe(false);
  });

  it('a stale lock left by a killed process is taken over', async () => {
    const config = resolveDatabaseConfig(env(), root);
    if (config.kind !== 'pglite') throw new Error('expected PGlite');
    // A pid that surely is dead: a child that already exited.
    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((r) => dead.on('close', () => r(dead.pid!)));
    fs.writeFileSync(
      lockFileFor(config.dir),
      JSON.stringify({
        pid: deadPid,
        hostname: os.hostname(),
        startTime: null,
        purpose: 'killed server',
        command: 'node',
        createdAt: new Date().toISOString(),
        token: 'stale',
      }),
    );
    const database = openDatabase(config, { purpose: 'vitest after a crash' });
    try {
      expect(await database.client.section.count()).toBeGreaterThanOrEqual(5);
      expect(JSON.parse(fs.readFileSync(lockFileFor(config.dir), 'utf8')).pid).toBe(process.pid);
    } finally {
      await database.close();
    }
  });
});

// ---------------------------------------------------------------- PostgreSQL
const postgres = await probeTestServer();
const where = testServerUrl.replace(/\/\/[^@]*@/, '//');
if (!postgres.ok)
  console.warn(`[database.test] PostgreSQL tests SKIPPED: cannot connect to ${where}: ${postgres.reason}`);

describe.skipIf(!postgres.ok)(
  postgres.ok
    ? `PostgreSQL (fresh database on ${where})`
    : `PostgreSQL — SKIPPED, cannot connect to ${where}: ${postgres.reason}`,
  () => {
    const url = freshDatabaseUrl('news_test');
    const env = (): Env => ({ DATABASE_URL: url, PGLITE_DIR: undefined });

    // `migrate deploy` itself creates the database (the shim's create-database path).
    databaseFlow(env);
  },
);
