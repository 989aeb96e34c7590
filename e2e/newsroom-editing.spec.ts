// Writing in the newsroom: publish, translate, permissions, conflicts, scheduling, revisions, staged edits,
// unpublish and delete with the audit log.
import { expect, test, type Page } from '@playwright/test';
import { toNewsroomTime } from '../lib/time/minsk';
import { slugify } from '../lib/slug';
import { fillStory, newPage, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

test('an editor signs in, writes a Belarusian story, publishes it; it is on the front page and its page; the English translation is linked by the switcher', async ({
  browser,
}) => {
  const page = await newPage(browser, 'editor');
  // The session cookie: HttpOnly, SameSite=Lax, Secure (production build), expiring in 7 days.
  const session = (await page.context().cookies()).find((c) => c.name.includes('session_token'))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  expect(session.expires * 1000 - Date.now()).toBeGreaterThan(6.9 * 86400_000);
  expect(session.expires * 1000 - Date.now()).toBeLessThan(7.1 * 86400_000);
  const title = `Свежы ўсход сонца над Нёманам ${run}`;
  const slug = slugify(title, 'be');
  const id = await writeStory(
    page,
    'be',
    { title, lede: 'Лід пра ранак.', body: 'Першы абзац навіны.' },
    'Publish now',
  );
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
  await page
    .getByRole('link', { name: /^EN published/ })
    .first()
    .click();
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
  await fillStory(page, { title });
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

test('two people edit one version: the second save is refused and what they typed stays on screen', async ({
  browser,
}) => {
  const a = await newPage(browser, 'editor');
  const id = await writeStory(a, 'be', { title: `Канфлікт ${run}` }, 'Save');
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
  test.setTimeout(150_000);
  const page = await newPage(browser, 'editor');
  const title = `Запланаваная навіна ${run}`;
  await page.goto('/admin/stories/new?locale=be');
  await fillStory(page, { title });
  // Times are typed to the minute: the next whole minute at least 15 s away (a past one would publish at once).
  const at = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
  await page.getByLabel('Publication time (Minsk)').fill(toNewsroomTime(at));
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
  const id = await writeStory(page, 'be', { title: first }, 'Save');
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
  await writeStory(page, 'be', { title }, 'Publish now');
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

test('unpublish and delete take a version away from readers; the audit log shows who did it, to admins only', async ({
  browser,
}) => {
  const page = await newPage(browser, 'editor');
  const title = `Знікаючая навіна ${run}`;
  const id = await writeStory(page, 'be', { title }, 'Publish now');
  const url = `/be/news/${slugify(title, 'be')}`;
  expect((await page.request.get(url)).status()).toBe(200);
  await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
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
  for (const action of ['publish', 'unpublish', 'delete'])
    await expect(rows.filter({ hasText: action }).first()).toContainText('editor@rekha.example');
  await expect(admin.getByTestId('audit-table').locator('tr', { hasText: 'sign-in' }).first()).toBeVisible();
});
