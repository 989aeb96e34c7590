// The key better-auth signs session cookies with. BETTER_AUTH_SECRET in production; otherwise one random
// key is made once and kept in data/.auth-secret (git-ignored), so a restart does not sign everyone out.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.resolve(
    /* turbopackIgnore: true */ process.cwd(),
    env.AUTH_SECRET_FILE?.trim() || 'data/.auth-secret',
  );
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not made yet
  }
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return fs.readFileSync(file, 'utf8').trim(); // another process made it first
  }
}
