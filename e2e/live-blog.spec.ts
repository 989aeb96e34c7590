// Live blogs end to end (decision 0033): an editor starts a live blog in Belarusian and posts three entries from a
// phone-sized screen, pins one and marks a key event; a reader with JavaScript is offered the new entries without
// a reload, a reader without JavaScript sees them on reload; the JSON-LD is a LiveBlogPosting; a 2,000-entry live
// blog (scripts/e2e-live-fixture.ts) pages and its oldest entry's permalink lands on the right page.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_LONG_LIVE_BLOG } from '../lib/news/testing/live';
import { LIVE_PAGE_SIZE } from '../lib/news/pageSizes';
import { slugOf, demoStories, storyInAllLanguages } from './fixtures';
import { authFile, writeStory } from './newsroom';
import { TIMESTAMP } from './reader';

const PHONE = { width: 375, height: 812 };
const SOON = { timeout: 15_000 };

async function phoneEditor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: PHONE, storageState: authFile('editor') });
  return context.newPage();
}

async function post(page: Page, text: string, opts: { title?: string; key?: boolean } = {}) {
  const form = page.getByTestId('liveblog-form');
  if (opts.title) await form.getByLabel('Headline (optional)').fill(opts.title);
  const editor = form.getByTestId('body-editor');
  await editor.click();
  await editor.pressSequentially(text);
  if (opts.key) await form.getByLabel('Key event').check();
  await form.getByTestId('liveblog-post').click();
  await expect(page.getByTestId('liveblog-done')).toHaveText('Entry posted.');
  await expect(page.getByTestId('liveblog-entries')).toContainText(opts.title ?? text.slice(0, 10));
}

