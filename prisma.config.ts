// Prisma CLI configuration. The CLI needs no downloaded engine: the schema engine is our shim
// (prisma/engine), which forwards to Prisma's WebAssembly build of the same engine.
// Database: embedded PGlite in ./data/pglite (or PGLITE_DIR) unless DATABASE_URL=postgresql://… is set.
// See docs/decisions/0001-database.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { resolveDatabaseConfig } from './lib/db/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// A real schema-engine binary, where one is installed and pointed at, still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'prisma', 'engine', 'schema-engine');
process.env.CHECKPOINT_DISABLE ??= '1'; // no update check (no network here)
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1';

const database = resolveDatabaseConfig(process.env, root);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'node --import tsx prisma/seed.ts',
  },
  datasource: {
    url: database.url,
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
