// A story's life after its first version (decision 0028), in all three languages: an editor's correction reaches
// readers (article, lite page, JSON-LD, corrections page); a preview link opens a draft signed out and stops after
// revocation, after expiry and when tampered with; a scheduled unpublish takes the story off at its time (410).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { slugify } from '../lib/slug';
import { toNewsroomTime } from '../lib/time/minsk';
import { expectNoAxeViolations } from './axe';
import { newPage, writeStory } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const LOCALES = ['be', 'ru', 'en'] as const;
type L = (typeof LOCALES)[number];
const words: Record<L, { title: string; correction: string }> = {
  be: { title: 'Выпраўленая навіна', correction: 'Раней мы памылкова назвалі дату сесіі.' },
  ru: { title: 'Исправленная новость', correction: 'Ранее мы ошибочно назвали дату сессии.' },
  en: { title: 'Corrected story', correction: 'An earlier version misstated the date of the session.' },
};
/** Within two seconds of the newsroom's answer (decision 0015). */
const SOON = { timeout: 2_000, intervals: [100] };

/** A signed-out reader: a fresh browser context with no session. */
async function reader(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

for (const locale of LOCALES) {
  test(`${locale}: a correction is shown on the story, its lite page, its JSON-LD and the corrections page`, async ({
    browser,
    request,
  }) => {
    const editor = await newPage(browser, 'editor');
    const title = `${words[locale].title} ${run}`;
    const text = `${words[locale].correction} ${run}`;
    const id = await writeStory(editor, locale, { title, lede: 'Lede.', body: 'Body text.' }, 'Publish now');
    const path = `/${locale}/news/${slugify(title, locale)}`;
    await expect.poll(async () => (await request.get(path)).status()).toBe(200);

    await editor.goto(`/admin/articles/${id}`);
    const panel = editor.getByTestId('corrections-panel');
    // A refused notice keeps what was typed and says why, by the field.
    await panel.getByLabel('Correction text').fill(text);
    // One time input everywhere (decision 0035): the site's form as text, never the browser's datetime-local.
    const time = panel.getByLabel(/Time of the correction/);
    await expect(time).toHaveAttribute('type', 'text');
    await expect(time).toHaveAttribute('placeholder', '5.09.2025, 16:41');
    await time.fill('2099-01-01T10:00');
    await panel.getByRole('button', { name: 'Add correction' }).click();
    await expect(panel.getByText('Not a valid time: write it as 5.09.2025, 16:41 (Minsk).')).toBeVisible();
    await expect(panel.getByLabel(/Time of the correction/)).toHaveValue('2099-01-01T10:00');
    await expect(panel.getByLabel('Correction text')).toHaveValue(text);
    await panel.getByLabel(/Time of the correction/).fill('1.01.2099, 10:00');
    await panel.getByRole('button', { name: 'Add correction' }).click();
    await expect(panel.getByRole('alert')).toBeVisible();
    await expect(panel.getByText('A correction cannot be dated in the future.')).toBeVisible();
    await expect(panel.getByLabel('Correction text')).toHaveValue(text);
    await panel.getByLabel(/Time of the correction/).fill('');
    await panel.getByRole('button', { name: 'Add correction' }).click();
    await expect(editor.getByText('The correction is published.')).toBeVisible();
    await expect(editor.getByTestId('correction-history')).toContainText(text);

    await expect.poll(async () => (await (await request.get(path)).text()).includes(text), SOON).toBe(true);
    const page = await reader(browser);
    await page.goto(path);
    await expect(page.getByTestId('correction')).toContainText(text);
    await expectNoAxeViolations(page, 'article with a correction');
    await expect(page.getByTestId('correction').locator('time')).toHaveText(/^\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((s) =>
      JSON.parse(s),
    );
    const news = jsonLd.flat().find((d) => d['@type'] === 'NewsArticle');
    expect(news.correction).toEqual([
      expect.objectContaining({ '@type': 'CorrectionComment', text, datePublished: expect.any(String) }),
    ]);
    expect(await (await request.get(`${path}/lite`)).text()).toContain(text);

    // The footer leads to the corrections page, which lists it with a link to the story.
    await page.getByTestId('footer-corrections').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/corrections$`));
    const item = page.getByTestId('corrections-list').getByRole('listitem').filter({ hasText: text });
    await expect(item.getByRole('link', { name: title })).toHaveAttribute('href', path);
    await expectNoAxeViolations(page, 'corrections page');
    const sitemap = await (await request.get(`/sitemaps/${locale}-listings.xml`)).text();
    expect(sitemap).toContain(`/${locale}/corrections</loc>`);

    // Withdrawn: gone for readers, kept in the newsroom's history.
    await editor.getByTestId('correction-history').getByText('Change this correction').first().click();
    await editor.getByLabel('Yes, withdraw this correction').check();
    await editor.getByRole('button', { name: 'Withdraw' }).click();
    await expect(editor.getByText('The correction was withdrawn; it stays in the history.')).toBeVisible();
    await expect(editor.getByTestId('correction-history')).toContainText(text);
    await expect.poll(async () => (await (await request.get(path)).text()).includes(text), SOON).toBe(false);
    await editor.context().close();
    await page.context().close();
  });

  test(`${locale}: a preview link opens the draft signed out, and stops after revocation, expiry and tampering`, async ({
    browser,
  }) => {
    const editor = await newPage(browser, 'editor');
    const title = `Preview ${locale} ${run}`;
    const id = await writeStory(editor, locale, { title, lede: 'Lede.', body: 'Draft body.' }, 'Save');
    await editor.goto(`/admin/articles/${id}`);
    const panel = editor.getByTestId('preview-links-panel');
    await panel.getByLabel('Valid for').selectOption('1');
    await panel.getByRole('button', { name: 'Create a preview link' }).click();
    await expect(editor.getByText('A preview link was created')).toBeVisible();
    const url = await panel.getByTestId('preview-link-url').first().inputValue();
    expect(new URL(url).pathname).toMatch(new RegExp(`^/${locale}/preview/[^/]+$`));
    const path = new URL(url).pathname;

    const page = await reader(browser);
    const opened = await page.goto(path);
    expect(opened?.status()).toBe(200);
    const headers = opened!.headers();
    expect(headers['cache-control']).toContain('no-store');
    expect(headers['cache-control']).toContain('private');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-robots-tag']).toContain('noindex');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('preview-link-banner')).toBeVisible();
    await expectNoAxeViolations(page, 'preview link page');

    const gone = async (p: string) => {
      const r = await page.goto(p);
      expect(r?.status(), p).toBe(404);
      expect(await page.content()).not.toContain(title);
      await expect(page.locator('html')).toHaveAttribute('lang', /^(be|ru|en)/);
    };
    // Two hours on: past its one-hour life.
    await gone(`${path}?asOf=${new Date(Date.now() + 2 * 3600_000).toISOString()}`);
    // An earlier time cannot bring it back to life, and the real now still opens it.
    expect((await page.goto(`${path}?asOf=2000-01-01T00:00:00Z`))?.status()).toBe(200);
    await gone(path.slice(0, -1) + (path.endsWith('A') ? 'B' : 'A'));

    await panel.getByRole('button', { name: 'Revoke' }).first().click();
    await expect(editor.getByText('The link was revoked')).toBeVisible();
    await gone(path);
    await editor.context().close();
    await page.context().close();
  });

  test(`${locale}: a scheduled unpublish takes the story off every page at its time`, async ({ browser, request }) => {
    test.setTimeout(90_000);
    const editor = await newPage(browser, 'editor');
    const title = `Embargo ${locale} ${run}`;
    const id = await writeStory(editor, locale, { title, lede: 'Lede.', body: 'Short-lived.' }, 'Publish now');
    const path = `/${locale}/news/${slugify(title, locale)}`;
    await expect.poll(async () => (await request.get(path)).status()).toBe(200);
    await expect
      .poll(async () => (await (await request.get(`/${locale}/feed/rss.xml`)).text()).includes(title))
      .toBe(true);

    await editor.goto(`/admin/articles/${id}`);
    const panel = editor.getByTestId('unpublish-panel');
    const field = panel.getByLabel('Leave the site at (Minsk time)');
    // A time that has passed is refused, and the field keeps it.
    const past = toNewsroomTime(new Date(Date.now() - 3600_000));
    await field.fill(past);
    await panel.getByRole('button', { name: 'Schedule unpublish' }).click();
    await expect(panel.getByText('That time has passed.')).toBeVisible();
    await expect(field).toHaveValue(past);

    const at = new Date(Date.now() + 12_000);
    await field.fill(toNewsroomTime(at, { seconds: true }));
    await panel.getByRole('button', { name: 'Schedule unpublish' }).click();
    await expect(editor.getByText('The version will leave the site at the set time.')).toBeVisible();
    await expect(editor.getByTestId('unpublish-state')).toContainText('Leaves the site at');
    // The editor with its panels at a phone's size: 44 px targets, nothing axe objects to.
    await editor.setViewportSize({ width: 375, height: 812 });
    for (const button of await editor.locator('[data-testid$="-panel"] button').all())
      expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await expectNoAxeViolations(editor, 'editor with lifecycle panels, phone');
    expect((await request.get(path)).status()).toBe(200);

    // The scheduler's interval (2 s) after the time, plus a margin: 410, and off the feed and the front page.
    await expect
      .poll(async () => (await request.get(path, { maxRedirects: 0 })).status(), {
        timeout: 40_000,
        intervals: [500],
      })
      .toBe(410);
    // The article answers 410 from the database at once; the scheduler then drops the cached listings, so the
    // feed and the front page follow within a moment (polled briefly; a busy machine renders them slowly).
    await expect
      .poll(
        async () => {
          const feed = await request.get(`/${locale}/feed/rss.xml`);
          const front = await (await request.get(`/${locale}`)).text();
          return feed.status() === 200 && !(await feed.text()).includes(title) && !front.includes(title);
        },
        { timeout: 10_000, intervals: [250] },
      )
      .toBe(true);
    await editor.reload();
    await expect(editor.getByTestId('article-status')).toContainText(/unpublished/i);
    await editor.context().close();
  });
}
