// Demo-only newsroom accounts, one per role, created by the demo seed (and used by the e2e tests).
// Never use these on a real site: create real accounts with `npm run user:create`.
import type { PrismaClient } from '@/lib/db/client';
import type { Role } from './roles';
import { upsertUser } from './users';

export const DEMO_PASSWORD = 'newsroom-demo';

export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: 'admin@rekha.example', name: 'Demo Admin', role: 'admin' },
  { email: 'editor@rekha.example', name: 'Demo Editor', role: 'editor' },
  { email: 'author@rekha.example', name: 'Demo Author', role: 'author' },
  { email: 'contributor@rekha.example', name: 'Demo Contributor', role: 'contributor' },
];

/** Create (or reset) the demo accounts. Idempotent. */
export async function seedDemoUsers(client: PrismaClient): Promise<void> {
  for (const u of demoUsers) await upsertUser(client, { ...u, password: DEMO_PASSWORD }, { update: true });
}
