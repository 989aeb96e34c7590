// Newsroom steps shared by the specs that write content (admin, cache): sign in as a demo account, write a story.
import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUser } from '../lib/auth/demo-accounts';
import type { Role } from '../lib/auth/roles';

export async function signIn(page: Page, role: Role) {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(demoUser(role).email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(demoUser(role).email);
}

export async function newPage(browser: Browser, role: Role) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await signIn(page, role);
  return page;
}

export async function fillStory(page: Page, s: { title: string; lede: string; body: string }) {
  await page.getByLabel('Headline').fill(s.title);
  await page.getByLabel('Lede').fill(s.lede);
  const editor = page.getByTestId('body-editor');
  await editor.click();
  await editor.pressSequentially(s.body);
  await page.getByLabel('Section', { exact: true }).selectOption({ index: 1 });
}

export async function writeStory(page: Page, locale: 'be' | 'ru' | 'en', s: { title: string; lede: string; body: string }, intent: string) {
  await page.goto(`/admin/stories/new?locale=${locale}`);
  await fillStory(page, s);
  await page.getByRole('button', { name: intent, exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  return page.url().split('/admin/articles/')[1].split('?')[0];
}
