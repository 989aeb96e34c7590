// Every kind of newsroom write reaches cached reader pages (docs/decisions/0021: the command, not its caller,
// drops the cache). For each: a reader page is warmed until Next answers it from its cache, an editor makes
// the change through the newsroom's own forms, and the reader page must show it within two seconds.
import sharp from 'sharp';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { slugify } from '../lib/slug';
import { newPage, fillStory, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
/** Within two seconds of the newsroom's answer (README: "visible on the next request"). */
const SOON = { timeout: 2_000, intervals: [100] };

/** Asks until the answer comes from Next's cache (HIT, or STALE past the 60-second bound). */
async function warm(request: APIRequestContext, path: string) {
  await request.get(path);
  await expect
    .poll(async () => (await request.get(path)).headers()['x-nextjs-cache'] ?? '', { timeout: 10_000 })
    .toMatch(/^(HIT|STALE)$/);
}

/** Polls `path` until its HTML does (or, with `shown` false, no longer does) contain `text`, for two seconds. */
async function expectSoon(request: APIRequestContext, path: string, text: string, shown = true) {
  await expect
    .poll(async () => (await (await request.get(path)).text()).includes(text), {
      ...SOON,
      message: `${path} ${shown ? 'shows' : 'no longer shows'} "${text}"`,
    })
    .toBe(shown);
}

/** A published Belarusian story of this run; returns its editor id and reader path. */
async function story(page: Page, name: string) {
  const title = `Дзверы ${run} ${name}`;
  const id = await writeStory(page, 'be', { title }, 'Publish now');
  return { id, title, path: `/be/news/${slugify(title, 'be')}` };
}

test('a saved headline, a publication, an unpublication and a deletion reach cached pages', async ({
  browser,
  request,
}) => {
  const page = await newPage(browser, 'editor');
  const s = await story(page, 'загаловак');
  await warm(request, s.path);
  await warm(request, '/be');

  const corrected = `Дзверы ${run} папраўлены загаловак`;
  await page.getByLabel('Headline').fill(corrected);
  await page.getByLabel('Slug').fill(slugify(s.title, 'be'));
  await page.getByRole('button', { name: 'Save and update live' }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  await expectSoon(request, s.path, corrected);
  await expectSoon(request, '/be', corrected);

  await warm(request, s.path);
  await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
  await expect(page.getByTestId('article-status')).toContainText('unpublished');
  await expect.poll(async () => (await request.get(s.path)).status(), SOON).toBe(404);
  await expectSoon(request, '/be', corrected, false);

  // The cached 404 of its address gives way to the story when it is published again.
  await warm(request, s.path);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).not.toContainText('unpublished');
  await expect.poll(async () => (await request.get(s.path)).status(), SOON).toBe(200);
  await expectSoon(request, '/be', corrected);

  await warm(request, s.path);
  await page.getByLabel('I confirm the deletion').check();
  await page.getByRole('button', { name: 'Delete this language version' }).click();
  await expect(page.getByTestId('done-message')).toContainText('Deleted');
  await expect.poll(async () => (await request.get(s.path)).status(), SOON).toBe(410);
});

test('an uploaded main picture and its texts reach the cached article page', async ({ browser, request }) => {
  const page = await newPage(browser, 'editor');
  const s = await story(page, 'фота');
  await warm(request, s.path);

  const alt = `Блакітны прамавугольнік ${run}`;
  const png = await sharp({ create: { width: 1200, height: 600, channels: 3, background: { r: 30, g: 60, b: 160 } } })
    .png()
    .toBuffer();
  await page.getByTestId('image-upload').getByText('Upload a picture').click();
  await page
    .getByTestId('image-upload')
    .locator('input[type=file]')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.getByLabel('Alt text (BE)').fill(alt);
  await page.getByRole('button', { name: 'Upload and use as main image' }).click();
  await expect(page.getByTestId('image-message')).toContainText('Picture uploaded');
  await expectSoon(request, s.path, `alt="${alt}"`);

  await warm(request, s.path);
  const caption = `Подпіс ${run} пад фота`;
  const texts = page.getByTestId('image-texts');
  await texts.getByText('Main image: alt text and captions').click();
  await texts.getByLabel('Caption (BE)').fill(caption);
  await texts.getByRole('button', { name: 'Save texts' }).click();
  await expect(page.getByTestId('image-message')).toContainText('Picture texts saved');
  await expectSoon(request, s.path, caption);
});

test('a breaking-news line reaches cached pages of its language, and leaves them when removed', async ({
  browser,
  request,
}) => {
  const page = await newPage(browser, 'editor');
  const text = `Doors ${run} breaking line`;
  await warm(request, '/en');
  await page.goto('/admin/breaking');
  const en = page.locator('form#en');
  await en.getByLabel('Text (EN)').fill(text);
  await en.getByLabel('Link (EN)').fill('/en');
  await en.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expectSoon(request, '/en', text);

  await warm(request, '/en');
  await page.goto('/admin/breaking');
  await page.locator('form#en').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expectSoon(request, '/en', text, false);
});

test('a renamed tag reaches the cached page of a story that carries it', async ({ browser, request }) => {
  const page = await newPage(browser, 'editor');
  await page.goto('/admin/taxonomy');
  const tags = page.locator('section#tag');
  await tags.getByText('New entry').click();
  const add = tags.locator('details form');
  await add.getByLabel('Name (BE)').fill(`Дзверы ${run}`);
  await add.getByLabel('Name (EN)').fill(`Doors ${run}`);
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');

  const title = `Дзверы ${run} з тэгам`;
  await page.goto('/admin/stories/new?locale=be');
  await fillStory(page, { title });
  await page.getByLabel(`Doors ${run}`).check();
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  const path = `/be/news/${slugify(title, 'be')}`;
  expect(await (await request.get(path)).text()).toContain(`Дзверы ${run}`);
  await warm(request, path);

  const renamed = `Перайменаваныя дзверы ${run}`;
  await page.goto('/admin/taxonomy');
  const entry = page
    .locator('section#tag form')
    .filter({ has: page.locator(`input[name="name_be"][value="Дзверы ${run}"]`) });
  await entry.getByLabel('Name (BE)').fill(renamed);
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expectSoon(request, path, renamed);
});
