// Pictures, galleries and embeds in an article body, read by a reader (decision 0027): everything is in the
// server's HTML, and the page asks no other origin for anything until the reader opens an embed.
import { expectNoAxeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { demoStories, slugOf } from './fixtures';
import be from '../messages/be.json' with { type: 'json' };
import en from '../messages/en.json' with { type: 'json' };
import ru from '../messages/ru.json' with { type: 'json' };

const story = demoStories.find((s) => s.key === 'm-river-photo-walk')!;
const LOCALES = ['be', 'ru', 'en'] as const;
const catalogues = { be, ru, en };
const YOUTUBE = 'https://www.youtube.com/watch?v=rEkHaDeMo01';
const TELEGRAM = 'https://t.me/rekha_demo/101';

/** Every request the page makes from now on, and no way out: other origins are refused, not reached. */
async function recordRequests(page: Page) {
  const urls: string[] = [];
  page.context().on('request', (r) => urls.push(r.url()));
  await page.context().route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return urls;
}
const foreign = (urls: string[], origin: string) =>
  urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);

for (const locale of LOCALES) {
  test(`the body's pictures, gallery and embeds, with no request to another origin (${locale})`, async ({
    page,
    baseURL,
  }) => {
    const urls = await recordRequests(page);
    await page.goto(`/${locale}/news/${slugOf(story, locale)}`, { waitUntil: 'networkidle' });
    const body = page.locator('.prose-news');
    // Two pictures and a gallery of three, each with its caption and the credit in the reader's language.
    await expect(body.locator('figure.body-picture')).toHaveCount(5);
    const gallery = body.getByRole('group', { name: /3/ });
    await expect(gallery.locator('figure')).toHaveCount(3);
    for (const img of await body.locator('img').all()) {
      expect(await img.getAttribute('alt')).toBeTruthy();
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
    }
    await expect(body.locator('figcaption').first()).toContainText(
      catalogues[locale].article.credit.replace('{credit}', 'Rekha demo'),
    );
    // Embeds: links naming the provider, opening in a new tab; no frame, no provider script.
    const youtube = body.locator(`a[href="${YOUTUBE}"]`);
    await expect(youtube).toContainText('YouTube');
    await expect(youtube).toHaveAttribute('target', '_blank');
    await expect(youtube).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(body.locator(`a[href="${TELEGRAM}"]`)).toContainText('Telegram');
    await expect(page.locator('iframe')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(urls.length).toBeGreaterThan(5);
    expect(foreign(urls, baseURL!)).toEqual([]);

    // The reader asks: the original opens in a new tab; only then does anything go to the provider.
    const [popup] = await Promise.all([page.waitForEvent('popup'), youtube.click()]);
    await expect.poll(() => foreign(urls, baseURL!)).toEqual([YOUTUBE]);
    await popup.close();
  });
}

test('without JavaScript the embed is a plain link and the pictures are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/be/news/${slugOf(story, 'be')}`);
  await expect(page.locator('.prose-news figure.body-picture')).toHaveCount(5);
  await expect(page.locator(`.prose-news a[href="${YOUTUBE}"]`)).toBeVisible();
  await context.close();
});

test('the lite page: plain pictures and plain links, no script', async ({ request }) => {
  const html = await (await request.get(`/en/news/${slugOf(story, 'en')}/lite`)).text();
  expect(html).not.toMatch(/<script|<iframe/i);
  expect(html.match(/<img /g)).toHaveLength(5);
  expect(html).toContain('src="/media/demo/field.svg"');
  expect(html).toContain(`href="${YOUTUBE}"`);
  expect(html).toContain(`href="${TELEGRAM}"`);
});

test('axe finds nothing on the story with body media, light and dark, desktop and phone', async ({ browser }) => {
  test.setTimeout(90_000);
  for (const colorScheme of ['light', 'dark'] as const)
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      await page.goto(`/be/news/${slugOf(story, 'be')}`);
      await expectNoAxeViolations(page, `${colorScheme} ${viewport.width}`);
      await context.close();
    }
});
