// Newsroom forms under attack: script payloads in every text field, and cross-site requests.
import { expect, test } from '@playwright/test';
import { slugify } from '../lib/slug';
import { fillStory, newPage, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

test('script payloads in every text field are shown as text, never run', async ({ browser }) => {
  const page = await newPage(browser, 'editor');
  const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;
  const title = `XSS ${run} ${payload}`;
  // Script dialogs are dismissed (a payload that ran would open one); leaving the form with the refused slug still
  // typed asks first (beforeunload), and the test leaves.
  page.on('dialog', (d) => (d.type() === 'beforeunload' ? d.accept() : d.dismiss()));
  await writeStory(page, 'be', { title, lede: `Лід ${payload}`, body: `Тэкст ${payload}` }, 'Publish now');
  // A slug with markup is refused by validation, in the browser already.
  await page.getByLabel('Slug').fill('<script>');
  await page.getByRole('button', { name: 'Save and update live' }).click();
  await expect(page.getByTestId('error-slug')).toBeVisible();

  const slug = slugify(title, 'be');
  for (const url of [`/be/news/${slug}`, '/be', '/admin', `/admin?q=${run}`]) {
    await page.goto(url);
    if (url.includes('news')) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByTestId('lede')).toHaveText(`Лід ${payload}`);
      await expect(page.getByText(`Тэкст ${payload}`)).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
});

test('cross-site requests are refused: server actions check Origin, the upload route too', async ({
  browser,
  request,
}) => {
  const page = await newPage(browser, 'editor');
  // Record a real save (the server action's POST, as the browser sends it)...
  const title = `Арыгінальны запыт ${run}`;
  await page.goto('/admin/stories/new?locale=be');
  await fillStory(page, { title });
  const sent = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const original = await sent;
  await expect(page.getByTestId('done-message')).toBeVisible();
  const body = original.postDataBuffer()!.toString('utf8');
  const replay = (origin: string, newTitle: string) =>
    page.request.post(original.url(), {
      headers: { ...original.headers(), origin },
      data: Buffer.from(body.replace(title, newTitle), 'utf8'),
      maxRedirects: 0,
    });
  // ...then replay it with the signed-in cookie but from another site: refused, nothing saved.
  const forgedTitle = `Міжсайтавы запыт ${run}`;
  const forged = await replay('http://evil.example', forgedTitle);
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.goto(`/admin?q=${encodeURIComponent(forgedTitle)}`);
  await expect(page.getByTestId('story-row')).toHaveCount(0);
  // The same replay from the site itself goes through: the refusal above was the Origin check.
  const ownTitle = `Свой запыт ${run}`;
  expect((await replay(new URL(page.url()).origin, ownTitle)).status()).toBeLessThan(400);
  await page.goto(`/admin?q=${encodeURIComponent(ownTitle)}`);
  await expect(page.getByTestId('story-row')).toHaveCount(1);

  const upload = await page.request.post('/admin/media/upload', {
    headers: { Origin: 'http://evil.example' },
    multipart: { articleId: 'x' },
  });
  expect(upload.status()).toBe(403);
  const anonymous = await request.post('/admin/media/upload', { multipart: { articleId: 'x' } });
  expect([401, 403]).toContain(anonymous.status());
});
