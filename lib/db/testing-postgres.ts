// Test helper for tests that let the Prisma CLI create their PostgreSQL database (`migrate deploy` creates a
// missing one): the test server, whether it answers, and a fresh database name on it dropped after the suite.
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';

export const testServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Does the test server answer? If not, why (for the SKIPPED title). */
export async function probeTestServer(): Promise<{ ok: true; reason: '' } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: testServerUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, reason: '' };
  } catch (e) {
    return { ok: false, reason: (e as Error).message || (e as { code?: string }).code || String(e) };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The URL of a database that does not exist yet on the test server, `<prefix>_<random>`; call inside a describe
 * block: the database is dropped (if it was made) after that block.
 */
export function freshDatabaseUrl(prefix: string): string {
  const name = `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: testServerUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  return databaseUrl(testServerUrl, name);
}

/** The URL of database `name` on the server at `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
