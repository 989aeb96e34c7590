// Newsroom access in a real browser (decision 0020): someone else's draft does not exist for a contributor, and
// hostile text in a newsroom form is a field error in the admin's language with everything typed kept.
import { expect, test } from '@playwright/test';
import { newPage, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

test('a contributor cannot read an editor’s draft: editor, preview, revisions, translation and upload answer 404; the list does not show it', async ({
  browser,
}) => {
  const editor = await newPage(browser, 'editor');
  const title = `Чарнавік рэдактара ${run}`;
  const id = await writeStory(editor, 'be', { title }, 'Save');
  const page = await newPage(browser, 'contributor');
  for (const path of [
    `/admin/articles/${id}`,
    `/admin/preview/${id}`,
    `/admin/articles/${id}/revisions`,
    `/admin/translate/${id}/en`,
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText(title), path).toHaveCount(0);
  }
  const upload = await page.request.post('/admin/media/upload', {
    headers: { origin: new URL(page.url()).origin },
    multipart: {
      articleId: id,
      alt_be: 'Падменены',
      file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') },
    },
    maxRedirects: 0,
  });
  expect(upload.status()).toBe(404);
  await page.goto('/admin');
  await expect(page.getByText(title)).toHaveCount(0);
  // The editor still sees it.
  await editor.goto(`/admin/preview/${id}`);
  await expect(editor.getByRole('heading', { name: title })).toBeVisible();
});

test('a NUL in a tag name or a headline is a field error in the admin’s language, and what was typed stays', async ({
  browser,
}) => {
  const page = await newPage(browser, 'editor');
  await page.goto('/admin/taxonomy');
  const tags = page.locator('section#tag');
  await tags.getByText('New entry').click();
  const form = tags.locator('details form');
  const typed = `Нуль ${run}\u0000`;
  await form.getByLabel('Name (BE)').fill(typed);
  await form.getByLabel('Name (EN)').fill(`Zero ${run}`);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(form.getByRole('alert')).toContainText('Name (BE): Contains an invisible control character');
  await expect(form.getByLabel('Name (BE)')).toHaveValue(typed);
  await expect(form.getByLabel('Name (EN)')).toHaveValue(`Zero ${run}`);

  await page.goto('/admin/stories/new?locale=be');
  await page.getByLabel('Headline').fill(`Загаловак\u0000 ${run}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('error-title')).toContainText('invisible control character');
  await expect(page.getByLabel('Headline')).toHaveValue(`Загаловак\u0000 ${run}`);
});
