import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium';
import { e2eHostEnv } from './e2e/hosts';

// Browsers cannot be downloaded here: use Debian's chromium (or CHROMIUM_PATH). Where Playwright's own
// browser is installed (`npx playwright install chromium` on an open network), set CHROMIUM_PATH= (empty).
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The server's secret for /api/revalidate (decision 0015); the cache spec calls it. Fixed, so the config
// gives every worker process the same value.
process.env.E2E_REVALIDATE_SECRET ??= 'e2e-revalidate-secret';

/** The newsroom specs: they write content, change accounts or fail sign-ins (docs/decisions/0007-e2e-specs.md). */
const NEWSROOM = /(access\.admin|account-security|live-blog|newsroom-[\w-]+|security\.newsroom(-[\w-]+)?)\.spec\.ts$/;
/** Specs that write content or sign in badly: they run after the reader specs, in the projects below. */
const WRITES = new RegExp(`${NEWSROOM.source}|(security\\.xss|cache)\\.spec\\.ts$`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [...CHROMIUM_ARGS],
    },
  },
  // One server and database for all specs. The reader and crawler specs count the demo content exactly, so
  // they run first; the newsroom specs, which publish, unpublish and delete, run after them.
  projects: [
    // Each demo role signs in once; the newsroom specs reuse the saved sessions (storageState). Only adds sessions,
    // so it runs beside the reader specs.
    { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
    { name: 'reader', testIgnore: WRITES, use: { ...devices['Desktop Chrome'] } },
    // The XSS corpus writes content in every language (the banner too), so it runs alone after the reader specs.
    {
      name: 'newsroom-xss',
      testMatch: /security\.xss\.spec\.ts$/,
      dependencies: ['reader', 'setup'],
      use: { ...devices['Desktop Chrome'] },
    },
    // cache.spec asserts that pages of other languages stay cached: nothing else may write while it runs.
    {
      name: 'cache',
      testMatch: /cache\.spec\.ts$/,
      dependencies: ['newsroom-xss'],
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'newsroom',
      testMatch: NEWSROOM,
      dependencies: ['cache'],
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  webServer: {
    // A production build on its own embedded database, freshly migrated and seeded with the demo content.
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/be`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    // Most-read counts are written every second instead of every minute, so a test can see them.
    env: {
      VIEWS_FLUSH_INTERVAL_MS: process.env.VIEWS_FLUSH_INTERVAL_MS ?? '1000',
      REVALIDATE_SECRET: process.env.E2E_REVALIDATE_SECRET,
      // Mirror hosts and an onion address beside the primary (SITE_URL, scripts/e2e-server.sh): requests to the
      // test base URL are unaffected (e2e/mirrors.spec.ts).
      ...e2eHostEnv(PORT),
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
