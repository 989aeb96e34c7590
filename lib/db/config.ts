// Which database this process talks to, decided in one place for the app, the Prisma CLI
// (prisma.config.ts and the schema-engine shim) and the seed. See docs/decisions/0001-database.md.
//   DATABASE_URL unset or empty        → embedded PGlite in ./data/pglite (or PGLITE_DIR)
//   DATABASE_URL=postgres(ql)://…      → a real PostgreSQL server
import path from 'node:path';

export const DEFAULT_PGLITE_DIR = 'data/pglite';

/** Host name that marks the PGlite pseudo-URL handed to the Prisma CLI; never a real server. */
export const PGLITE_URL_HOST = 'pglite';

export type DatabaseConfig =
  | { kind: 'pglite'; /** absolute data directory */ dir: string; /** pseudo-URL for the Prisma CLI */ url: string }
  | { kind: 'postgres'; url: string };

type Env = Record<string, string | undefined>;

/** The database chosen by the environment. Relative PGLITE_DIR values are resolved against `baseDir`. */
export function resolveDatabaseConfig(env: Env = process.env, baseDir?: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    // The PGlite pseudo-URL (below) is accepted too, so the shim and child processes agree.
    const pglite = parsePgliteUrl(url);
    if (pglite) return { kind: 'pglite', dir: pglite, url };
    if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
    throw new Error(
      `DATABASE_URL must be a postgresql:// URL (got "${url.split(':')[0]}:…"). ` +
        'Leave it unset to use the embedded PGlite database in ./data/pglite.',
    );
  }
  const base = baseDir ?? /* turbopackIgnore: true */ process.cwd();
  const dir = path.resolve(base, env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR);
  return { kind: 'pglite', dir, url: pgliteUrl(dir) };
}

/**
 * The Prisma CLI needs a datasource URL even for PGlite. It only prints it and passes it to the
 * schema engine, which is our shim (prisma/engine): `postgresql://pglite/<name>?pglite_dir=<absolute dir>`.
 */
export function pgliteUrl(dir: string): string {
  const name = path.basename(dir).replace(/[^A-Za-z0-9_-]/g, '_') || 'pglite';
  return `postgresql://${PGLITE_URL_HOST}/${name}?pglite_dir=${encodeURIComponent(dir)}`;
}

/** The data directory from a PGlite pseudo-URL, or null for any other URL. */
export function parsePgliteUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!/^postgres(ql)?:$/i.test(u.protocol) || u.hostname !== PGLITE_URL_HOST) return null;
  const dir = u.searchParams.get('pglite_dir');
  return dir ? path.resolve(dir) : null;
}

/** A URL safe to print: the password masked. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<invalid url>';
  }
}
