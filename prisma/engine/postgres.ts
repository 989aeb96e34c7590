// PostgreSQL side of the schema-engine shim: a migration-aware driver adapter factory built on
// @prisma/adapter-pg 7.10.0, with two upstream bugs worked around:
//  - the adapter cannot decode Postgres' internal "char" type (OID 18) that the engine's catalog
//    queries return ("Column type 'char' could not be deserialized"): pg reports it as text here;
//  - its connectToShadowDb() connects to the MAIN database when the factory was built from a
//    connection string ({...config, database} loses to connectionString) and drops the shadow
//    database before closing its pool: we create, connect to and drop the shadow database ourselves;
//  - its executeScript() splits a migration script on every ";", which breaks dollar-quoted function
//    bodies (CREATE FUNCTION … $fn$ … ; … $fn$): the script is sent whole instead (the simple query
//    protocol runs many statements, as one implicit transaction).
import crypto from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Fields = { dataTypeID: number }[];
function charAsText<R>(result: R): R {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of (r as { fields?: Fields } | undefined)?.fields ?? []) {
      if (f.dataTypeID === PG_CHAR_OID) f.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

/** pg.Client that reports `"char"` columns as text (their values are single-character strings anyway). */
class CharAsTextClient extends pg.Client {
  // pg's overloads are many; forward everything and fix the result on both the callback and promise paths.
  query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const cb = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => cb(err, err ? res : charAsText(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    if (ret && typeof (ret as Promise<unknown>).then === 'function') {
      return (ret as Promise<unknown>).then(charAsText) as never;
    }
    return ret as never;
  }
}

/** Send migration scripts whole (see the header). */
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const inner = adapter as SqlDriverAdapter & { client: pg.Pool; onError(e: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await inner.client.query(script);
    } catch (e) {
      inner.onError(e);
    }
  };
  return adapter;
}

function pool(url: string) {
  return new pg.Pool({ connectionString: url, Client: CharAsTextClient, max: 4 });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Run statements on a single short-lived connection to `url`. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function dropDatabase(url: string, name: string) {
  await withClient(url, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`); // PostgreSQL 13+
    } catch (e) {
      if ((e as { code?: string }).code !== '42601') throw e;
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}

export interface PostgresFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Drop shadow databases the engine did not dispose of. */
  cleanup(): Promise<void>;
}

export function postgresAdapterFactory(url: string, shadowDatabaseUrl?: string): PostgresFactory {
  const schema = new URL(url).searchParams.get('schema') ?? undefined;
  const main = new PrismaPg(pool(url), { schema, disposeExternalPool: true });
  const shadows = new Set<string>();
  return {
    provider: 'postgres',
    adapterName: main.adapterName,
    connect: async () => wholeScripts(await main.connect()),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      if (shadowDatabaseUrl) {
        return wholeScripts(await new PrismaPg(pool(shadowDatabaseUrl), { disposeExternalPool: true }).connect());
      }
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replace(/-/g, '')}`;
      await withClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      shadows.add(name);
      const adapter = wholeScripts(
        await new PrismaPg(pool(withDatabase(url, name)), { disposeExternalPool: true }).connect(),
      );
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose(); // close the shadow pool first, then drop the database
        await dropDatabase(url, name);
        shadows.delete(name);
      };
      return adapter;
    },
    async cleanup() {
      for (const name of shadows) {
        await dropDatabase(url, name).catch(() => {});
        shadows.delete(name);
      }
    },
  };
}
