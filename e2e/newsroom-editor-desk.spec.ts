// The story editor as a newsroom lives in it, in each admin language: setting the displayed publication time,
// never losing typed text, editing on a phone (375×812), and only the actions that fit each state.
import { expectNoAxeViolations } from './axe';
import { expect, test, type Browser, type Page } from '@playwright/test';
import be from '../messages/be.json' with { type: 'json' };
import en from '../messages/en.json' with { type: 'json' };
import ru from '../messages/ru.json' with { type: 'json' };
import { localeConfig } from '../lib/locales';
import { slugify } from '../lib/slug';
import { authFile } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const LANGS = { be, ru, en } as const;
type Lang = keyof typeof LANGS;
const admin = (l: Lang) => LANGS[l].admin;

/** A page in the demo editor's session, the newsroom in language `l` (the admin language cookie). */
async function editorPage(browser: Browser, l: Lang, viewport?: { width: number; height: number }, role = 'editor') {
  const context = await browser.newContext({
    storageState: authFile(role as 'editor'),
    ...(viewport ? { viewport } : {}),
  });
  const page = await context.newPage();
  const port = process.env.E2E_PORT ?? '3100';
  await context.addCookies([{ name: 'ADMIN_LOCALE', value: l, url: `http://127.0.0.1:${port}` }]);
  return page;
}

async function fillStory(page: Page, l: Lang, s: { title: string; lede: string; body: string }) {
  const f = admin(l).field;
  await page.getByLabel(f.title, { exact: true }).fill(s.title);
  await page.getByLabel(f.lede, { exact: true }).fill(s.lede);
  const body = page.getByTestId('body-editor');
  await body.click();
  await body.pressSequentially(s.body);
  await page.getByLabel(f.section, { exact: true }).selectOption({ index: 1 });
}

const button = (page: Page, l: Lang, key: keyof (typeof en)['admin']['editor']) =>
  page.getByTestId('action-bar').getByRole('button', { name: admin(l).editor[key] as string, exact: true });

/** The action bar's buttons, by their text. */
const actionTexts = (page: Page) => page.getByTestId('action-bar').getByRole('button').allInnerTexts();

for (const l of Object.keys(LANGS) as Lang[]) {
  test(`${l}: a story that ran on 5 September 2025 at 16:41 is entered with that time; an editor corrects it later`, async ({
    browser,
  }) => {
    const page = await editorPage(browser, l);
    const t = admin(l);
    const title = `${l === 'en' ? 'Moved in story' : 'Перанесены матэрыял'} ${run} ${l}`;
    await page.goto(`/admin/stories/new?locale=${l}`);
    await fillStory(page, l, { title, lede: 'Lede.', body: 'Body text.' });
    const time = page.getByLabel(t.field.scheduledFor, { exact: true });
    await expect(time).toHaveAttribute('placeholder', '5.09.2025, 16:41');
    await time.fill('5.09.2025, 16:41');
    await button(page, l, 'schedule').click();
    await expect(page.getByTestId('done-message')).toHaveText(t.editor.published);
    await expect(page.getByTestId('article-status')).toContainText('5.09.2025, 16:41');
    // Published: no "publish now", no schedule; "save and update live", and the displayed time for editors.
    expect(await actionTexts(page)).toEqual([t.editor.update, t.editor.stage, t.editor.unpublish]);
    await expect(page.getByLabel(t.field.scheduledFor, { exact: true })).toHaveCount(0);
    const live = page.getByTestId(`live-${l}`);
    await expect(live).toHaveAttribute('href', `/${l}/news/${slugify(title, l)}`);

    const reader = await page.context().newPage();
    await reader.goto(`/${l}/news/${slugify(title, l)}`);
    await expect(reader.locator('main time').first()).toHaveText('5.09.2025, 16:41');

    const shown = page.getByLabel(t.field.publishedAt, { exact: true });
    await expect(shown).toHaveValue('5.09.2025, 16:41');
    await shown.fill('4.09.2025, 9:05');
    await button(page, l, 'update').click();
    await expect(page.getByTestId('done-message')).toBeVisible();
    await expect(page.getByTestId('article-status')).toContainText('4.09.2025, 09:05');
    await reader.reload();
    await expect(reader.locator('main time').first()).toHaveText('4.09.2025, 09:05');
    // No US format, no future for a published story: field errors, nothing saved.
    await page.getByLabel(t.field.publishedAt, { exact: true }).fill('09/04/2025 09:05 AM');
    await button(page, l, 'update').click();
    await expect(page.getByTestId('error-publishedAt')).toHaveText(t.errors.dateInvalid);
    await page.getByLabel(t.field.publishedAt, { exact: true }).fill('1.01.2099, 10:00');
    await button(page, l, 'update').click();
    await expect(page.getByTestId('error-publishedAt')).toHaveText(t.errors.dateFuture);
    await page.context().close();
  });
}

