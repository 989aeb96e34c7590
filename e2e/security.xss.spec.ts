// The XSS payload corpus (lib/security/payloads.ts) in Chromium: an editor puts it into every field the
// newsroom has, through the admin UI; then every output is loaded and must never call the hook `__xss(n)`
// (exposed to every page and frame), open a dialog, or lose the text. The raw half (feeds, sitemaps, JSON-LD,
// lite, search highlighting without a browser) is lib/security/corpus.test.tsx; decision 0017.
//
// Runs in its own Playwright project, after the reader specs and before the other newsroom specs (see
// playwright.config.ts). How to extend it: a new newsroom field → fill it in "fill every field" below; a new output → add its URL
// to `outputs` (reader pages, feeds and newsroom pages alike).
import { expect, test, type Dialog, type Page } from '@playwright/test';
import sharp from 'sharp';
import { PAYLOADS, packPayloads, type Payload } from '../lib/security/payloads';
import { newPage } from './newsroom';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
/** What a form field can hold: the browser and our forms turn control characters into spaces anyway. */
const typeable = PAYLOADS.filter((p) => !/[\u0000-\u001F\uD800-\uDFFF]/.test(p.text));
const packed = (max: number, from: readonly Payload[] = typeable) => packPayloads(max, from);
/** Every payload once, in turn: short fields take what fits. */
const rotate = <T>(items: T[], i: number) => items[i % items.length];
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Hook calls and dialogs seen by every page of the context, with the URL they happened on. */
async function watch(page: Page) {
  const seen: string[] = [];
  await page.context().exposeBinding('__xss', ({ frame }, id: number) => seen.push(`__xss(${id}) on ${frame.url()}`));
  // The editor's own leave warning (beforeunload, unsaved changes) is accepted and not counted: it is the form's,
  // not a payload's. Any other dialog is one a payload opened.
  const onDialog = (p: Page) => (d: Dialog) =>
    d.type() === 'beforeunload' ? d.accept() : (seen.push(`dialog on ${p.url()}`), d.dismiss());
  page.context().on('page', (p) => p.on('dialog', onDialog(p)));
  page.on('dialog', onDialog(page));
  return seen;
}

/** Loads a URL and lets anything that could run do so (images fail, focus, animations start). */
async function visit(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await page.mouse.move(200, 200);
  await page.mouse.move(600, 400);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(150);
}

