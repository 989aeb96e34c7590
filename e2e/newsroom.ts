// Newsroom steps shared by the specs that write content: open a page as a demo account, write a story.
// Each role signs in once, in auth.setup.ts; newPage reuses that session (docs/decisions/0007-e2e-specs.md).
import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUser, demoUsers } from '../lib/auth/demo-accounts';
import type { Role } from '../lib/auth/roles';

/** Every demo role: auth.setup.ts saves a session for each. No spec may end these sessions or disable these
 * accounts; a spec that does works on an account of its own. */
export const STORED_ROLES: readonly Role[] = demoUsers.map((u) => u.role);

/** Where auth.setup.ts saves a role's signed-in browser state (git-ignored). */
export const authFile = (role: Role) => `playwright/.auth/${role}.json`;

/** Through the sign-in form, then on the desk as that account. */
async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
}

export const signIn = (page: Page, role: Role) => signInThroughForm(page, demoUser(role).email, DEMO_PASSWORD);

/** A page on /admin in the role's shared session, signed in once by auth.setup.ts. */
export async function newPage(browser: Browser, role: Role) {
  const context = await browser.newContext({ locale: 'en-GB', storageState: authFile(role) });
  const page = await context.newPage();
  await page.goto('/admin');
  await expect(page.getByTestId('signed-in-as')).toContainText(demoUser(role).email);
  return page;
}

/** A page with a session of its own, through the sign-in form: for tests that end sessions. */
export async function pageSignedInAs(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await signInThroughForm(page, email, password);
  return page;
}

/** An admin's page makes a new account through the users page. */
export async function createAccount(admin: Page, email: string, password: string, role: Role) {
  await admin.goto('/admin/users');
  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Role').last().selectOption(role);
  await admin.getByLabel('Password (at least 10 characters)').fill(password);
  await admin.getByRole('button', { name: 'Create user' }).click();
  await expect(admin.getByRole('status')).toContainText('User created');
}

/** A story's text as typed into the form; lede and body default to a placeholder where a test does not read them. */
export type StoryText = { title: string; lede?: string; body?: string };

export async function fillStory(page: Page, { title, lede = 'Лід.', body = 'Тэкст.' }: StoryText) {
  await page.getByLabel('Headline').fill(title);
  await page.getByLabel('Lede').fill(lede);
  const editor = page.getByTestId('body-editor');
  await editor.click();
  await editor.pressSequentially(body);
  await page.getByLabel('Section', { exact: true }).selectOption({ index: 1 });
}

export async function writeStory(page: Page, locale: 'be' | 'ru' | 'en', s: StoryText, intent: string) {
  await page.goto(`/admin/stories/new?locale=${locale}`);
  await fillStory(page, s);
  await page.getByRole('button', { name: intent, exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  return page.url().split('/admin/articles/')[1].split('?')[0];
}
