// Test helper: the reader data layer against real databases — a fresh PGlite in a temp directory and,
// where a server answers, a fresh PostgreSQL database — migrated with the project's migration files and
// seeded with the demo content, installed as the process-wide client that lib/news/* uses. Each file's databases
// are copies of the run's seeded templates (templates.ts): migrated and seeded once, written to by one file.
// (lib/db/database.test.ts covers the Prisma CLI path; here the SQL files are applied directly, for speed.)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl, testServerUrl as serverUrl } from '@/lib/db/testing-postgres';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database } from '@/lib/db/client';
import { pgliteUrl } from '@/lib/db/config';
import { installTestDatabase } from '@/lib/db/testing';
import { demoContent } from '@/prisma/seed/content';
import { seedStaticPages } from '@/prisma/seed/pages';
import { seedDatabase } from '@/prisma/seed/run';
import { readerTemplates } from './templates';

const root = path.resolve(import.meta.dirname, '../../..');

export function migrationScripts(): string[] {
  const dir = path.join(root, 'prisma', 'migrations');
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, 'migration.sql')))
    .sort()
    .map((d) => fs.readFileSync(path.join(dir, d, 'migration.sql'), 'utf8'));
}

/** A new database on the test server (empty, or a copy of `template`): its URL, and how to drop it. */
export async function createPostgresDatabase(
  prefix: string,
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(serverUrl, name),
    async drop() {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}

async function postgresAvailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgresProblem = await postgresAvailable();
if (postgresProblem) console.warn(`[reader tests] PostgreSQL tests SKIPPED: ${postgresProblem}`);

/** The time the demo content was seeded at: one for the run, as the templates are. */
export const SEED_NOW = new Date(inject('readerTemplates').seedNow);

/** The demo content and static pages, as `prisma db seed` loads them, at the fixed SEED_NOW. */
export async function seedReaderDemo(client: Database['client']) {
  await seedDatabase(client, demoContent, { now: SEED_NOW });
  await seedStaticPages(client);
}

const templates = () =>
  readerTemplates({
    serverUrl,
    usePostgres: postgresProblem === null,
    migrations: migrationScripts,
    seed: seedReaderDemo,
  });

/**
 * Runs `body` once per database, each in its own describe block, with the seeded database installed as
 * `db()`. `body` receives a getter for the Database (for direct checks).
 */

export function describeOnDatabases(title: string, body: (database: () => Database) => void) {
  describe(`${title} — PGlite`, () => {
    let tmp = '';
    let database: Database;
    let release: (() => void) | undefined;
    beforeAll(async () => {
      const { pgliteDir } = await templates();
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-pglite-'));
      const dir = path.join(tmp, 'db');
      fs.cpSync(pgliteDir, dir, { recursive: true });
      database = openDatabase({ kind: 'pglite', dir, url: pgliteUrl(dir) }, { purpose: 'vitest reader tests' });
      release = installTestDatabase(database);
    });
    afterAll(async () => {
      release?.();
      await database?.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    });
    body(() => database);
  });

  describe.skipIf(postgresProblem !== null)(
    `${title} — PostgreSQL${postgresProblem ? ` (SKIPPED: ${postgresProblem})` : ''}`,
    () => {
      let created: Awaited<ReturnType<typeof createPostgresDatabase>>;
      let database: Database;
      let release: (() => void) | undefined;
      beforeAll(async () => {
        const { postgresName } = await templates();
        if (!postgresName) throw new Error('no PostgreSQL template although the server answered');
        created = await createPostgresDatabase('reader_test', postgresName);
        database = openDatabase({ kind: 'postgres', url: created.url });
        release = installTestDatabase(database);
      });
      afterAll(async () => {
        release?.();
        await database?.close();
        await created?.drop();
      });
      body(() => database);
    },
  );
}
