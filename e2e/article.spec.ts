// The article page: opened from the front page, whole in the HTML, without JavaScript, on a narrow screen;
// its timestamps and its image.
import { expect, test } from '@playwright/test';
import { bodyBlocks, demoStories, htmlToText, isPublished, slugOf, storyInAllLanguages } from './fixtures';
import { TIMESTAMP } from './reader';

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

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [
    '/be',
    '/ru',
    '/en',
    `/be/news/${slugOf(storyInAllLanguages, 'be')}`,
    `/en/news/${slugOf(storyInAllLanguages, 'en')}`,
  ]) {
    test(`${path} has no horizontal scrolling at 360 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
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

test.describe('timestamps', () => {
  for (const [locale, pattern] of [
    ['be', /(таму|толькі што)$/],
    ['ru', /(назад|только что)$/],
    ['en', /(ago|just now)$/],
  ] as const) {
    test(`${locale}: a recent story shows the absolute time and how long ago`, async ({ page }) => {
      const story = demoStories
        .filter((s) => isPublished(s, locale) && s.hoursAgo < 12)
        .sort((a, b) => a.hoursAgo - b.hoursAgo)[0];
      await page.goto(`/${locale}/news/${slugOf(story, locale)}`);
      await expect(page.locator('main article header time').first()).toHaveText(/^\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
      await expect(page.getByTestId('relative-age')).toHaveText(pattern);
    });
  }

  test('an old story shows no relative time', async ({ page }) => {
    const story = demoStories.find((s) => isPublished(s, 'en') && s.hoursAgo > 48)!;
    await page.goto(`/en/news/${slugOf(story, 'en')}`);
    await expect(page.getByTestId('relative-age')).toHaveCount(0);
  });

  test('hydration leaves no warnings on an article with the theme buttons', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    await page.goto(`/be/news/${slugOf(storyInAllLanguages, 'be')}`);
    await page.getByTestId('theme-switch').locator('[data-theme-choice="dark"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(messages.filter((m) => /hydrat|did not match/i.test(m))).toEqual([]);
  });
});

test.describe('images', () => {
  test('the article image reserves its space and has a caption and credit', async ({ page }) => {
    const story = demoStories.find((s) => s.image && isPublished(s, 'be'))!;
    await page.goto(`/be/news/${slugOf(story, 'be')}`);
    const img = page.locator('main article figure img');
    await expect(img).toHaveAttribute('width', '1200');
    await expect(img).toHaveAttribute('height', '675');
    const box = await img.boundingBox();
    expect(Math.abs(box!.width / box!.height - 1200 / 675)).toBeLessThan(0.02);
    await expect(page.locator('main article figcaption')).toContainText('Rekha demo');
  });
});
