// An editor builds a story with two body pictures, a gallery, a YouTube and a Telegram embed and publishes it;
// a reader sees all of it, and the page asks no other origin for anything until a click (decision 0027).
import { expectNoAxeViolations } from './axe';
import { expect, test } from '@playwright/test';
import { slugify } from '../lib/slug';
import { authFile, fillStory, newPage } from './newsroom';
import { sealedReader } from './reader';

const run = Date.now().toString(36);

test('an editor inserts pictures, a gallery and embeds; a reader sees them with no third-party request', async ({
  browser,
  baseURL,
}) => {
  const page = await newPage(browser, 'editor');
  const title = `Body media ${run}`;
  await page.goto('/admin/stories/new?locale=en');
  await fillStory(page, { title, lede: 'A lede.', body: 'First paragraph.' });

  const panel = page.getByTestId('body-media');
  const choose = panel.getByLabel('Picture', { exact: true });
  // Two pictures, the first with its own texts (hostile ones: they must come back as text).
  await choose.selectOption({ index: 1 });
  await panel.getByLabel('Description for blind readers (alt)').fill('First picture <img src=x onerror=alert(1)>');
  await panel.getByLabel('Caption').fill(`Caption one ${run}`);
  await panel.getByLabel('Credit').fill('Our photographer');
  await panel.getByRole('button', { name: 'Insert picture' }).click();
  await choose.selectOption({ index: 2 });
  await panel.getByRole('button', { name: 'Insert picture' }).click();
  // A gallery of two.
  await expect(panel.getByRole('button', { name: 'Insert gallery' })).toHaveCount(0);
  await choose.selectOption({ index: 3 });
  await panel.getByRole('button', { name: 'Add to gallery' }).click();
  await expect(panel.getByRole('button', { name: 'Insert gallery' })).toBeDisabled();
  await choose.selectOption({ index: 4 });
  await panel.getByRole('button', { name: 'Add to gallery' }).click();
  await expect(panel.getByTestId('gallery-pending').locator('li')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Insert gallery' }).click();
  // Embeds: a hostile address is refused, YouTube and Telegram are taken (tracking parameters dropped).
  const address = panel.getByLabel('YouTube, Telegram, X or Instagram address');
  await address.fill('javascript:alert(1)//youtu.be/dQw4w9WgXcQ');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('not the address');
  await address.fill('https://youtu.be/dQw4w9WgXcQ?si=tracking');
  await address.press('Enter');
  await address.fill('https://t.me/rekha_demo/202');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();

  const editor = page.getByTestId('body-editor');
  await expect(editor.locator('figure.body-picture')).toHaveCount(4);
  await expect(editor.locator('.body-embed')).toHaveCount(2);
  // An inserted picture's texts are edited in place: select it, change them; nothing is inserted again.
  await editor.locator('figure.body-picture').first().click();
  const selected = page.getByTestId('body-picture-selected');
  await expect(selected.getByLabel('Caption', { exact: true })).toHaveValue(`Caption one ${run}`);
  await selected.getByLabel('Caption', { exact: true }).fill(`Caption edited ${run}`);
  await expect(editor.locator('figcaption').first()).toContainText(`Caption edited ${run}`);
  // A gallery's pictures each have their own fields.
  await editor.locator('.body-gallery').click({ position: { x: 5, y: 5 } });
  await expect(selected.getByLabel('Credit (2)')).toBeVisible();
  await selected.getByLabel('Credit (2)').fill(`Gallery credit ${run}`);
  await expect(editor.locator('figure.body-picture')).toHaveCount(4);
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();

  // The reader, in a fresh context that records every request and lets none leave this server.
  const { page: article, foreign, close } = await sealedReader(browser, `/en/news/${slugify(title, 'en')}`, baseURL!);
  const body = article.locator('.prose-news');
  await expect(body.locator('figure.body-picture')).toHaveCount(4);
  await expect(body.getByRole('group', { name: 'Gallery: 2 pictures' }).locator('img')).toHaveCount(2);
  const first = body.getByRole('img', { name: 'First picture <img src=x onerror=alert(1)>' });
  await expect(first).toBeVisible();
  // The file is the picture's own, whatever the editor sent.
  expect(await first.getAttribute('src')).toMatch(/^\/media\//);
  await expect(body.locator('figcaption').first()).toContainText(`Caption edited ${run}`);
  await expect(body.getByRole('group', { name: 'Gallery: 2 pictures' })).toContainText(`Gallery credit ${run}`);
  await expect(body.locator('figcaption').first()).toContainText('Illustration: Our photographer');
  const youtube = body.locator('a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]');
  await expect(youtube).toContainText('YouTube: open the original');
  await expect(body.locator('a[href="https://t.me/rekha_demo/202"]')).toContainText('Telegram');
  await expect(article.locator('iframe')).toHaveCount(0);
  for (const img of await body.locator('img').all()) await img.scrollIntoViewIfNeeded();
  await article.waitForLoadState('networkidle');
  expect(foreign()).toEqual([]);

  const [popup] = await Promise.all([article.waitForEvent('popup'), youtube.click()]);
  await expect.poll(foreign).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXcQ']);
  await popup.close();
  await close();
});

test('axe finds nothing on the editor at a phone size with the media panel in use', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, storageState: authFile('editor') });
  const page = await context.newPage();
  await page.goto('/admin/stories/new?locale=en');
  const panel = page.getByTestId('body-media');
  await panel.getByLabel('Picture', { exact: true }).selectOption({ index: 1 });
  // With the keyboard: the inserted picture stays selected and its texts are the next fields to Tab to.
  await panel.getByRole('button', { name: 'Insert picture' }).focus();
  await page.keyboard.press('Enter');
  const selected = page.getByTestId('body-picture-selected');
  await expect(selected).toBeVisible();
  await selected.getByLabel('Description for blind readers (alt)').focus();
  await page.keyboard.type('Typed alt');
  await expect(page.getByTestId('body-editor').locator('img').first()).toHaveAttribute('alt', 'Typed alt');
  await panel.getByLabel('Picture', { exact: true }).selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Add to gallery' }).click();
  await panel.getByLabel('YouTube, Telegram, X or Instagram address').fill('https://evil.example/');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(panel.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
