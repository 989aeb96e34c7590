// Opening the embedded PGlite database safely, and a Prisma driver adapter for it with the
// upstream bugs of pglite-prisma-adapter 0.7.2 worked around (see ../../docs/decisions/0001-database.md):
//  - executeScript() does not await PGlite.exec(): a failing migration was recorded as applied;
//  - whole migration scripts arrive through executeRaw() without arguments, and PGlite's query()
//    takes one statement only: such calls go to exec();
//  - dispose() is a no-op: whoever opens a PGlite closes it (here: close() below);
//  - PGlite does not create a missing data directory.
import fs from 'node:fs';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { acquirePgliteLock, type AcquireOptions, type PgliteLock } from './pglite-lock';

export interface OpenedPglite {
  pglite: PGlite;
  dir: string;
  lock: PgliteLock;
  /** Close the database and release the lock. Idempotent. */
  close(): Promise<void>;
}

/**
 * Lock `dir`, create it when missing and start PGlite on it. Synchronous: PGlite initialises in the
 * background and queues queries until it is ready (`await opened.pglite.waitReady` to wait).
 * Throws PgliteLockedError when another process has the directory open.
 */
export function openPglite(dir: string, options: AcquireOptions): OpenedPglite {
  const lock = acquirePgliteLock(dir, options);
  let pglite: PGlite;
  try {
    fs.mkdirSync(lock.dir, { recursive: true });
    pglite = new PGlite(lock.dir);
  } catch (e) {
    lock.release();
    throw e;
  }
  // A failed start (corrupt directory, …) must not keep the lock.
  pglite.waitReady.catch(() => lock.release());
  let closing: Promise<void> | null = null;
  return {
    pglite,
    dir: lock.dir,
    lock,
    close() {
      closing ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          lock.release();
        }
      })();
      return closing;
    },
  };
}

type Execer = Pick<PGlite, 'exec'> | Pick<PGliteTransaction, 'exec'>;

/** Statements without parameters (migration scripts among them) run through exec(), which takes many. */
function patchQueryable<T extends { executeRaw(q: SqlQuery): Promise<number> }>(
  target: T,
  client: Execer,
  onError: (e: unknown) => never,
): T {
  const executeRaw = target.executeRaw.bind(target);
  target.executeRaw = async (query: SqlQuery) => {
    if (query.args.length > 0) return executeRaw(query);
    try {
      const results = await client.exec(query.sql);
      return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
    } catch (e) {
      return onError(e);
    }
  };
  return target;
}

function patchAdapter(adapter: SqlDriverAdapter, client: PGlite, dispose?: () => Promise<void>): SqlDriverAdapter {
  // The adapter's own onError turns PGlite's DatabaseError into Prisma's DriverAdapterError.
  const onError = (e: unknown): never => (adapter as unknown as { onError(e: unknown): never }).onError(e);
  patchQueryable(adapter, client, onError);
  adapter.executeScript = async (script: string) => {
    try {
      await client.exec(script);
    } catch (e) {
      onError(e);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => {
    const tx = (await startTransaction(...args)) as Transaction & { client?: PGliteTransaction };
    return tx.client ? patchQueryable(tx, tx.client, onError) : tx;
  };
  if (dispose) adapter.dispose = dispose;
  return adapter;
}

/**
 * A migration-aware driver adapter factory for an open PGlite. The shadow database that
 * `prisma migrate dev` needs is a throw-away in-memory PGlite, closed when the engine disposes it.
 */
export function pgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(pglite);
  return {
    provider: 'postgres',
    adapterName: base.adapterName,
    async connect() {
      return patchAdapter((await base.connect()) as unknown as SqlDriverAdapter, pglite);
    },
    async connectToShadowDb() {
      const shadow = new PGlite('memory://');
      await shadow.waitReady;
      const adapter = (await new PrismaPGlite(shadow).connect()) as unknown as SqlDriverAdapter;
      return patchAdapter(adapter, shadow, async () => {
        if (!shadow.closed) await shadow.close();
      });
    },
  };
}
