// Newsroom accounts and sessions: /admin is private, an admin creates a user, sign-out, and the sign-in rate limit.
// Serial: the rate limit runs last, on the account this spec made (decision 0019).
import { expect, test } from '@playwright/test';
import { createAccount, newPage, pageSignedInAs } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

test('/admin is private: sign-in page, no caching, no indexing, no locale redirect', async ({ request }) => {
  const res = await request.get('/admin', { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()['location']).toBe('/admin/sign-in');
  expect(res.headers()['cache-control']).toContain('no-store');
  const page = await request.get('/admin/sign-in');
  expect(page.headers()['cache-control']).toContain('no-store');
  expect(page.headers()['x-robots-tag']).toContain('noindex');
  expect(await page.text()).toContain('noindex');
});

test('an admin creates a user and changes roles; an editor adds a tag in three languages', async ({ browser }) => {
  const admin = await newPage(browser, 'admin');
  const email = `new-${run}@rekha.example`;
  await createAccount(admin, email, 'a-fresh-password', 'contributor');
  const row = admin.locator('li', { hasText: email });
  await row.getByRole('combobox').selectOption('editor');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(admin.getByRole('status')).toContainText('Role changed');

  const page = await pageSignedInAs(browser, email, 'a-fresh-password');
  await expect(page.getByTestId('signed-in-as')).toContainText(`${email} · editor`);
  // Editors may not manage users, even by going to the page.
  await page.goto('/admin/users');
  await expect(page.getByText('not allowed')).toBeVisible();

  await page.goto('/admin/taxonomy');
  const tags = page.locator('section#tag');
  await tags.getByText('New entry').click();
  const form = tags.locator('details form');
  await form.getByLabel('Name (BE)').fill(`Лёд ${run}`);
  await form.getByLabel('Name (RU)').fill(`Лёд ${run}`);
  await form.getByLabel('Name (EN)').fill(`Ice ${run}`);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expect(page.locator(`input[value="lyod-${run}"]`)).toHaveCount(2); // be and ru transliterate ё alike
  await expect(page.locator(`input[value="ice-${run}"]`)).toHaveCount(1);
  await page.goto('/admin/stories/new?locale=en');
  await expect(page.getByLabel(`Ice ${run}`)).toBeVisible();
});

test('sign-out of other sessions, and sign-out', async ({ browser }) => {
  // The account made above: ending the sessions of a demo account would sign out the specs that share them.
  const email = `new-${run}@rekha.example`;
  const one = await pageSignedInAs(browser, email, 'a-fresh-password');
  const two = await pageSignedInAs(browser, email, 'a-fresh-password');
  await two.goto('/admin/account');
  await two.getByRole('button', { name: 'Sign out of other devices' }).click();
  await expect(two.getByRole('status')).toContainText('signed out');
  await one.goto('/admin');
  await expect(one).toHaveURL(/\/admin\/sign-in$/);
  await two.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(two).toHaveURL(/\/admin\/sign-in$/);
});

test('failed sign-ins are limited to 5 per account and address, with a clear message', async ({ page }) => {
  await page.goto('/admin/sign-in');
  // The account made above: blocking a demo account would lock out the specs that run beside this one.
  const email = `new-${run}@rekha.example`;
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/sign-in'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await answered;
    // React resets the form once the action settles; typing before that reset would be wiped out.
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByTestId('sign-in-error')).toBeVisible();
  }
  await expect(page.getByTestId('sign-in-error')).toContainText('Too many failed attempts');
  // Even the right password is refused now.
  await page.getByLabel('Password').fill('a-fresh-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toContainText('Too many failed attempts');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});
