// The one module that owns the database client. Everything else calls `db()`.
//   DATABASE_URL unset     → embedded PGlite in ./data/pglite (PGLITE_DIR overrides), via pglite-prisma-adapter
//   DATABASE_URL=postgres… → PostgreSQL via @prisma/adapter-pg
// The client is created on first use, never when this module loads (`next build` imports modules),
// and kept on globalThis so that `next dev` hot reloads reuse it. Opening PGlite takes an exclusive
// lock on its directory: while the app runs, migrate/seed/scripts get a clear error, and vice versa.
// See docs/decisions/0001-database.md.
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../generated/prisma/client';
import { resolveDatabaseConfig, type DatabaseConfig } from './config';
import { openPglite, pgliteAdapterFactory } from './pglite';

export * from '../generated/prisma/client';
export { resolveDatabaseConfig, type DatabaseConfig } from './config';
export { PgliteLockedError } from './pglite-lock';

/**
 * A PostgreSQL that does not answer fails a query after this long instead of holding the request for ever (pg's
 * default): the reader gets the 503 page and the background check notices (lib/ops/health.ts).
 */
const CONNECT_TIMEOUT_MS = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 3000);

export interface Database {
  client: PrismaClient;
  config: DatabaseConfig;
  /** Disconnect; for PGlite also close it and release the directory lock. Idempotent. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Shown to another process that finds the PGlite directory locked. */
  purpose?: string;
}

/** A new client for `config` (the environment's database by default). Callers own and close it. */
export function openDatabase(
  config: DatabaseConfig = resolveDatabaseConfig(),
  { purpose = 'app server' }: OpenDatabaseOptions = {},
): Database {
  if (config.kind === 'postgres') {
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: config.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
    });
    let closing: Promise<void> | null = null;
    return { client, config, close: () => (closing ??= client.$disconnect()) };
  }
  const opened = openPglite(config.dir, { purpose });
  // pglite-prisma-adapter is typed against an older @prisma/driver-adapter-utils; the shapes match.
  const adapter = pgliteAdapterFactory(opened.pglite) as unknown as SqlDriverAdapterFactory;
  // One connection: a transaction waits its turn behind the others, longer on a busy machine than Prisma's 2 s
  // default allows (the seed's first transaction timed out while the machine was loaded). A stuck transaction
  // still ends after 30 s.
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 30_000 } });
  let closing: Promise<void> | null = null;
  return {
    client,
    config,
    close: () =>
      (closing ??= (async () => {
        try {
          await client.$disconnect();
        } finally {
          await opened.close(); // the adapter's dispose() does not close PGlite
        }
      })()),
  };
}

const GLOBAL_KEY = Symbol.for('rekha.db');
type Global = typeof globalThis & { [GLOBAL_KEY]?: Database };

/** The process-wide client, created on first call from the environment. */
export function db(): PrismaClient {
  const g = globalThis as Global;
  let database = g[GLOBAL_KEY];
  if (!database) {
    database = openDatabase(resolveDatabaseConfig(), { purpose: 'app server' });
    g[GLOBAL_KEY] = database;
    if (database.config.kind === 'pglite') closeOnSignals();
  }
  return database.client;
}

/**
 * Install (or, with undefined, forget) the process-wide database without opening one from the environment.
 * For lib/db/testing.ts only: code outside lib/db calls installTestDatabase there.
 */
export function setProcessDatabase(database: Database | undefined): void {
  const g = globalThis as Global;
  if (database) g[GLOBAL_KEY] = database;
  else delete g[GLOBAL_KEY];
}

/** Close the process-wide client, if one was created (scripts call this before exiting). */
export async function closeDb(): Promise<void> {
  const g = globalThis as Global;
  const database = g[GLOBAL_KEY];
  if (!database) return;
  delete g[GLOBAL_KEY];
  await database.close();
}

const SIGNALS_KEY = Symbol.for('rekha.db.signals');

/** Close PGlite cleanly on SIGTERM/SIGINT (PGlite survives kills, but a clean close is cheaper to reopen). */
function closeOnSignals() {
  const g = globalThis as Record<symbol, unknown>;
  if (g[SIGNALS_KEY]) return;
  g[SIGNALS_KEY] = true;
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    process.once(signal, () => {
      // When something else (Next.js) also listens, it decides when to exit; otherwise we do.
      const othersListen = process.listenerCount(signal) > 0;
      closeDb()
        .catch((e) => console.error('[db] closing the database failed:', e))
        .finally(() => {
          if (!othersListen) process.exit(code);
        });
    });
  }
}
