// A picture uploaded from inside the body editor's media panel (decision 0027): an author uploads one, it joins
// the picker chosen, is inserted and saved with the story (the server lets its uploader use it), and a reader sees
// it with no request to another origin. A hostile file name is only ever text; a file that is too large or not a
// picture is refused with a message; the route's JSON answer keeps the same-origin rule.
import { expectNoAxeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { slugify } from '../lib/slug';
import { authFile, fillStory, newPage } from './newsroom';
import { sealedReader } from './reader';

const run = Date.now().toString(36);
const HOSTILE_NAME = `"><img src=x onerror=alert(1)> ${run}.png`;
const UPLOAD_LABEL = 'New picture from your device (JPEG, PNG or WebP, up to 10 MB)';

const png = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .png()
    .toBuffer();

/** Any dialog (an injected alert()) fails the test. */
const noDialogs = (page: Page) => page.on('dialog', (d) => Promise.reject(new Error(`dialog: ${d.message()}`)));

test('an author uploads a picture inside the body editor, inserts it and publishes; a reader sees it', async ({
  browser,
  baseURL,
}) => {
  const page = await newPage(browser, 'author');
  noDialogs(page);
  const title = `Body upload ${run}`;
  await page.goto('/admin/stories/new?locale=en');
  await fillStory(page, { title, lede: 'A lede.', body: 'First paragraph.' });

  const panel = page.getByTestId('body-media');
  const file = panel.getByLabel(UPLOAD_LABEL);
  const upload = panel.getByRole('button', { name: 'Upload', exact: true });
  // Nothing chosen yet, then not a picture (an SVG with a script named .png): refused with a message.
  await upload.click();
  await expect(panel.getByRole('alert')).toHaveText('Choose a file first.');
  await file.setInputFiles({
    name: 'evil.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg onload="alert(1)"/>'),
  });
  await upload.click();
  await expect(panel.getByRole('alert')).toHaveText('That is not a JPEG, PNG or WebP picture.');
  // Too large: refused before sending.
  await file.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
  await upload.click();
  await expect(panel.getByRole('alert')).toHaveText('The file is larger than 10 MB.');

  // A real picture with a hostile name: it joins the picker, chosen, its name shown as text.
  await file.setInputFiles({ name: HOSTILE_NAME, mimeType: 'image/png', buffer: await png() });
  await upload.click();
  await expect(panel.getByTestId('body-upload-done')).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  const choose = panel.getByLabel('Picture', { exact: true });
  await expect(choose.locator('option:checked')).toHaveText(HOSTILE_NAME);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await panel.getByLabel('Description for blind readers (alt)').fill(`Uploaded picture ${run}`);
  await panel.getByRole('button', { name: 'Insert picture' }).click();
  const editor = page.getByTestId('body-editor');
  await expect(editor.locator('figure.body-picture')).toHaveCount(1);
  await expect(editor.locator('figure.body-picture img')).toHaveAttribute('src', /^\/media\/uploads\//);
  // Its caption is edited in place, like any body picture's.
  await editor.locator('figure.body-picture').click();
  await page.getByTestId('body-picture-selected').getByLabel('Caption', { exact: true }).fill(`Fresh ${run}`);
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  // A later story's editor, loaded afresh, offers the picture under the name it was uploaded with (as text).
  await page.goto('/admin/stories/new?locale=en');
  const offered = page.getByTestId('body-media').getByLabel('Picture', { exact: true }).locator('option');
  await expect(offered.filter({ hasText: HOSTILE_NAME })).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // The reader, in a fresh context that records every request and lets none leave this server.
  const { page: article, foreign, close } = await sealedReader(browser, `/en/news/${slugify(title, 'en')}`, baseURL!);
  const img = article.locator('.prose-news').getByRole('img', { name: `Uploaded picture ${run}` });
  await expect(img).toBeVisible();
  expect(await img.getAttribute('src')).toMatch(/^\/media\/uploads\//);
  await expect(article.locator('.prose-news figcaption')).toContainText(`Fresh ${run}`);
  expect((await article.request.get((await img.getAttribute('src'))!)).ok()).toBe(true);
  await img.scrollIntoViewIfNeeded();
  await article.waitForLoadState('networkidle');
  expect(foreign()).toEqual([]);
  await close();
});

test('the JSON upload keeps the same-origin rule, the session check and the byte cap', async ({ browser, baseURL }) => {
  const page = await newPage(browser, 'contributor');
  const post = (headers: Record<string, string>, buffer: Buffer, name = 'p.png') =>
    page.request.post('/admin/media/upload', {
      headers: { Accept: 'application/json', ...headers },
      multipart: { file: { name, mimeType: 'image/png', buffer } },
      maxRedirects: 0,
    });
  const picture = await png();
  // From another site: refused, nothing stored.
  const cross = await post({ Origin: 'https://evil.example' }, picture);
  expect(cross.status()).toBe(403);
  expect(await cross.json()).toEqual({ error: 'crossSite' });
  // One byte over the cap (the framing still fits the body's allowance): refused, said in JSON.
  const big = await post({ Origin: baseURL! }, Buffer.alloc(10 * 1024 * 1024 + 1));
  expect(big.status()).toBe(413);
  expect(await big.json()).toEqual({ error: 'tooBig' });
  // Not a picture, whatever its name and type say.
  const svg = await post({ Origin: baseURL! }, Buffer.from('<svg onload="alert(1)"/>'));
  expect(svg.status()).toBe(415);
  expect(await svg.json()).toEqual({ error: 'notImage' });
  // Same site, signed in: stored, answered as JSON; the name is bounded text.
  const ok = await post({ Origin: baseURL! }, picture, `${'я'.repeat(300)}\u0000.png`);
  expect(ok.status()).toBe(201);
  const body = await ok.json();
  expect(body).toMatchObject({
    id: expect.any(String),
    size: picture.length,
    url: expect.stringMatching(/^\/media\//),
  });
  expect(body.name).toBe('я'.repeat(200));
  // Signed out: refused.
  const anonymous = await browser.newContext();
  const out = await anonymous.request.post('/admin/media/upload', {
    headers: { Accept: 'application/json', Origin: baseURL! },
    multipart: { file: { name: 'p.png', mimeType: 'image/png', buffer: picture } },
  });
  expect(out.status()).toBe(401);
  await anonymous.close();
});

test('at a phone size, the upload works from the keyboard and axe finds nothing', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, storageState: authFile('author') });
  const page = await context.newPage();
  noDialogs(page);
  await page.goto('/admin/stories/new?locale=en');
  const panel = page.getByTestId('body-media');
  await panel
    .getByLabel(UPLOAD_LABEL)
    .setInputFiles({ name: `phone ${run}.png`, mimeType: 'image/png', buffer: await png() });
  await panel.getByRole('button', { name: 'Upload', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('body-upload-done')).toBeVisible();
  await expect(panel.getByLabel('Picture', { exact: true }).locator('option:checked')).toHaveText(`phone ${run}.png`);
  await panel.getByRole('button', { name: 'Insert picture' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('body-editor').locator('figure.body-picture')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // An error shown too.
  await panel.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(panel.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
