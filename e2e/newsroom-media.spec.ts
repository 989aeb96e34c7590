// Pictures and the breaking-news line, from the newsroom to the reader.
import { expect, test } from '@playwright/test';
import { slugify } from '../lib/slug';
import sharp from 'sharp';
import { newPage, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

test('an uploaded picture becomes the main image, in responsive sizes with long caching; a fake image is refused', async ({
  browser,
}) => {
  const page = await newPage(browser, 'author');
  const title = `Фота ${run}`;
  const id = await writeStory(page, 'be', { title }, 'Publish now');
  const png = await sharp({ create: { width: 1800, height: 900, channels: 3, background: { r: 20, g: 120, b: 60 } } })
    .png()
    .toBuffer();
  await page.getByTestId('image-upload').getByText('Upload a picture').click();
  await page
    .getByTestId('image-upload')
    .locator('input[type=file]')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.getByLabel('Alt text (BE)').fill('Зялёны прамавугольнік');
  await page.getByRole('button', { name: 'Upload and use as main image' }).click();
  await expect(page.getByTestId('image-message')).toContainText('Picture uploaded');

  await page.goto(`/be/news/${slugify(title, 'be')}`);
  const img = page.getByRole('img', { name: 'Зялёны прамавугольнік' });
  await expect(img).toBeVisible();
  expect(await img.getAttribute('srcset')).toMatch(/480w, .*960w, .*1600w$/);
  const res = await page.request.get((await img.getAttribute('src'))!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/webp');
  expect(res.headers()['cache-control']).toContain('immutable');

  // Per-language alt text and caption of the main picture can be changed afterwards.
  await page.goto(`/admin/articles/${id}`);
  const texts = page.getByTestId('image-texts');
  await texts.getByText('Main image: alt text and captions').click();
  await texts.getByLabel('Caption (BE)').fill('Подпіс пад фота');
  await texts.getByRole('button', { name: 'Save texts' }).click();
  await expect(page.getByTestId('image-message')).toContainText('Picture texts saved');
  await page.goto(`/be/news/${slugify(title, 'be')}`);
  await expect(page.locator('figcaption')).toContainText('Подпіс пад фота');

  await page.goto(`/admin/articles/${id}`);
  const upload = page.getByTestId('image-upload');
  await upload.getByText('Upload a picture').click();
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
  await upload.getByLabel('Alt text (BE)').fill('x');
  await upload.getByRole('button', { name: 'Upload and use as main image' }).click();
  await expect(page.getByTestId('image-message')).toContainText('not a JPEG, PNG or WebP');
});

test('an editor sets a breaking-news line for one language; readers of that language see it (as text) until removed', async ({
  browser,
}) => {
  const page = await newPage(browser, 'editor');
  const text = `Тэрмінова ${run} <script>window.__xss=1</script>`;
  await page.goto('/admin/breaking');
  const be = page.locator('form#be');
  await be.getByLabel('Text (BE)').fill(text);
  await be.getByLabel('Link (BE)').fill('javascript:alert(1)');
  await be.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'safe link' })).toBeVisible();
  await page.locator('form#be').getByLabel('Text (BE)').fill(text);
  await page.locator('form#be').getByLabel('Link (BE)').fill('/be');
  await page.locator('form#be').getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');

  await page.goto('/be');
  await expect(page.getByTestId('breaking-news')).toContainText(text);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // The banner is in the first HTML above the page (not streamed in later), so it shifts nothing after load.
  const html = await (await page.request.get('/be')).text();
  expect(html.indexOf('data-testid="breaking-news"')).toBeGreaterThan(-1);
  expect(html.indexOf('data-testid="breaking-news"')).toBeLessThan(html.indexOf('id="main"'));
  const layoutShift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(layoutShift).toBe(0);
  await page.goto('/ru');
  await expect(page.getByTestId('breaking-news')).toHaveCount(0);

  await page.goto('/admin/breaking');
  await page.locator('form#be').getByRole('button', { name: 'Remove' }).click();
  // Wait for the action to finish: navigating away at once could cancel it on a busy machine.
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.goto('/be');
  await expect(page.getByTestId('breaking-news')).toHaveCount(0);
});
