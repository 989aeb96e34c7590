// Seeded template databases for the test files that open a database of their own (databases.ts): the migrations
// and the demo seed run once per test run, not once per file (they take about 4 s on PGlite and 3 s on
// PostgreSQL); each file then gets its own copy — a copied PGlite folder, or `CREATE DATABASE … TEMPLATE` on the
// server — so files still never see each other's writes. Made on first use by one worker; the others wait for it
// (a folder made with mkdir is the lock: only one process can create it). Removed by templates.global.ts.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '@/lib/db/client';
import { pgliteUrl } from '@/lib/db/config';
import { databaseUrl } from '@/lib/db/testing-postgres';

export interface Templates {
  /** A closed PGlite folder, migrated and seeded: copy it, never open it. */
  pgliteDir: string;
  /** The seeded database on the test server, or null when that server is not used. */
  postgresName: string | null;
}

const WAIT_MS = 170_000;

export interface TemplateRecipe {
  serverUrl: string;
  usePostgres: boolean;
  migrations: () => string[];
  seed: (client: Database['client']) => Promise<void>;
}

let mine: Promise<Templates> | undefined;

/** The run's templates, made by this process or by another one. */
export function readerTemplates(recipe: TemplateRecipe): Promise<Templates> {
  return (mine ??= obtain(recipe));
}

async function obtain(recipe: TemplateRecipe): Promise<Templates> {
  const { dir, postgresName } = inject('readerTemplates');
  const ready = path.join(dir, 'ready.json');
  const failed = path.join(dir, 'failed.txt');
  let builder = true;
  try {
    fs.mkdirSync(path.join(dir, 'building'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    builder = false;
  }
  if (builder) {
    try {
      const templates = await build(dir, recipe.usePostgres ? postgresName : null, recipe);
      fs.writeFileSync(`${ready}.tmp`, JSON.stringify(templates));
      fs.renameSync(`${ready}.tmp`, ready);
      return templates;
    } catch (e) {
      fs.writeFileSync(failed, String((e as Error).stack ?? e));
      throw e;
    }
  }
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline;) {
    if (fs.existsSync(ready)) return JSON.parse(fs.readFileSync(ready, 'utf8')) as Templates;
    if (fs.existsSync(failed))
      throw new Error(`another worker failed to make the seeded databases:\n${fs.readFileSync(failed, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no seeded databases after ${WAIT_MS / 1000} s (${dir})`);
}

async function build(dir: string, postgresName: string | null, recipe: TemplateRecipe): Promise<Templates> {
  const pgliteDir = path.join(dir, 'pglite');
  const database = openDatabase(
    { kind: 'pglite', dir: pgliteDir, url: pgliteUrl(pgliteDir) },
    { purpose: 'vitest template' },
  );
  try {
    for (const sql of recipe.migrations()) await database.client.$executeRawUnsafe(sql);
    await recipe.seed(database.client);
  } finally {
    await database.close();
  }
  if (postgresName) {
    await onServer(recipe.serverUrl, `CREATE DATABASE "${postgresName}"`);
    // For templates.global.ts: a database to drop after the run.
    fs.writeFileSync(`${dir}.postgres`, postgresName);
    const url = databaseUrl(recipe.serverUrl, postgresName);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const sql of recipe.migrations()) await client.query(sql);
    } finally {
      await client.end();
    }
    const seeded = openDatabase({ kind: 'postgres', url });
    try {
      await recipe.seed(seeded.client);
    } finally {
      // A template may have no connection open while it is copied.
      await seeded.close();
    }
  }
  return { pgliteDir, postgresName };
}

export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
