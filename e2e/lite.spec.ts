// The lite article: the same story, server HTML with inline CSS, no JavaScript, ≤ 30 KB gzipped.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { bodyBlocks, draftVersion, htmlToText, slugOf, storyInAllLanguages, storyWithoutRussian } from './fixtures';

const story = storyInAllLanguages;
const lite = (l: 'be' | 'ru' | 'en', slug: string) => `/${l}/news/${slug}/lite`;

test('the lite article carries the whole story with no script, within 30 KB gzipped', async ({ request, baseURL }) => {
  const response = await request.get(lite('be', slugOf(story, 'be')));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/text\/html/);
  const html = await response.text();
  expect(html).not.toMatch(/<script/i);
  expect(gzipSync(html).length).toBeLessThanOrEqual(30 * 1024);
  const text = htmlToText(html);
  expect(text).toContain(story.versions.be!.title);
  expect(text).toContain(story.versions.be!.lede);
  for (const block of bodyBlocks(story, 'be')) expect(text).toContain(block.replace(/\s+/g, ' '));
  expect(html).toMatch(/<time datetime="[^"]+">\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}<\/time>/);
  // Canonical is the full article on the primary host (decision 0032); the switcher stays in lite versions.
  expect(html).toContain(`<link rel="canonical" href="${baseURL}/be/news/${slugOf(story, 'be')}">`);
  expect(html).toContain(`href="${lite('ru', slugOf(story, 'ru'))}"`);
  expect(html).toContain(`href="${lite('en', slugOf(story, 'en'))}"`);
});

test('a browser loading the lite article downloads no JavaScript at all', async ({ page }) => {
  const scripts: string[] = [];
  let bytes = 0;
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  page.on('response', async (r) => {
    bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(lite('en', slugOf(story, 'en')), { waitUntil: 'networkidle' });
  await expect(page.locator('h1')).toHaveText(story.versions.en!.title);
  expect(scripts).toEqual([]);
  expect(bytes).toBeGreaterThan(0);
});

test('the full article links to its lite version and names it in its head', async ({ request }) => {
  const html = await (await request.get(`/ru/news/${slugOf(story, 'ru')}`)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).toMatch(
    new RegExp(`<link rel="alternate" type="text/html" href="[^"]*${lite('ru', slugOf(story, 'ru'))}"`),
  );
  expect(html).toContain(`href="${lite('ru', slugOf(story, 'ru'))}"`);
});

test('lite: a missing translation leads to that language’s front page; unknown and draft versions are 404', async ({
  request,
}) => {
  const html = await (await request.get(lite('be', slugOf(storyWithoutRussian, 'be')))).text();
  expect(html).toContain('href="/ru"');
  expect((await request.get(lite('be', 'nyama-takoha'))).status()).toBe(404);
  expect((await request.get(lite(draftVersion.locale, draftVersion.slug))).status()).toBe(404);
});
