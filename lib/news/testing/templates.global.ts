// Vitest global set-up (vitest.config.ts): one folder and one seed time for the whole run, shared by the test
// files that open seeded databases (lib/news/testing/databases.ts). The seeded databases themselves are made on
// first use by whichever worker needs one first (lib/news/testing/templates.ts), so a run without such files
// pays nothing; this only removes them afterwards.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { testServerUrl as serverUrl } from '@/lib/db/testing-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    readerTemplates: { dir: string; postgresName: string; seedNow: string };
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-templates-'));
  const postgresName = `reader_tmpl_${crypto.randomBytes(4).toString('hex')}`;
  project.provide('readerTemplates', { dir, postgresName, seedNow: new Date().toISOString() });
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (!fs.existsSync(`${dir}.postgres`)) return;
    const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${postgresName}" WITH (FORCE)`);
    } catch (e) {
      console.warn(`[reader tests] could not drop the template database ${postgresName}:`, e);
    } finally {
      await client.end().catch(() => {});
      fs.rmSync(`${dir}.postgres`, { force: true });
    }
  };
}
