// Reader output is cached after its first render and dropped by tag when what it shows changes (decision
// 0015): what readers and crawlers see, on a production build. Runs with the newsroom specs (it publishes).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { toNewsroomTime } from '../lib/time/minsk';
import { slugify } from '../lib/slug';
import { slugOf, storyInAllLanguages } from './fixtures';
import { newPage, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

/** Next's answer from its cache: HIT, or STALE past the 60-second bound (served, then re-rendered behind). */
const FROM_CACHE = /^(HIT|STALE)$/;

/** Asks twice: the second answer must come from the cache. */
async function expectCached(request: APIRequestContext, path: string) {
  expect((await request.get(path)).status(), path).toBeLessThan(500);
  const again = await request.get(path);
  expect(again.headers()['x-nextjs-cache'], path).toMatch(FROM_CACHE);
  return again;
}

/** Polls `path` until its HTML contains `text`; returns how long that took after `since`. */
async function msUntilShown(request: APIRequestContext, path: string, text: string, since: number): Promise<number> {
  await expect.poll(async () => (await request.get(path)).text(), { timeout: 5_000, intervals: [100] }).toContain(text);
  return Date.now() - since;
}

test('reader pages and the lite article are answered from the cache after their first render', async ({ request }) => {
  const en = slugOf(storyInAllLanguages, 'en');
  for (const path of [
    '/en',
    `/en/news/${en}`,
    `/en/news/${en}/lite`,
    '/en/section/society',
    '/en/news/no-such-story',
  ]) {
    const res = await expectCached(request, path);
    expect(res.headers()['cache-control'], path).toContain('s-maxage=1');
  }
  // Search answers depend on the query: never one cached page for all.
  const a = await (await request.get('/en/search?q=library')).text();
  const b = await (await request.get('/en/search?q=tram')).text();
  expect(a).not.toBe(b);
});

test('a corrected headline reaches its page, the front page and the feed within two seconds; other languages stay cached', async ({
  browser,
  request,
}) => {
  const page = await newPage(browser, 'editor');
  const title = `Кэш ${run} першы загаловак`;
  await writeStory(page, 'be', { title, lede: 'Лід пра кэш.', body: 'Тэкст.' }, 'Publish now');
  const slug = slugify(title, 'be');
  const article = `/be/news/${slug}`;
  for (const path of [article, '/be', '/ru']) await expectCached(request, path);
  expect(await (await request.get('/be/feed/rss.xml')).text()).toContain(title);

  const corrected = `Кэш ${run} папраўлены загаловак`;
  await page.getByLabel('Headline').fill(corrected);
  await page.getByLabel('Slug').fill(slug);
  await page.getByRole('button', { name: 'Save and update live' }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  const saved = Date.now();

  const shown = await Promise.all([
    msUntilShown(request, article, corrected, saved),
    msUntilShown(request, '/be', corrected, saved),
    msUntilShown(request, '/be/feed/rss.xml', corrected, saved),
  ]);
  console.log(`correction visible after ${shown.join(', ')} ms (article, front page, feed)`);
  for (const ms of shown) expect(ms).toBeLessThan(2_000);
  // A Belarusian correction leaves the Russian front page in the cache.
  expect((await request.get('/ru')).headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
});

test('a breaking-news line leaves cached pages when it expires, with no newsroom request', async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000);
  const page = await newPage(browser, 'editor');
  const text = `Cache ${run} breaking line`;
  await page.goto('/admin/breaking');
  const en = page.locator('form#en');
  await en.getByLabel('Text (EN)').fill(text);
  const expires = new Date(Date.now() + 8_000);
  await en.locator('input[name="expiresAt"]').fill(toNewsroomTime(expires, { seconds: true }));
  await en.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.context().close();

  // Shown at once on a page that was cached before, and the cached copy carries it.
  expect(await (await request.get('/en')).text()).toContain(text);
  expect((await expectCached(request, '/en')).status()).toBe(200);
  expect(await (await request.get('/en')).text()).toContain(text);
  // Gone within the scheduler's tick (2 s) after expiry, though nobody touched the newsroom: the tick, then one
  // fresh render of the front page (up to a second and a half on a slow CI machine).
  await new Promise((r) => setTimeout(r, Math.max(0, expires.getTime() - Date.now())));
  const since = Date.now();
  await expect
    .poll(async () => (await request.get('/en')).text(), { timeout: 6_000, intervals: [200] })
    .not.toContain(text);
  expect(Date.now() - since).toBeLessThan(3_500);
});

test('the revalidation endpoint refuses callers without the secret and tags it does not issue', async ({ request }) => {
  expect((await request.post('/api/revalidate', { data: { tags: ['lang:be'] } })).status()).toBe(401);
  const auth = { Authorization: 'Bearer wrong-secret' };
  expect((await request.post('/api/revalidate', { data: { tags: ['lang:be'] }, headers: auth })).status()).toBe(401);
  const secret = process.env.E2E_REVALIDATE_SECRET!;
  const ok = { Authorization: `Bearer ${secret}` };
  expect((await request.post('/api/revalidate', { data: { tags: ['<script>'] }, headers: ok })).status()).toBe(400);
  await expectCached(request, '/ru');
  const res = await request.post('/api/revalidate', { data: { tags: ['lang:ru'] }, headers: ok });
  expect(res.status()).toBe(200);
  expect((await request.get('/ru')).headers()['x-nextjs-cache']).toBe('MISS');
});
