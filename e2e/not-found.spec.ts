// Pages that do not exist, in the reader’s language.
import { expect, test } from '@playwright/test';
import { draftVersion, slugOf, storyInAllLanguages } from './fixtures';

test.describe('not found', () => {
  for (const [path, lang, text] of [
    ['/be/news/nyama-takoha-artykula', 'be', 'Старонку не знойдзена'],
    ['/ru/news/net-takoy-stati', 'ru', 'Страница не найдена'],
    ['/en/news/no-such-story', 'en', 'Page not found'],
    ['/en/no/such/page', 'en', 'Page not found'],
  ] as const) {
    test(`${path} is a ${lang} 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(text);
    });
  }

  test('a draft translation is a 404 in its language', async ({ page }) => {
    const response = await page.goto(`/${draftVersion.locale}/news/${draftVersion.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', draftVersion.locale);
  });

  test('an article slug under another language is a 404', async ({ page }) => {
    const response = await page.goto(`/en/news/${slugOf(storyInAllLanguages, 'be')}`);
    expect(response?.status()).toBe(404);
  });

  test('an unknown language is a 404 in the reader’s language', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'ru-RU',
      extraHTTPHeaders: { 'accept-language': 'ru-RU,ru;q=0.9' },
    });
    const page = await context.newPage();
    const response = await page.goto(`/de/news/${slugOf(storyInAllLanguages, 'be')}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText('Страница не найдена');
    await context.close();
  });
});