test('an editor runs a live blog from a phone; readers see it with and without JavaScript', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const title = `Трансляцыя ${stamp}`;
  const editorPage = await (async () => {
    const page = await phoneEditor(browser);
    return page;
  })();
  // A new story, published, then made a live blog in Belarusian.
  const id = await writeStory(editorPage, 'be', { title, lede: 'Што адбываецца.', body: 'Уводзіны.' }, 'Publish now');
  await expect(editorPage.getByTestId('liveblog-panel')).toBeVisible();
  await editorPage.getByTestId('liveblog-start').click();
  await expect(editorPage.getByTestId('liveblog-status')).toHaveAttribute('data-status', 'LIVE');
  const path = await editorPage.getByRole('link', { name: 'View on the site' }).getAttribute('href');
  expect(path).toMatch(/^\/be\/news\//);

  // Readers open it now: one with JavaScript, one without.
  const withJs = await (await browser.newContext()).newPage();
  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await withJs.goto(path!);
  await expect(withJs.getByTestId('live-blog')).toHaveAttribute('data-status', 'LIVE');
  await expect(withJs.getByTestId('live-mark').first()).toHaveText('НАЎПРОСТ');
  await noJs.goto(path!);

  // Three entries from the phone: one tap each after a short form.
  await post(editorPage, `Першы запіс ${stamp}`);
  await post(editorPage, `Другі запіс ${stamp}`, { title: `Галоўнае ${stamp}`, key: true });
  await post(editorPage, `Трэці запіс <img src=x onerror=alert(1)> ${stamp}`);
  // Pin the first entry (the last in the newest-first list).
  const first = editorPage.getByTestId('liveblog-entries').locator('li').last();
  await first.getByRole('button', { name: 'Pin' }).click();
  await expect(editorPage.getByTestId('liveblog-done')).toHaveText('Saved.');
  await expect(editorPage.getByTestId('liveblog-entries').locator('li').last()).toContainText('Pin');

  // With JavaScript: "new updates" appears without a reload; a tap inserts them.
  withJs.on('dialog', () => {
    throw new Error('a payload ran');
  });
  const button = withJs.getByTestId('live-new-updates');
  await expect(button).toBeVisible(SOON);
  await expect(button).toHaveText(/3 новыя абнаўленні/, SOON);
  await button.click();
  const entries = withJs.getByTestId('live-entries');
  await expect(entries.locator('article')).toHaveCount(3);
  await expect(entries.locator('article').first()).toContainText(`Трэці запіс <img src=x onerror=alert(1)> ${stamp}`);
  await expect(entries.locator('img')).toHaveCount(0);
  await expect(entries.locator('article').first().locator('time')).toHaveText(TIMESTAMP);
  await expect(button).toBeHidden();

  // Without JavaScript: the page itself is current on reload, within seconds of the post.
  await expect
    .poll(async () => {
      await noJs.reload();
      return noJs.getByTestId('live-entries').locator('article').count();
    }, SOON)
    .toBe(3);
  await expect(noJs.getByTestId('live-pinned')).toContainText(`Першы запіс ${stamp}`);
  await expect(noJs.getByTestId('live-key-events')).toContainText(`Галоўнае ${stamp}`);
  await expect(noJs.getByTestId('live-entries').locator('article').first().locator('time')).toHaveText(TIMESTAMP);

  // JSON-LD: a LiveBlogPosting with its updates.
  const blocks = await noJs.locator('script[type="application/ld+json"]').allTextContents();
  const posting = blocks.flatMap((b) => JSON.parse(b)).find((d) => d['@type'] === 'LiveBlogPosting');
  expect(posting).toBeTruthy();
  expect(posting.coverageStartTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(posting.coverageEndTime).toBeUndefined();
  expect(posting.liveBlogUpdate).toHaveLength(3);
  expect(posting.liveBlogUpdate[1]).toMatchObject({ '@type': 'BlogPosting', headline: `Галоўнае ${stamp}` });
  expect(posting.liveBlogUpdate[0].articleBody).toContain(`Трэці запіс`);

  // The sidebar marks it; the lite page lists its entries; the updates JSON sets no cookie.
  await expect(noJs.getByTestId('latest-news')).toContainText('НАЎПРОСТ');
  const lite = await request.get(`${path}/lite`);
  expect(await lite.text()).toContain(`Другі запіс ${stamp}`);
  const json = await request.get(`${path}/updates.json`);
  expect(json.headers()['set-cookie']).toBeUndefined();
  expect((await json.json()).entries).toHaveLength(3);

  // Its own feed: named in the page's head, the entries newest first with their permalinks; the page route's
  // first page is the article URL (301); an ordinary article has no feed.
  const feedHref = await noJs
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .first()
    .getAttribute('href');
  expect(new URL(feedHref!).pathname).toBe(`${path}/feed.xml`);
  const feed = await request.get(`${path}/feed.xml`);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const feedXml = await feed.text();
  const order = ['Трэці запіс', `Галоўнае ${stamp}`].map((t) => feedXml.indexOf(t));
  // The third entry's markup-looking text is text: escaped twice (HTML in XML), never an element.
  expect(feedXml).not.toContain('<img src=x');
  expect(order[0]).toBeGreaterThan(0);
  expect(order[1]).toBeGreaterThan(order[0]);
  expect(feedXml).toMatch(/<id>https?:\/\/[^<]+\/be\/live\/[^<]+<\/id>/);
  const firstPage = await request.get(`${path}/page/1`, { maxRedirects: 0 });
  expect(firstPage.status()).toBe(301);
  expect(new URL(firstPage.headers()['location'], 'http://x').pathname).toBe(path);
  expect((await request.get(`/be/news/${slugOf(storyInAllLanguages, 'be')}/feed.xml`)).status()).toBe(404);

  // Ending the coverage: the page says so and the JSON-LD carries the end.
  await editorPage.goto(`/admin/articles/${id}/live`);
  await editorPage.getByTestId('liveblog-end').click();
  await expect(editorPage.getByTestId('liveblog-status')).toHaveAttribute('data-status', 'ENDED');
  await expect
    .poll(async () => {
      await noJs.reload();
      return noJs.getByTestId('live-ended').count();
    }, SOON)
    .toBe(1);
  const ended = (await noJs.locator('script[type="application/ld+json"]').allTextContents())
    .flatMap((b) => JSON.parse(b))
    .find((d) => d['@type'] === 'LiveBlogPosting');
  expect(ended.coverageEndTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('2,000 entries page newest first and the oldest entry’s permalink lands on its page', async ({ page }) => {
  const story = demoStories.find((s) => s.key === E2E_LONG_LIVE_BLOG.key)!;
  const slug = slugOf(story, E2E_LONG_LIVE_BLOG.locale);
  const pages = Math.ceil(E2E_LONG_LIVE_BLOG.entries / LIVE_PAGE_SIZE);
  await page.goto(`/en/news/${slug}`);
  await expect(page.getByTestId('live-blog')).toHaveAttribute('data-status', 'ENDED');
  await expect(page.getByTestId('live-ended')).toBeVisible();
  const entries = page.getByTestId('live-entries').locator('article');
  await expect(entries).toHaveCount(LIVE_PAGE_SIZE);
  await expect(entries.first()).toContainText(`Update ${E2E_LONG_LIVE_BLOG.entries}.`);
  // "Older" goes to page 2, server-rendered.
  await page.getByTestId('live-older').click();
  await expect(page).toHaveURL(new RegExp(`/en/news/${slug}/page/2$`));
  await expect(entries.first()).toContainText(`Update ${E2E_LONG_LIVE_BLOG.entries - LIVE_PAGE_SIZE}.`);
  // The oldest entry: its permalink redirects to the last page, with its anchor.
  const oldest = await page.request.get(`/en/news/${slug}/page/${pages}`);
  expect(oldest.status()).toBe(200);
  const ids = [...(await oldest.text()).matchAll(/id="entry-([A-Za-z0-9_-]+)"/g)].map((m) => m[1]);
  const oldestId = ids.at(-1)!;
  await page.goto(`/en/live/${oldestId}`);
  await expect(page).toHaveURL(new RegExp(`/en/news/${slug}/page/${pages}#entry-${oldestId}$`));
  await expect(page.locator(`#entry-${oldestId}`)).toContainText('Update 1.');
  await expect(page.locator(`#entry-${oldestId}`)).toBeInViewport();
  // Past the last page: the reader 404.
  expect((await page.request.get(`/en/news/${slug}/page/${pages + 1}`)).status()).toBe(404);
  expect((await page.request.get(`/en/live/forged-entry`)).status()).toBe(404);
});
