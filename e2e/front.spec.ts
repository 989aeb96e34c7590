// Front pages in each language, and / sending the reader to their language.
import { expect, test } from '@playwright/test';
import { switcher } from './reader';

test.describe('front pages', () => {
  for (const [locale, name, heading] of [
    ['be', 'Рэха', 'Апошнія навіны'],
    ['ru', 'Рэха', 'Последние новости'],
    ['en', 'Rekha', 'Latest news'],
  ] as const) {
    test(`${locale}: top story, latest news and sections in ${locale}`, async ({ page }) => {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toContainText(name);
      await expect(page.getByTestId('top-story').getByRole('heading', { level: 2 })).toBeVisible();
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      const latest = page.getByTestId('latest-news').locator('li');
      expect(await latest.count()).toBeGreaterThanOrEqual(10);
      expect(await page.getByTestId('section-block').count()).toBeGreaterThanOrEqual(5);
      // Every story link on the page stays in this language.
      const hrefs = await page
        .locator('main a[href*="/news/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(10);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/news/`));
      // The current language is marked and is not a link.
      const current = switcher(page).locator('[aria-current="page"]');
      await expect(current).toHaveText(new RegExp(locale.toUpperCase()));
      expect(await current.evaluate((el) => el.tagName)).not.toBe('A');
    });
  }

  test('/ sends the reader to their language: Accept-Language, then Belarusian (no cookie is read or set)', async ({
    request,
  }) => {
    const go = async (headers: Record<string, string>) =>
      (await request.get('/', { headers, maxRedirects: 0 })).headers()['location'];
    expect(await go({ 'accept-language': 'en-US,en;q=0.9' })).toMatch(/\/en$/);
    expect(await go({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' })).toMatch(/\/ru$/);
    expect(await go({ 'accept-language': 'de-DE' })).toMatch(/\/be$/);
    expect(await go({ 'accept-language': 'en', cookie: 'NEXT_LOCALE=ru' })).toMatch(/\/en$/);
  });
});
