// Creates the demo-only newsroom accounts (lib/auth/demo-accounts.ts). Never use these on a real site:
// create real accounts with `npm run user:create`.
import type { PrismaClient } from '@/lib/db/client';
import { DEMO_PASSWORD, demoUsers } from './demo-accounts';
import { upsertUser } from './users';

export { demoUsers } from './demo-accounts';

/** Create (or reset) the demo accounts. Idempotent. */
export async function seedDemoUsers(client: PrismaClient): Promise<void> {
  for (const u of demoUsers) await upsertUser(client, { ...u, password: DEMO_PASSWORD }, { update: true });
}
