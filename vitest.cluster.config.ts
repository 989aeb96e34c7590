// The cluster tests (npm run test:cluster): they start the whole production topology themselves
// (scripts/cluster-topology.ts), so they run alone, one file at a time, outside `npm run test:unit`.
import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['scripts/cluster*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