/** Pastes HTML into the Tiptap editor as a browser would from the clipboard. */
async function pasteIntoBody(page: Page, html: string, text: string) {
  const editor = page.getByTestId('body-editor'); // the ProseMirror element itself
  await editor.click();
  await editor.evaluate(
    (el, { html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

test('the payload corpus in every newsroom field never runs in any output, and reads back as text', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const started = Date.now();
  const page = await newPage(browser, 'editor');
  const seen = await watch(page);

  // Taxonomy: a section, a tag and an author named with payloads (names hold 120 characters).
  const names = packed(110).map((n) => `${run} ${n}`); // the run keeps this run's entries apart from earlier ones
  // Names in all three languages (the newsroom shows the English ones, readers of /be the Belarusian ones).
  const taxonomy = Object.fromEntries(
    (['section', 'tag', 'author'] as const).map((kind, k) => [
      kind,
      { be: rotate(names, 3 * k), ru: rotate(names, 3 * k + 1), en: rotate(names, 3 * k + 2) },
    ]),
  ) as Record<'section' | 'tag' | 'author', Record<'be' | 'ru' | 'en', string>>;
  const shown = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const kind of ['section', 'tag', 'author'] as const) {
    // A slug with markup is refused; then one is given (slugs made from 120 characters of payloads are too long).
    for (const slug of ['"><svg onload=__xss(0)>', `${kind}-xss-${run}`]) {
      await visit(page, '/admin/taxonomy'); // afresh, so that the message below is this save's
      const block = page.locator(`section#${kind}`);
      await block.getByText('New entry').click();
      const form = block.locator('details form');
      await form.getByLabel('Name (BE)').fill(taxonomy[kind].be);
      await form.getByLabel('Slug (BE)').fill(slug);
      await form.getByLabel('Name (RU)').fill(taxonomy[kind].ru);
      await form.getByLabel('Slug (RU)').fill(`${kind}-xss-${run}`);
      await form.getByLabel('Name (EN)').fill(taxonomy[kind].en);
      await form.getByLabel('Slug (EN)').fill(`${kind}-xss-${run}`);
      await form.getByRole('button', { name: 'Add' }).click();
      if (slug.startsWith('"'))
        await expect(page.getByRole('alert').filter({ hasText: 'slugs are lowercase' })).toBeVisible();
      else await expect(page.getByRole('status')).toContainText('Saved');
    }
  }

  // Stories: headlines (200) and ledes (600) packed with payloads; every body holds the whole corpus,
  // pasted as HTML both as text and as raw markup and links (the editor must drop what it does not know).
  const titles = packed(200);
  const ledes = packed(600);
  const bodyHtml =
    PAYLOADS.map((p) => `<p>${escape(p.text)}</p>`).join('') +
    PAYLOADS.map((p) => `<p>${p.text}</p><p><a href="${escape(p.text)}">link ${p.id}</a></p>`).join('') +
    '<p><a href="https://example.org/report">off-site link</a> <a href="/be">site link</a></p>';
  const stories: { id: string; slug: string; title: string }[] = [];
  for (let i = 0; i < 3; i++) {
    await visit(page, '/admin/stories/new?locale=be');
    await page.getByLabel('Headline').fill(rotate(titles, i));
    await page.getByLabel('Lede').fill(rotate(ledes, i));
    await pasteIntoBody(page, bodyHtml, PAYLOADS.map((p) => p.text).join('\n'));
    await page.getByLabel('Section', { exact: true }).selectOption({ label: shown(taxonomy.section.en) });
    await page.getByRole('checkbox', { name: shown(taxonomy.tag.en), exact: true }).check();
    await page.getByRole('checkbox', { name: shown(taxonomy.author.en), exact: true }).check();
    await page.getByRole('button', { name: 'Publish now', exact: true }).click();
    await expect(page.getByTestId('done-message')).toBeVisible();
    const id = page.url().split('/admin/articles/')[1].split('?')[0];
    stories.push({
      id,
      slug: await page.getByLabel('Slug').inputValue(),
      title: await page.getByLabel('Headline').inputValue(),
    });
  }
  // A slug cannot carry markup: refused before saving.
  await page.getByLabel('Slug').fill('"><svg onload=__xss(0)>');
  await page.getByRole('button', { name: 'Save and update live' }).click();
  await expect(page.getByTestId('error-slug')).toBeVisible();

  // The main picture of the first story: alt text, caption and credit full of payloads.
  await visit(page, `/admin/articles/${stories[0].id}`);
  const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: { r: 90, g: 30, b: 30 } } })
    .png()
    .toBuffer();
  const upload = page.getByTestId('image-upload');
  await upload.getByText('Upload a picture').click();
  await upload.locator('input[type=file]').setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: png });
  await upload.getByLabel('Alt text (BE)').fill(rotate(packed(300), 3));
  await upload.getByLabel('Caption (BE)').fill(rotate(packed(500), 4));
  await upload.getByLabel('Credit').fill(rotate(packed(200), 5));
  await upload.getByRole('button', { name: 'Upload and use as main image' }).click();
  await expect(page.getByTestId('image-message')).toContainText('Picture uploaded');

  // The breaking-news line (Russian, which no other spec uses): hostile links are refused, the text is payloads.
  const banner = rotate(packed(200), 6);
  for (const link of [
    'javascript:__xss(1)',
    '/\\evil.example',
    '/\t/evil.example',
    'data:text/html,<script>__xss(1)</script>',
    'https://example.org/live',
  ]) {
    await visit(page, '/admin/breaking'); // afresh, so that the message below is this save's
    await page.locator('form#ru').getByLabel('Text (RU)').fill(banner);
    await page.locator('form#ru').getByLabel('Link (RU)').fill(link);
    await page.locator('form#ru').getByRole('button', { name: 'Show' }).click();
    if (link.startsWith('https:')) await expect(page.getByRole('status')).toContainText('Saved');
    else await expect(page.getByRole('alert').filter({ hasText: 'safe link' })).toBeVisible();
  }

  console.log(`[xss-corpus] fields filled after ${Math.round((Date.now() - started) / 1000)} s`);
  // Every output, as a reader, a feed reader and the newsroom see it.
  const first = stories[0];
  const outputs = [
    ...stories.flatMap((s) => [
      `/be/news/${s.slug}`,
      `/be/news/${s.slug}/lite`,
      `/admin/preview/${s.id}`,
      `/admin/articles/${s.id}`,
      `/admin/articles/${s.id}/revisions`,
    ]),
    '/be',
    '/ru',
    '/be/feed/rss.xml',
    '/be/feed/atom.xml',
    '/sitemaps/news-be.xml',
    `/be/search?q=${encodeURIComponent('script onerror')}`,
    `/be/search?q=${encodeURIComponent('svg')}`,
    '/admin',
    `/admin?q=${encodeURIComponent('script')}`,
    '/admin/taxonomy',
    '/admin/breaking',
  ];
  for (const url of outputs) await visit(page, url);
  // Listings and the section's feeds (their slugs were given above).
  for (const kind of ['section', 'tag', 'author']) await visit(page, `/be/${kind}/${kind}-xss-${run}`);
  for (const format of ['rss', 'atom']) await visit(page, `/be/feed/section/section-xss-${run}/${format}.xml`);
  console.log(`[xss-corpus] outputs loaded after ${Math.round((Date.now() - started) / 1000)} s`);

  // The text is there as text: headline, lede, body payloads, picture caption, banner.
  await visit(page, `/be/news/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(page.getByTestId('lede')).toHaveText(rotate(ledes, 0).replace(/\s+/g, ' ').trim());
  const body = await page.locator('.prose-news').innerText();
  for (const p of typeable.slice(0, 40)) expect(body).toContain(p.text.replace(/\s+/g, ' ').trim().split(' ')[0]);
  await expect(page.locator('figcaption')).toContainText(rotate(packed(500), 4).slice(0, 40));
  await visit(page, '/ru');
  await expect(page.getByTestId('breaking-news')).toContainText(banner.replace(/\s+/g, ' ').trim());
  await expect(page.getByTestId('breaking-news').locator('a')).toHaveAttribute('rel', 'noopener noreferrer');
  // Body links: only safe targets, off-site ones with rel=noopener noreferrer.
  await visit(page, `/be/news/${first.slug}`);
  // (Judged by where the browser goes: `/\\host` looks like a path but opens another host.)
  const links = await page.locator('.prose-news a').evaluateAll((els) =>
    els.map((e) => {
      const opens = new URL((e as HTMLAnchorElement).href);
      return {
        href: e.getAttribute('href'),
        origin: opens.origin,
        protocol: opens.protocol,
        rel: e.getAttribute('rel'),
        here: location.origin,
      };
    }),
  );
  for (const a of links)
    expect(
      a.origin === a.here || (['http:', 'https:', 'mailto:'].includes(a.protocol) && a.rel === 'noopener noreferrer'),
      JSON.stringify(a),
    ).toBe(true);
  expect(links.length).toBeGreaterThan(0);

  // The audit log (admins only) lists the banner text and the new names.
  const admin = await newPage(browser, 'admin');
  const adminSeen = await watch(admin);
  await visit(admin, '/admin/audit');
  await visit(admin, '/admin/users');

  // The banner goes, so that other specs see the Russian pages as usual.
  await visit(page, '/admin/breaking');
  await page.locator('form#ru').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');

  expect([...seen, ...adminSeen]).toEqual([]);
});
