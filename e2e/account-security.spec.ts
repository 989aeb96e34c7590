// Account security in a real browser against `next start` (decision 0019): a spoofed X-Forwarded-For
// changes nothing; two-factor setup with a code computed here, then sign-in needs the code (or a
// recovery code, once); a disabled user is refused and their open session dies.
// Each test uses accounts it creates, so its failed sign-ins lock out nobody else.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { totp } from '../lib/auth/testing/totp';
import type { Role } from '../lib/auth/roles';
import { createAccount, newPage } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const PASSWORD = 'a-long-test-password';

async function createUser(browser: Browser, name: string, role: Role = 'editor') {
  const admin = await newPage(browser, 'admin');
  const email = `${name}-${run}@rekha.example`;
  await createAccount(admin, email, PASSWORD, role);
  return { admin, email };
}

async function fresh(browser: Browser, headers: Record<string, string> = {}) {
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: headers });
  return context.newPage();
}

async function submitPassword(page: Page, email: string, password = PASSWORD) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
}

test('a spoofed X-Forwarded-For neither escapes the limit nor gets recorded as the address', async ({ browser }) => {
  test.setTimeout(90_000);
  const { email } = await createUser(browser, 'spoof');
  const page = await fresh(browser);
  for (let i = 0; i < 5; i++) {
    await page
      .context()
      .setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${i + 1}`, 'X-Real-IP': `203.0.113.${i + 1}` });
    await submitPassword(page, email, `wrong-password-${i}`);
    await expect(page.getByTestId('sign-in-error')).toBeVisible();
  }
  // A sixth "address" is still this client: blocked, even with the right password.
  await page.context().setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.77' });
  await submitPassword(page, email);
  await expect(page.getByTestId('sign-in-error')).toContainText('Too many failed attempts');

  const other = await createUser(browser, 'spoof-session');
  const user = await fresh(browser, { 'X-Forwarded-For': '198.51.100.23', 'x-rekha-client-address': '198.51.100.24' });
  await submitPassword(user, other.email);
  await expect(user.getByTestId('signed-in-as')).toContainText(other.email);
  await user.goto('/admin/account');
  const sessions = user.getByTestId('sessions');
  await expect(sessions).toContainText('127.0.0.1');
  await expect(sessions).not.toContainText('198.51.100.');
});

test('two-factor: set up with a computed code; then the password alone is not enough; a recovery code works once', async ({
  browser,
}) => {
  test.setTimeout(120_000); // many sign-ins on a busy machine
  const { email } = await createUser(browser, 'totp');
  const page = await fresh(browser);
  await submitPassword(page, email);
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
  await page.goto('/admin/account');
  await expect(page.getByTestId('two-factor-state')).toContainText('off');
  await page.getByRole('link', { name: 'Set up or change two-factor sign-in' }).click();
  await page.getByLabel('Your password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Start setting up' }).click();
  await expect(page.getByTestId('totp-qr').locator('svg')).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  const recovery = await page.getByTestId('recovery-codes').locator('li').allTextContents();
  expect(recovery).toHaveLength(10);
  await page.getByLabel('Code shown in the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Switch on two-factor sign-in' }).click();
  await expect(page.getByRole('status')).toContainText('Two-factor sign-in is on');
  await expect(page.getByTestId('two-factor-state')).toContainText('on');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);

  // Password only: asked for a code, and not signed in.
  await submitPassword(page, email);
  await expect(page.getByRole('heading', { name: 'Two-factor code' })).toBeVisible();
  expect((await page.request.get('/admin', { maxRedirects: 0 })).headers()['location']).toBe('/admin/sign-in');
  await page.getByLabel('Code from your authenticator app').fill(totp(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('sign-in-error')).toContainText('That code is not right');
  await page.getByLabel('Code from your authenticator app').fill(totp(secret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();

  // A recovery code signs in once.
  for (const expected of ['in', 'refused'] as const) {
    await submitPassword(page, email);
    await page.getByText('Use a recovery code instead').click();
    await page.getByLabel('Recovery code', { exact: true }).fill(recovery[0]);
    await page.getByRole('button', { name: 'Sign in with the recovery code' }).click();
    if (expected === 'in') {
      await expect(page.getByTestId('signed-in-as')).toContainText(email);
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    } else {
      await expect(page.getByTestId('sign-in-error')).toContainText('That code is not right');
      expect((await page.request.get('/admin', { maxRedirects: 0 })).headers()['location']).toBe('/admin/sign-in');
    }
  }
});

test('an admin disables a user: their open session dies and they cannot sign in; enabled again, they can', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { admin, email } = await createUser(browser, 'disabled', 'author');
  const page = await fresh(browser);
  await submitPassword(page, email);
  await expect(page.getByTestId('signed-in-as')).toContainText(email);

  await admin.goto('/admin/users');
  const row = admin.getByTestId(`user-${email}`);
  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(admin.getByRole('status')).toContainText('disabled');
  await expect(admin.getByTestId(`user-${email}`).getByTestId('user-status')).toHaveText('disabled');

  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await submitPassword(page, email);
  await expect(page.getByTestId('sign-in-error')).toContainText('This account is disabled');

  await admin.getByTestId(`user-${email}`).getByRole('button', { name: 'Enable' }).click();
  await expect(admin.getByRole('status')).toContainText('enabled');
  await submitPassword(page, email);
  await expect(page.getByTestId('signed-in-as')).toContainText(email);

  // The admin ends that session from the users page.
  await admin.goto('/admin/users');
  await admin.getByTestId(`user-${email}`).getByRole('button', { name: 'End all sessions' }).click();
  await expect(admin.getByRole('status')).toContainText('All sessions');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});