test('the audit log shows the publication time old → new; a contributor cannot set it, even by a hand-made form', async ({
  browser,
}) => {
  const page = await editorPage(browser, 'en', undefined, 'admin');
  await page.goto('/admin/audit');
  await expect(
    page
      .getByTestId('audit-table')
      .locator('tr', { hasText: 'set-publication-time' })
      .filter({ hasText: '5.09.2025, 16:41 → 4.09.2025, 09:05' })
      .first(),
  ).toBeVisible();
  await page.context().close();

  const contributor = await editorPage(browser, 'en', undefined, 'contributor');
  await contributor.goto('/admin/stories/new?locale=be');
  await expect(contributor.getByLabel(en.admin.field.scheduledFor, { exact: true })).toHaveCount(0);
  await fillStory(contributor, 'en', { title: `Кантрыб’ютар і час ${run}`, lede: 'Лід.', body: 'Тэкст.' });
  await contributor.evaluate(() => {
    const form = document.querySelector('[data-testid=article-form]')!;
    const time = document.createElement('input');
    time.name = 'scheduledFor';
    time.value = '5.09.2025, 16:41';
    const b = document.createElement('button');
    b.type = 'submit';
    b.name = 'intent';
    b.value = 'schedule';
    b.textContent = 'forged schedule';
    form.append(time, b);
  });
  await contributor.getByRole('button', { name: 'forged schedule' }).click();
  await expect(contributor.getByTestId('form-error')).toHaveText(en.admin.editor.forbidden);
  await contributor.context().close();
});

for (const l of Object.keys(LANGS) as Lang[]) {
  test(`${l}: nothing typed is lost — language switch, leaving through the menu, reload`, async ({ browser }) => {
    const page = await editorPage(browser, l);
    const t = admin(l);
    const other: Lang = l === 'be' ? 'ru' : 'be';
    await page.goto(`/admin/stories/new?locale=${l}`);
    const title = `Не страціць ${run} ${l}`;
    await page.getByLabel(t.field.title, { exact: true }).fill(title);
    await page.getByLabel(t.field.lede, { exact: true }).fill('Лід, які нельга страціць.');
    const body = page.getByTestId('body-editor');
    await body.click();
    await body.pressSequentially('Першы абзац.');

    // Switching the language keeps every field; the heading follows.
    await page.getByRole('radio', { name: localeConfig[other].nativeName }).check();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      t.editor.newTitle.replace('{language}', localeConfig[other].nativeName),
    );
    await expect(page.getByLabel(t.field.title, { exact: true })).toHaveValue(title);
    await expect(page.getByLabel(t.field.lede, { exact: true })).toHaveValue('Лід, які нельга страціць.');
    await expect(body).toContainText('Першы абзац.');

    // The menu asks before leaving; staying keeps everything.
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.getByRole('navigation', { name: t.nav.main }).getByRole('link', { name: t.nav.stories }).click();
    await expect.poll(() => asked).toBe(t.editor.leaveWarning);
    await expect(page).toHaveURL(/\/admin\/stories\/new/);
    await expect(page.getByLabel(t.field.title, { exact: true })).toHaveValue(title);

    // Reloading (as after a crash) asks too; the text comes back from this browser, with a notice.
    let kind = '';
    page.once('dialog', (d) => {
      kind = d.type();
      void d.accept();
    });
    await page.reload();
    expect(kind).toBe('beforeunload');
    await expect(page.getByTestId('draft-restored')).toContainText(t.editor.draftRestored);
    await expect(page.getByLabel(t.field.title, { exact: true })).toHaveValue(title);
    await expect(page.getByLabel(t.field.lede, { exact: true })).toHaveValue('Лід, які нельга страціць.');
    await expect(page.getByTestId('body-editor')).toContainText('Першы абзац.');
    await expect(page.locator(`input[name=locale][value=${other}]`)).toBeChecked();

    // Saved: the copy is gone; a new form starts empty.
    await page.getByLabel(t.field.section, { exact: true }).selectOption({ index: 1 });
    await button(page, l, 'save').click();
    await expect(page.getByTestId('done-message')).toBeVisible();
    await expect(page.getByTestId('article-status')).toBeVisible();
    await page.goto(`/admin/stories/new?locale=${l}`);
    await expect(page.getByLabel(t.field.title, { exact: true })).toHaveValue('');
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);
    // Reader pages keep nothing of the newsroom's.
    await page.goto(`/${l}`);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('newsroom-draft')))).toEqual(
      [],
    );
    await page.context().close();
  });
}

