import { expect, test, type Page } from '@playwright/test';
import {
  bodyBlocks,
  draftVersion,
  htmlToText,
  slugOf,
  storyInAllLanguages,
  storyWithoutRussian,
} from './fixtures';

const TIMESTAMP = /^\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/;

const switcher = (page: Page) => page.locator('header nav').first();

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
      const hrefs = await page.locator('main a[href*="/news/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(10);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/news/`));
      // The current language is marked and is not a link.
      const current = switcher(page).locator('[aria-current="page"]');
      await expect(current).toHaveText(new RegExp(locale.toUpperCase()));
      expect(await current.evaluate((el) => el.tagName)).not.toBe('A');
    });
  }

  test('/ sends the reader to their language: Accept-Language, then Belarusian (no cookie is read or set)', async ({ request }) => {
    const go = async (headers: Record<string, string>) =>
      (await request.get('/', { headers, maxRedirects: 0 })).headers()['location'];
    expect(await go({ 'accept-language': 'en-US,en;q=0.9' })).toMatch(/\/en$/);
    expect(await go({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' })).toMatch(/\/ru$/);
    expect(await go({ 'accept-language': 'de-DE' })).toMatch(/\/be$/);
    expect(await go({ 'accept-language': 'en', cookie: 'NEXT_LOCALE=ru' })).toMatch(/\/en$/);
  });
});

test.describe('article page', () => {
  const story = storyInAllLanguages;

  test('open an article from the front page', async ({ page }) => {
    await page.goto('/be');
    const link = page.getByTestId('top-story').getByRole('link').last();
    const title = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(/\/be\/news\//);
    await expect(page.locator('h1')).toHaveText(title);
    const time = page.locator('main article header time').first();
    await expect(time).toHaveText(TIMESTAMP);
    expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(page.getByTestId('lede')).not.toBeEmpty();
    const latest = page.getByTestId('latest-news').locator('li');
    const n = await latest.count();
    expect(n).toBeGreaterThanOrEqual(10);
    expect(n).toBeLessThanOrEqual(15);
  });

  test('the HTML alone carries the whole article, the switcher links and the sidebar', async ({ request }) => {
    const response = await request.get(`/be/news/${slugOf(story, 'be')}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const text = htmlToText(html);
    expect(text).toContain(story.versions.be!.title);
    expect(text).toContain(story.versions.be!.lede);
    for (const block of bodyBlocks(story, 'be')) expect(text).toContain(block.replace(/\s+/g, ' '));
    expect(html).toContain(`href="/ru/news/${slugOf(story, 'ru')}"`);
    expect(html).toContain(`href="/en/news/${slugOf(story, 'en')}"`);
    expect(html).toMatch(/<time datetime="[^"]+"[^>]*>\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}<\/time>/i);
    expect(text).toContain('Апошнія навіны');
  });

  test('the switcher lands on the translation of the same story', async ({ page }) => {
    await page.goto(`/be/news/${slugOf(story, 'be')}`);
    await switcher(page).locator('a[data-switcher="ru"]').click();
    await expect(page).toHaveURL(`/ru/news/${slugOf(story, 'ru')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText(story.versions.ru!.title);
    await switcher(page).locator('a[data-switcher="en"]').click();
    await expect(page.locator('h1')).toHaveText(story.versions.en!.title);
    await expect(switcher(page).locator('[aria-current="page"]')).toContainText('EN');
    await expect(page.getByTestId('latest-news')).toContainText(/./);
  });

  test('a language without a translation leads to its front page, marked as such', async ({ page }) => {
    await page.goto(`/be/news/${slugOf(storyWithoutRussian, 'be')}`);
    const ru = switcher(page).locator('a[data-switcher="ru"]');
    await expect(ru).toHaveAttribute('data-kind', 'fallback');
    await expect(ru).toHaveAttribute('title', /Перакладу няма/);
    await expect(ru).toContainText('⌂');
    await ru.click();
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('readable with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/news/${slugOf(story, 'en')}`);
    await expect(page.locator('h1')).toHaveText(story.versions.en!.title);
    const blocks = bodyBlocks(story, 'en');
    await expect(page.locator('main article')).toContainText(blocks[blocks.length - 1]);
    await page.locator('a[data-switcher="be"]').click();
    await expect(page.locator('h1')).toHaveText(story.versions.be!.title);
    await context.close();
  });
});

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
    const context = await browser.newContext({ locale: 'ru-RU', extraHTTPHeaders: { 'accept-language': 'ru-RU,ru;q=0.9' } });
    const page = await context.newPage();
    const response = await page.goto(`/de/news/${slugOf(storyInAllLanguages, 'be')}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText('Страница не найдена');
    await context.close();
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['/be', '/ru', '/en', `/be/news/${slugOf(storyInAllLanguages, 'be')}`, `/en/news/${slugOf(storyInAllLanguages, 'en')}`]) {
    test(`${path} has no horizontal scrolling at 360 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the Latest news sidebar follows the article', async ({ page }) => {
    await page.goto(`/be/news/${slugOf(storyInAllLanguages, 'be')}`);
    const article = await page.locator('main article').boundingBox();
    const latest = await page.getByTestId('latest-news').boundingBox();
    expect(latest!.y).toBeGreaterThan(article!.y + article!.height - 1);
  });
});
