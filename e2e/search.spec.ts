// Search: ranking, pagination, and the header form without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { SEARCH_PAGE_SIZE } from '../lib/news/pageSizes';
import type { DemoLocale } from '../prisma/seed/content/types';

test.describe('search', () => {
  const searchFor = async (page: Page, locale: DemoLocale, q: string) => {
    const response = await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    return page.getByTestId('search-results').locator('li');
  };

  for (const [locale, forms, expected] of [
    ['be', ['школы', 'школа', 'школе', 'школу'], 'школа'],
    ['ru', ['школы', 'школа', 'школе'], 'школ'],
    ['en', ['schools', 'school'], 'school'],
  ] as const) {
    test(`${locale}: word forms ${forms.join(', ')} all find stories about schools, highlighted`, async ({ page }) => {
      let firstCount = -1;
      for (const q of forms) {
        const results = await searchFor(page, locale, q);
        const n = await results.count();
        expect(n, q).toBeGreaterThan(0);
        if (firstCount === -1) firstCount = n;
        expect(n, `${q} finds as many as ${forms[0]}`).toBe(firstCount);
        await expect(page.locator('mark').first()).toContainText(new RegExp(expected, 'i'));
        for (const href of await results.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
          expect(href).toMatch(new RegExp(`^/${locale}/news/`));
        }
      }
    });
  }

  test('be: a word inside the text, in another form, ranks a story whose title has it first', async ({ page }) => {
    const results = await searchFor(page, 'be', 'школамі');
    expect(await results.count()).toBeGreaterThan(0);
    await expect(results.first().locator('h3 mark')).not.toHaveCount(0);
  });

  for (const hostile of [
    `'); DROP TABLE "Article"; --`,
    '<script>alert(1)</script>',
    '&|!:*',
    '""',
    '(((',
    'x'.repeat(5000),
    ' ',
    '\\\\ %00 %',
  ]) {
    test(`a hostile or empty query gives a normal page: ${JSON.stringify(hostile.slice(0, 30))}`, async ({ page }) => {
      let dialog = false;
      page.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      const response = await page.goto(`/en/search?q=${encodeURIComponent(hostile)}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText('Search');
      await expect(page.getByTestId('search-status')).not.toBeEmpty();
      expect(await page.locator('main script').count()).toBe(0);
      expect(dialog).toBe(false);
      // The query is echoed back as text, capped.
      const value = await page.locator('#search-page-query').inputValue();
      expect(value.length).toBeLessThanOrEqual(200);
    });
  }

  test('results are paginated; a page past the end is a 404', async ({ page, request }) => {
    const results = await searchFor(page, 'en', 'city');
    await expect(results).toHaveCount(SEARCH_PAGE_SIZE);
    await page.getByTestId('pagination').locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/en\/search\?q=city&page=2$/);
    expect(await page.getByTestId('search-results').locator('li').count()).toBeGreaterThan(0);
    expect((await request.get('/en/search?q=city&page=40')).status()).toBe(404);
    expect((await request.get('/en/search?q=city&page=abc')).status()).toBe(200);
  });

  test('search works without JavaScript, from the header form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/be');
    await page.locator('#search-header').fill('школе');
    await page.locator('#search-header').press('Enter');
    await expect(page).toHaveURL(/\/be\/search\?q=/);
    expect(await page.getByTestId('search-results').locator('li').count()).toBeGreaterThan(0);
    await context.close();
  });
});
