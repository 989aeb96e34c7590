// The newsroom, end to end on a production build: sign in, write, publish, translate, conflicts,
// scheduling, revisions, permissions, the sign-in rate limit, and script payloads rendered as text.
// Serial: the sign-in rate limit runs last, on an account this spec made (decision 0019).
import { expect, test, type Page } from '@playwright/test';
import { toMinskLocal } from '../lib/time/minsk';
import { slugify } from '../lib/slug';
import sharp from 'sharp';
import { fillStory, newPage, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

test('/admin is private: sign-in page, no caching, no indexing, no locale redirect', async ({ request }) => {
  const res = await request.get('/admin', { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()['location']).toBe('/admin/sign-in');
  expect(res.headers()['cache-control']).toContain('no-store');
  const page = await request.get('/admin/sign-in');
  expect(page.headers()['cache-control']).toContain('no-store');
  expect(page.headers()['x-robots-tag']).toContain('noindex');
  expect(await page.text()).toContain('noindex');
});

test('an editor signs in, writes a Belarusian story, publishes it; it is on the front page and its page; the English translation is linked by the switcher', async ({ browser }) => {
  const page = await newPage(browser, 'editor');
  // The session cookie: HttpOnly, SameSite=Lax, Secure (production build), expiring in 7 days.
  const session = (await page.context().cookies()).find((c) => c.name.includes('session_token'))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  expect(session.expires * 1000 - Date.now()).toBeGreaterThan(6.9 * 86400_000);
  expect(session.expires * 1000 - Date.now()).toBeLessThan(7.1 * 86400_000);
  const title = `Свежы ўсход сонца над Нёманам ${run}`;
  const slug = slugify(title, 'be');
  const id = await writeStory(page, 'be', { title, lede: 'Лід пра ранак.', body: 'Першы абзац навіны.' }, 'Publish now');
  await expect(page.getByTestId('article-status')).toContainText('published');

  await page.goto('/be');
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  await page.goto(`/be/news/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Першы абзац навіны.')).toBeVisible();

  // Translate into English, with the source beside the form.
  await page.goto(`/admin/articles/${id}`);
  await page.getByTestId('translate-en').click();
  await expect(page.getByTestId('source-panel')).toContainText(title);
  const enTitle = `Fresh sunrise over the Nioman ${run}`;
  await fillStory(page, { title: enTitle, lede: 'A lede about the morning.', body: 'First paragraph in English.' });
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();

  await page.goto(`/be/news/${slug}`);
  await page.locator('header nav a[data-switcher="en"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/en/news/${slugify(enTitle, 'en')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(enTitle);
  await page.locator('header nav a[data-switcher="be"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/be/news/${slug}$`));

  // The source changes: the translation is marked stale until someone confirms it.
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel('Lede').fill('Абноўлены лід.');
  await page.getByRole('button', { name: 'Save and update live' }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  await page.goto(`/admin?q=${encodeURIComponent(run)}`);
  await expect(page.getByTestId('stale-mark').first()).toBeVisible();
  await page.getByRole('link', { name: /^EN published/ }).first().click();
  await expect(page.getByTestId('stale-warning')).toBeVisible();
  await page.getByRole('button', { name: 'Translation matches the source' }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  await expect(page.getByTestId('stale-warning')).toHaveCount(0);
});

/** Forge a request: add a "publish" submit button to the real form, as a hand-made request would. */
async function forgePublishButton(page: Page) {
  await page.evaluate(() => {
    const form = document.querySelector('[data-testid=article-form]')!;
    const b = document.createElement('button');
    b.type = 'submit';
    b.name = 'intent';
    b.value = 'publish';
    b.textContent = 'forged publish';
    form.appendChild(b);
  });
}

test('a contributor cannot publish, even with a hand-made request', async ({ browser }) => {
  const page = await newPage(browser, 'contributor');
  await page.goto('/admin/stories/new?locale=be');
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  const title = `Спроба кантрыб'ютара ${run}`;
  await fillStory(page, { title, lede: 'Лід.', body: 'Тэкст.' });
  // Forge the request: add the hidden "publish" button to the real form and submit through it.
  await forgePublishButton(page);
  await page.getByRole('button', { name: 'forged publish' }).click();
  await expect(page.getByTestId('form-error')).toContainText('not allowed');
  await expect(page.getByLabel('Headline')).toHaveValue(title); // nothing typed is lost

  // Save as a draft (allowed), then forge "publish" on the saved draft.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  await forgePublishButton(page);
  await page.getByRole('button', { name: 'forged publish' }).click();
  await expect(page.getByTestId('form-error')).toContainText('not allowed');
  const res = await page.request.get(`/be/news/${slugify(title, 'be')}`);
  expect(res.status()).toBe(404);
});

test('two people edit one version: the second save is refused and what they typed stays on screen', async ({ browser }) => {
  const a = await newPage(browser, 'editor');
  const id = await writeStory(a, 'be', { title: `Канфлікт ${run}`, lede: 'Лід.', body: 'Тэкст.' }, 'Save');
  const b = await newPage(browser, 'admin');
  await b.goto(`/admin/articles/${id}`);
  await a.goto(`/admin/articles/${id}`);

  await a.getByLabel('Headline').fill(`Канфлікт ${run} — версія A`);
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByTestId('done-message')).toBeVisible();

  const mine = `Канфлікт ${run} — версія B`;
  await b.getByLabel('Headline').fill(mine);
  await b.getByLabel('Lede').fill('Лід, які B напісаў.');
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(b.getByTestId('form-conflict')).toContainText('Demo Editor');
  await expect(b.getByLabel('Headline')).toHaveValue(mine);
  await expect(b.getByLabel('Lede')).toHaveValue('Лід, які B напісаў.');

  await a.reload();
  await expect(a.getByLabel('Headline')).toHaveValue(`Канфлікт ${run} — версія A`);
});

test('a scheduled story appears on time, with no request needed to trigger it', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await newPage(browser, 'editor');
  const title = `Запланаваная навіна ${run}`;
  await page.goto('/admin/stories/new?locale=be');
  await fillStory(page, { title, lede: 'Лід.', body: 'Тэкст.' });
  const at = new Date(Date.now() + 20_000);
  await page.getByLabel('Publication time (Minsk)').fill(toMinskLocal(at));
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByTestId('article-status')).toContainText('scheduled');
  const url = `/be/news/${slugify(title, 'be')}`;
  expect((await page.request.get(url)).status()).toBe(404);
  // Wait past the time without touching the server, then look.
  await page.waitForTimeout(Math.max(0, at.getTime() - Date.now()) + 3_000);
  expect((await page.request.get(url)).status()).toBe(200);
  await page.goto('/be');
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
});

