// The colour theme (system, switched, remembered) and printing.
import { expect, test, type Page } from '@playwright/test';
import { slugOf, storyInAllLanguages } from './fixtures';

test.describe('theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('follows the system, can be switched, and is remembered without a flash', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en');
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await page.getByTestId('theme-switch').locator('[data-theme-choice="light"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await expect(page.getByTestId('theme-switch').locator('[data-theme-choice="light"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Another page: the choice is applied before the first paint (the head script runs before <body>).
    await page.goto(`/en/news/${slugOf(storyInAllLanguages, 'en')}`, { waitUntil: 'commit' });
    await page.waitForSelector('body', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.getByTestId('theme-switch').locator('[data-theme-choice="system"]').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await page.getByTestId('theme-switch').locator('[data-theme-choice="dark"]').click();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await context.close();
  });

  test('without JavaScript the system theme applies and the buttons are hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/be');
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await expect(page.getByTestId('theme-switch')).toBeHidden();
    await context.close();
  });

  test('an article prints without navigation, sidebars or menus', async ({ page }) => {
    await page.goto(`/en/news/${slugOf(storyInAllLanguages, 'en')}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main > article')).toBeVisible();
    await expect(page.getByTestId('section-nav')).toBeHidden();
    for (const aside of await page.locator('aside').all()) await expect(aside).toBeHidden();
    await expect(page.getByTestId('site-footer')).toBeHidden();
    await expect(page.getByTestId('related')).toBeHidden();
  });
});
