// `npm run user:create` for real: a temp PGlite migrated by the real CLI; the created password works with
// better-auth's verifier; a second opener of a locked directory gets the clear lock error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, resolveDatabaseConfig } from '../lib/db/client';

const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekha-usercreate-'));
const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir, CHECKPOINT_DISABLE: '1' };

const run = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/user-create.ts'), ...args], {
    cwd: root,
    env: { ...env, ...extra },
    encoding: 'utf8',
    input: '',
  });

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run user:create', () => {
  it('creates an admin whose password better-auth accepts, and refuses bad input clearly', async () => {
    const ok = run(['--email', 'First.Admin@Example.org', '--role', 'admin'], { NEWSROOM_PASSWORD: 'a-long-password' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Created first.admin@example.org (admin)');

    const again = run(['--email', 'first.admin@example.org', '--role', 'admin'], {
      NEWSROOM_PASSWORD: 'a-long-password',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');

    const short = run(['--email', 'x@example.org', '--role', 'editor'], { NEWSROOM_PASSWORD: 'short' });
    expect(short.stderr).toContain('at least 10 characters');
    const role = run(['--email', 'x@example.org', '--role', 'owner'], { NEWSROOM_PASSWORD: 'a-long-password' });
    expect(role.stderr).toContain('--role must be');
    const noPassword = run(['--email', 'x@example.org', '--role', 'editor']);
    expect(noPassword.stderr).toContain('NEWSROOM_PASSWORD');

    const database = openDatabase(resolveDatabaseConfig({ PGLITE_DIR: dir }, root), { purpose: 'test' });
    try {
      const user = await database.client.user.findUniqueOrThrow({
        where: { email: 'first.admin@example.org' },
        include: { accounts: true },
      });
      expect(user.role).toBe('admin');
      expect(await verifyPassword({ hash: user.accounts[0].password!, password: 'a-long-password' })).toBe(true);
      // While this process holds the directory, the CLI refuses with the lock's explanation.
      const locked = run(['--email', 'y@example.org', '--role', 'editor'], { NEWSROOM_PASSWORD: 'a-long-password' });
      expect(locked.status).toBe(1);
      expect(locked.stderr).toMatch(/lock|in use|stop the server/i);
    } finally {
      await database.close();
    }
  }, 120_000);
});
