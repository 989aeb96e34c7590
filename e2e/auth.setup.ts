// Signs in each demo role once and saves its browser state; the newsroom specs open pages in it
// (newPage in newsroom.ts) instead of signing in per test (docs/decisions/0007-e2e-specs.md).
import { test as setup } from '@playwright/test';
import { STORED_ROLES, authFile, signIn } from './newsroom';

for (const role of STORED_ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, role);
    await page.context().storageState({ path: authFile(role) });
  });
}