test('restoring a revision brings its text back as a new version; the diff shows the change', async ({ browser }) => {
  const page = await newPage(browser, 'author');
  const first = `Першая рэдакцыя ${run}`;
  const id = await writeStory(page, 'be', { title: first, lede: 'Лід.', body: 'Тэкст.' }, 'Save');
  await page.getByLabel('Headline').fill(`Другая рэдакцыя ${run}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('article-status')).toContainText('Version 2');
  await page.goto(`/admin/articles/${id}/revisions`);
  await expect(page.getByTestId('diff')).toContainText(`- # ${first}`);
  await expect(page.getByTestId('diff')).toContainText(`+ # Другая рэдакцыя ${run}`);
  await page.getByTestId('restore-1').click();
  await expect(page.getByTestId('done-message')).toContainText('restored');
  await expect(page.getByLabel('Headline')).toHaveValue(first);
  await expect(page.getByTestId('article-status')).toContainText('Version 3');
});

test('a staged edit of a published story stays unseen by readers until it is applied', async ({ browser }) => {
  const page = await newPage(browser, 'editor');
  const title = `Апублікаваны загаловак ${run}`;
  await writeStory(page, 'be', { title, lede: 'Лід.', body: 'Тэкст.' }, 'Publish now');
  const url = `/be/news/${slugify(title, 'be')}`;
  await page.getByLabel('Headline').fill(`${title} (праўка)`);
  await page.getByLabel('Slug').fill(slugify(title, 'be'));
  await page.getByRole('button', { name: 'Save as staged edit' }).click();
  await expect(page.getByTestId('staged-note')).toBeVisible();
  await expect(page.getByLabel('Headline')).toHaveValue(`${title} (праўка)`);
  const reader = await page.request.get(url);
  expect(await reader.text()).not.toContain('(праўка)');
  await page.getByRole('button', { name: 'Save and update live' }).click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  await expect(page.getByTestId('staged-note')).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (праўка)`);
});

test('unpublish and delete take a version away from readers; the audit log shows who did it, to admins only', async ({ browser }) => {
  const page = await newPage(browser, 'editor');
  const title = `Знікаючая навіна ${run}`;
  const id = await writeStory(page, 'be', { title, lede: 'Лід.', body: 'Тэкст.' }, 'Publish now');
  const url = `/be/news/${slugify(title, 'be')}`;
  expect((await page.request.get(url)).status()).toBe(200);
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByTestId('article-status')).toContainText('unpublished');
  expect((await page.request.get(url)).status()).toBe(404);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('article-status')).toContainText('published');
  await expect(page.getByTestId('article-status')).not.toContainText('unpublished');
  expect((await page.request.get(url)).status()).toBe(200);
  await page.getByLabel('I confirm the deletion').check();
  await page.getByRole('button', { name: 'Delete this language version' }).click();
  await expect(page.getByTestId('done-message')).toContainText('Deleted');
  expect((await page.request.get(url)).status()).toBe(410);

  await page.goto('/admin/audit');
  await expect(page.getByText('Not allowed').or(page.getByText('not allowed'))).toBeVisible();
  const admin = await newPage(browser, 'admin');
  await admin.goto('/admin/audit');
  const rows = admin.getByTestId('audit-table').locator('tr', { hasText: id });
  for (const action of ['publish', 'unpublish', 'delete']) await expect(rows.filter({ hasText: action }).first()).toContainText('editor@rekha.example');
  await expect(admin.getByTestId('audit-table').locator('tr', { hasText: 'sign-in' }).first()).toBeVisible();
});

test('an admin creates a user and changes roles; an editor adds a tag in three languages', async ({ browser }) => {
  const admin = await newPage(browser, 'admin');
  await admin.goto('/admin/users');
  const email = `new-${run}@rekha.example`;
  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Role').last().selectOption('contributor');
  await admin.getByLabel('Password (at least 10 characters)').fill('a-fresh-password');
  await admin.getByRole('button', { name: 'Create user' }).click();
  await expect(admin.getByRole('status')).toContainText('User created');
  const row = admin.locator('li', { hasText: email });
  await row.getByRole('combobox').selectOption('editor');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(admin.getByRole('status')).toContainText('Role changed');

  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-fresh-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(`${email} · editor`);
  // Editors may not manage users, even by going to the page.
  await page.goto('/admin/users');
  await expect(page.getByText('not allowed')).toBeVisible();

  await page.goto('/admin/taxonomy');
  const tags = page.locator('section#tag');
  await tags.getByText('New entry').click();
  const form = tags.locator('details form');
  await form.getByLabel('Name (BE)').fill(`Лёд ${run}`);
  await form.getByLabel('Name (RU)').fill(`Лёд ${run}`);
  await form.getByLabel('Name (EN)').fill(`Ice ${run}`);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expect(page.locator(`input[value="lyod-${run}"]`)).toHaveCount(2); // be and ru transliterate ё alike
  await expect(page.locator(`input[value="ice-${run}"]`)).toHaveCount(1);
  await page.goto('/admin/stories/new?locale=en');
  await expect(page.getByLabel(`Ice ${run}`)).toBeVisible();
});

test('script payloads in every text field are shown as text, never run', async ({ browser }) => {
  const page = await newPage(browser, 'editor');
  const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;
  const title = `XSS ${run} ${payload}`;
  page.on('dialog', (d) => d.dismiss());
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

test('an uploaded picture becomes the main image, in responsive sizes with long caching; a fake image is refused', async ({ browser }) => {
  const page = await newPage(browser, 'author');
  const title = `Фота ${run}`;
  const id = await writeStory(page, 'be', { title, lede: 'Лід.', body: 'Тэкст.' }, 'Publish now');
  const png = await sharp({ create: { width: 1800, height: 900, channels: 3, background: { r: 20, g: 120, b: 60 } } }).png().toBuffer();
  await page.getByTestId('image-upload').getByText('Upload a picture').click();
  await page.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
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
  await upload.locator('input[type=file]').setInputFiles({ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
  await upload.getByLabel('Alt text (BE)').fill('x');
  await upload.getByRole('button', { name: 'Upload and use as main image' }).click();
  await expect(page.getByTestId('image-message')).toContainText('not a JPEG, PNG or WebP');
});

test('an editor sets a breaking-news line for one language; readers of that language see it (as text) until removed', async ({ browser }) => {
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
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
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

test('cross-site requests are refused: server actions check Origin, the upload route too', async ({ browser, request }) => {
  const page = await newPage(browser, 'editor');
  // Record a real save (the server action's POST, as the browser sends it)...
  const title = `Арыгінальны запыт ${run}`;
  await page.goto('/admin/stories/new?locale=be');
  await fillStory(page, { title, lede: 'Лід.', body: 'Тэкст.' });
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

  const upload = await page.request.post('/admin/media/upload', { headers: { Origin: 'http://evil.example' }, multipart: { articleId: 'x' } });
  expect(upload.status()).toBe(403);
  const anonymous = await request.post('/admin/media/upload', { multipart: { articleId: 'x' } });
  expect([401, 403]).toContain(anonymous.status());
});

test('sign-out of other sessions, and sign-out', async ({ browser }) => {
  const one = await newPage(browser, 'author');
  const two = await newPage(browser, 'author');
  await two.goto('/admin/account');
  await two.getByRole('button', { name: 'Sign out of other devices' }).click();
  await expect(two.getByRole('status')).toContainText('signed out');
  await one.goto('/admin');
  await expect(one).toHaveURL(/\/admin\/sign-in$/);
  await two.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(two).toHaveURL(/\/admin\/sign-in$/);
});

test('failed sign-ins are limited to 5 per account and address, with a clear message', async ({ page }) => {
  await page.goto('/admin/sign-in');
  // The account made above: blocking a demo account would lock out the specs that run beside this one.
  const email = `new-${run}@rekha.example`;
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/sign-in'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await answered;
    // React resets the form once the action settles; typing before that reset would be wiped out.
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByTestId('sign-in-error')).toBeVisible();
  }
  await expect(page.getByTestId('sign-in-error')).toContainText('Too many failed attempts');
  // Even the right password is refused now.
  await page.getByLabel('Password').fill('a-fresh-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toContainText('Too many failed attempts');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});
