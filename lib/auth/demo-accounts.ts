// Demo-only newsroom accounts, one per role (README lists them). Plain data: the seed and the e2e tests read it.
import type { Role } from './roles';

export const DEMO_PASSWORD = 'newsroom-demo';

export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: 'admin@rekha.example', name: 'Demo Admin', role: 'admin' },
  { email: 'editor@rekha.example', name: 'Demo Editor', role: 'editor' },
  { email: 'author@rekha.example', name: 'Demo Author', role: 'author' },
  { email: 'contributor@rekha.example', name: 'Demo Contributor', role: 'contributor' },
];

export const demoUser = (role: Role) => demoUsers.find((u) => u.role === role)!;
