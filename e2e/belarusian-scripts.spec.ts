// The automatic Łacinka and Taraškievica views of Belarusian pages, and search that ignores orthography and
// alphabet (decision 0031, decision 0008). Without JavaScript: the toggle, the views' links and the search form
// are plain HTML.
import { expectNoAxeViolations } from './axe';
import { expect, test, type Browser } from '@playwright/test';
import { convertText } from '../lib/belarusian/convert';
import { demoStories, isPublished, slugOf, storyInAllLanguages } from './fixtures';
import { sectionOf } from './reader';

const VIEWS = [
  { view: 'latn', segment: 'be-latn', lang: 'be-Latn', label: 'Łacinka' },
  { view: 'tarask', segment: 'be-tarask', lang: 'be-tarask', label: 'Тарашкевіца' },
] as const;

const story = storyInAllLanguages;
const slug = slugOf(story, 'be');
/** Written in official Cyrillic; the search tests look for it in Łacinka and in classical spelling. */
const cafe = demoStories.find((s) => isPublished(s, 'be') && s.versions.be!.title.includes('моўны клуб'))!;

async function withoutJs(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

/** The text as the server writes it (the converter works on HTML-escaped text). */
const decoded = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');

for (const { view, segment, lang, label } of VIEWS) {
  test(`a Belarusian article read in ${label} without JavaScript: lang ${lang}, canonical to the Cyrillic page`, async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await withoutJs(browser);
    await page.goto(`/be/news/${slug}`);
    const toggle = page.getByTestId('script-toggle');
    await expect(toggle.locator('a[aria-current="page"]')).toHaveText('Кірыліца');
    await toggle.getByRole('link', { name: label }).click();

    await expect(page).toHaveURL(`/${segment}/news/${slug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/be/news/${slug}`);
    const title = story.versions.be!.title;
    await expect(page.locator('h1')).toHaveText(decoded(convertText(title, view)));
    if (view === 'latn') await expect(page.locator('h1')).not.toHaveText(/[а-яіў]/i);
    // Marked as automatic, and the toggle says where the reader is.
    await expect(page.getByTestId('automatic-note')).toBeVisible();
    await expect(page.getByTestId('script-toggle').locator('a[aria-current="page"]')).toHaveText(label);

    // Internal links stay in the view: the choice is remembered by the URL, no cookie.
    const section = page.locator(`header a[href="/${segment}/section/${sectionOf('be', 0).slug}"]`).first();
    await expect(section).toHaveCount(1);
    await page.goto(await section.getAttribute('href').then((h) => h!));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await context.cookies()).toEqual([]);

    // Back to Cyrillic from the toggle.
    await page.getByTestId('script-toggle').getByRole('link', { name: 'Кірыліца' }).click();
    await expect(page).toHaveURL(`/be/section/${sectionOf('be', 0).slug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'be');
    await context.close();
  });
}

test('the views answer like reader pages: cached, no cookie, a 404 for a missing page, hreflang only for languages', async ({
  request,
}) => {
  const response = await request.get(`/be-latn/news/${slug}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('s-maxage=1');
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['content-security-policy']).toContain("script-src-attr 'none'");
  const html = await response.text();
  expect(html).not.toContain('hreflang="be-Latn"');
  expect(html).toContain('hrefLang="ru"');
  expect((await request.get('/be-latn/news/no-such-story-here')).status()).toBe(404);
  expect((await request.get('/be-tarask/news/no-such-story-here')).status()).toBe(404);
  // Other languages have no views.
  expect((await request.get('/ru-latn')).status()).toBe(404);
  // The lite article has the toggle too, and its views stay lite: no script at all.
  expect(await (await request.get(`/be/news/${slug}/lite`)).text()).toContain(`href="/be-latn/news/${slug}/lite"`);
  const lite = await request.get(`/be-latn/news/${slug}/lite`);
  expect(lite.headers()['content-security-policy']).toContain("script-src 'none'");
  const liteHtml = await lite.text();
  expect(liteHtml).toContain('<html lang="be-Latn">');
  expect(liteHtml).toContain('data-testid="automatic-note"');
  expect(liteHtml).not.toContain('<script');
});

test('a Łacinka query and a classical-spelling query each find a story written in official Cyrillic', async ({
  browser,
}) => {
  const { context, page } = await withoutJs(browser);
  const found = `a[href$="/news/${slugOf(cafe, 'be')}"]`;
  // Łacinka, typed into the Łacinka view's search form: the results stay in the view.
  await page.goto('/be-latn');
  await page.locator('#search-header').fill('Kaviarnia kłub');
  await page.locator('#search-header').press('Enter');
  await expect(page).toHaveURL(/\/be-latn\/search\?q=Kaviarnia/);
  await expect(page.getByTestId('search-results').locator(found)).toHaveCount(1);
  await expect(page.getByTestId('search-results').locator(found)).toHaveAttribute(
    'href',
    `/be-latn/news/${slugOf(cafe, 'be')}`,
  );
  // Classical spelling (клюб, зьбірае), in the Cyrillic search.
  await page.goto('/be');
  await page.locator('#search-header').fill('моўны клюб зьбірае');
  await page.locator('#search-header').press('Enter');
  await expect(page).toHaveURL(/\/be\/search\?q=/);
  await expect(page.getByTestId('search-results').locator(found)).toHaveCount(1);
  await context.close();
});

test('axe: 0 violations on the views', async ({ page }) => {
  test.setTimeout(90_000);
  const paths = [
    '/be-latn',
    `/be-latn/news/${slug}`,
    `/be-tarask/news/${slug}`,
    `/be-latn/search?q=${encodeURIComponent('škoła')}`,
    `/be-tarask/section/${sectionOf('be', 0).slug}`,
    `/be-latn/news/${slug}/lite`,
  ];
  for (const path of paths) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
});
