// `prisma db seed` (registered in prisma.config.ts): the demo sections, tags, authors, images and
// stories, into the database chosen by the environment (PGlite in ./data/pglite unless
// DATABASE_URL is set). Safe to run again: it updates the same rows (see ./seed/run.ts).
import { openDatabase, PgliteLockedError, resolveDatabaseConfig } from '../lib/db/client';
import { redactUrl } from '../lib/db/config';
import { demoContent } from './seed/content';
import { SeedContentError, seedDatabase } from './seed/run';
import { seedStaticPages } from './seed/pages';
import { demoUsers, seedDemoUsers } from '../lib/auth/demo-users';

const started = performance.now();
const config = resolveDatabaseConfig();
console.log(`Seeding ${config.kind === 'pglite' ? `PGlite in ${config.dir}` : `PostgreSQL ${redactUrl(config.url)}`}`);

let database: ReturnType<typeof openDatabase> | undefined;
try {
  database = openDatabase(config, { purpose: 'prisma db seed' });
  await seedDatabase(database.client, demoContent, { log: (m) => console.log(`  ${m}`) });
  console.log(`  static pages: ${await seedStaticPages(database.client)} language versions`);
  await seedDemoUsers(database.client); // demo-only newsroom accounts (README)
  console.log(`  ${demoUsers.length} demo newsroom accounts`);
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  // Expected failures get their message only; anything else its stack.
  console.error(e instanceof PgliteLockedError || e instanceof SeedContentError ? `\n${e.message}\n` : e);
  process.exitCode = 1;
} finally {
  await database?.close();
}
