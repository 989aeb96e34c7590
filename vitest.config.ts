import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    // The cluster tests start the whole topology: `npm run test:cluster` (vitest.cluster.config.ts).
    exclude: ['node_modules/**', 'e2e/**', '.next/**', 'lib/generated/**', 'scripts/cluster*.test.ts'],
    environment: 'node',
    // revalidateTag records tags instead of needing Next's request context (lib/cache/testing/revalidations.ts).
    setupFiles: ['lib/cache/testing/revalidations.ts'],
    // One seeded template database per kind for the run, copied by each file (lib/news/testing/templates.ts).
    globalSetup: ['lib/news/testing/templates.global.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Integration tests run real migrations against real databases: keep files in one process pool of 2.
    maxWorkers: 2,
  },
});
