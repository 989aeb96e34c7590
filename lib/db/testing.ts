// For tests and benchmarks that open their own database (a temp PGlite, a fresh PostgreSQL database, a
// statement-recording client): make it the one `db()` returns, so lib/news/* and lib/admin/* run on it.
// (Not named use…: it is no React hook, and the linter would treat it as one.)
import { setProcessDatabase, type Database } from './client';

/**
 * `db()` answers with `database.client` until the returned function is called. The caller keeps ownership:
 * closing the database stays its job.
 */
export function installTestDatabase(database: Pick<Database, 'client' | 'config'>): () => void {
  setProcessDatabase({ ...database, close: async () => {} });
  return () => setProcessDatabase(undefined);
}