test('a restored copy of an outdated version still meets the edit-conflict check, and can be discarded', async ({
  browser,
}) => {
  const page = await editorPage(browser, 'en');
  await page.goto('/admin/stories/new?locale=be');
  await fillStory(page, 'en', { title: `Канфлікт копіі ${run}`, lede: 'Лід.', body: 'Тэкст.' });
  await button(page, 'en', 'save').click();
  await expect(page.getByTestId('done-message')).toBeVisible();
  const url = page.url().split('?')[0];
  await page.getByLabel('Lede', { exact: true }).fill('Мой незахаваны лід.');
  await page.waitForTimeout(400); // the copy is written a moment after typing
  // Someone else saves a newer version meanwhile.
  const other = await editorPage(browser, 'en', undefined, 'admin');
  await other.goto(url);
  await other.getByLabel('Headline', { exact: true }).fill(`Канфлікт копіі ${run} — іншы`);
  await button(other, 'en', 'save').click();
  await expect(other.getByTestId('done-message')).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await page.goto(url);
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByLabel('Lede', { exact: true })).toHaveValue('Мой незахаваны лід.');
  await button(page, 'en', 'save').click();
  await expect(page.getByTestId('form-conflict')).toBeVisible();
  await expect(page.getByLabel('Lede', { exact: true })).toHaveValue('Мой незахаваны лід.');
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await page.getByRole('button', { name: en.admin.editor.discardDraft }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(`Канфлікт копіі ${run} — іншы`);
  await expect(page.getByLabel('Lede', { exact: true })).toHaveValue('Лід.');
  await page.context().close();
  await other.context().close();
});

const PHONE = { width: 375, height: 812 };

for (const l of Object.keys(LANGS) as Lang[]) {
  test(`${l}: editing on a phone — one-row action bar that never covers a field, finger-sized boxes, a growing headline, the actions of each state, 0 axe violations`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const page = await editorPage(browser, l, PHONE);
    const t = admin(l);
    await page.goto(`/admin/stories/new?locale=${l}`);
    const bar = page.getByTestId('action-bar');
    // Draft: save, publish now, schedule — one row, a small part of the screen.
    expect(await actionTexts(page)).toEqual([t.editor.save, t.editor.publish, t.editor.schedule]);
    const barBox = (await bar.boundingBox())!;
    expect(barBox.height).toBeLessThanOrEqual(64);
    const tops = await bar.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);

    const axe = (what: string) => expectNoAxeViolations(page, what);
    await axe('new story at 375×812');

    // Every focused field stays clear of the bar.
    for (const label of [t.field.title, t.field.lede, t.field.scheduledFor]) {
      const field = page.getByLabel(label, { exact: true });
      await field.focus();
      const f = (await field.boundingBox())!;
      const b = (await bar.boundingBox())!;
      const overlaps = f.y < b.y + b.height && b.y < f.y + f.height;
      expect(overlaps, `${label} covered by the action bar`).toBe(false);
    }

    // Tag and author boxes: at least 24 px.
    const boxes = page.locator('input[name=tagIds], input[name=authorIds]');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const size of await boxes.evaluateAll((els) =>
      els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]),
    ))
      expect(Math.min(...size)).toBeGreaterThanOrEqual(24);

    // A long headline is shown whole: the field grows.
    const headline = page.getByLabel(t.field.title, { exact: true });
    await headline.fill('Кароткі');
    const oneLine = (await headline.boundingBox())!.height;
    const long = `${'Доўгі загаловак пра важную падзею ў горадзе, '.repeat(3)}${run}`;
    await fillStory(page, l, { title: long, lede: 'Лід.', body: 'Тэкст.' });
    expect((await headline.boundingBox())!.height).toBeGreaterThan(oneLine * 2);
    expect(await headline.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);

    // The schedule takes only the site's own time form, with a clear field error.
    await page.getByLabel(t.field.scheduledFor, { exact: true }).fill('12/05/2099, 04:41 PM');
    await button(page, l, 'schedule').click();
    await expect(page.getByTestId('error-scheduledFor')).toHaveText(t.errors.dateInvalid);
    await page.getByLabel(t.field.scheduledFor, { exact: true }).fill('5.12.2099, 16:41');
    await button(page, l, 'schedule').click();
    await expect(page.getByTestId('done-message')).toBeVisible();
    // Scheduled: save, reschedule, publish now, unschedule.
    expect(await actionTexts(page)).toEqual([
      t.editor.save,
      t.editor.reschedule,
      t.editor.publish,
      t.editor.unschedule,
    ]);
    await expect(page.getByLabel(t.field.scheduledFor, { exact: true })).toHaveValue('5.12.2099, 16:41');
    await button(page, l, 'publish').click();
    await expect(page.getByTestId('done-message')).toHaveText(t.editor.published);
    expect(await actionTexts(page)).toEqual([t.editor.update, t.editor.stage, t.editor.unpublish]);
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(64);
    await axe('published story at 375×812');
    await page.context().close();
  });
}
