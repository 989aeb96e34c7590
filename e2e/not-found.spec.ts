// Pages that do not exist, in the reader’s language.
import { expect, test } from '@playwright/test';
import { draftVersion, slugOf, storyInAllLanguages } from './fixtures';
import { LOCALES } from './reader';
import { authors, sections, tags } from '../prisma/seed/taxonomy';

const TITLE = { be: 'Старонку не знойдзена', ru: 'Страница не найдена', en: 'Page not found' } as const;

test.describe('not found', () => {
  for (const [path, lang, text] of [
    ['/be/news/nyama-takoha-artykula', 'be', 'Старонку не знойдзена'],
    ['/ru/news/net-takoy-stati', 'ru', 'Страница не найдена'],
    ['/en/news/no-such-story', 'en', 'Page not found'],
    ['/en/no/such/page', 'en', 'Page not found'],
  ] as const) {
    test(`${path} is a ${lang} 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(text);
    });
  }

  test('a draft translation is a 404 in its language', async ({ page }) => {
    const response = await page.goto(`/${draftVersion.locale}/news/${draftVersion.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', draftVersion.locale);
  });

  test('an article slug under another language is a 404', async ({ page }) => {
    const response = await page.goto(`/en/news/${slugOf(storyInAllLanguages, 'be')}`);
    expect(response?.status()).toBe(404);
  });

  test('an unknown language is a 404 in the reader’s language', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'ru-RU',
      extraHTTPHeaders: { 'accept-language': 'ru-RU,ru;q=0.9' },
    });
    const page = await context.newPage();
    const response = await page.goto(`/de/news/${slugOf(storyInAllLanguages, 'be')}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText('Страница не найдена');
    await context.close();
  });
});

// What a reader without JavaScript (or a crawler) gets: the server's HTML alone, read over plain HTTP.
test.describe('404 pages are whole in the first HTML', () => {
  for (const l of LOCALES) {
    const other = LOCALES.find((x) => x !== l)!;
    const paths = [
      `/${l}/news/no-such-story`,
      `/${l}/section/no-such-section`,
      `/${l}/tag/no-such-tag`,
      `/${l}/author/no-such-author`,
      `/${l}/no-such-page`,
      `/${l}/no/such/path`,
      // Another language's slug of a real section, a page past the last, a page number that is not one.
      `/${l}/section/${sections.find((s) => s.translations[other].slug !== s.translations[l].slug)!.translations[other].slug}`,
      `/${l}/tag/${Object.values(tags)[0][l].slug}/page/999`,
      `/${l}/author/${Object.values(authors)[0][l].slug}/page/x1`,
    ];
    for (const path of paths) {
      test(`${path}: 404 with lang, heading, text, links, header and footer`, async ({ request }) => {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status()).toBe(404);
        expect(response.headers()['content-type']).toMatch(/text\/html/);
        expect(Object.keys(response.headers()).filter((h) => h.startsWith('x-middleware'))).toEqual([]);
        // Never stored long by a CDN: a 404 may become a page any moment.
        expect(response.headers()['cache-control']).toMatch(/s-maxage=1\b/);
        const html = await response.text();
        expect(html).not.toContain('__next_error__');
        expect(html).toMatch(new RegExp(`<html lang="${l}"`));
        expect(html).toMatch(new RegExp(`<title>${TITLE[l]} — `));
        expect(html).toMatch(/<meta name="robots" content="noindex/);
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        expect(main).toMatch(new RegExp(`<h1[^>]*>${TITLE[l]}</h1>`));
        expect(main).toMatch(/<p[^>]*>[^<]{20,}<\/p>/);
        expect(main).toContain(`href="/${l}"`);
        expect(main).toContain(`action="/${l}/search"`);
        expect(html).toContain('data-testid="section-nav"');
        expect(html).toContain('data-testid="site-footer"');
      });
    }
  }

  // Pages rendered per request: the proxy decides their 404 before anything streams (decision 0025), so the
  // first HTML is the whole 404 page, readable without JavaScript.
  for (const l of LOCALES) {
    const streamed = [
      `/${l}/search?q=${encodeURIComponent(l === 'en' ? 'city' : 'горад')}&page=40`,
      `/${l}/search?q=qqqzzzxxx&page=2`,
      `/${l}/preview/nosuchlink-${'A'.repeat(43)}`,
      `/${l}/preview/not-a-token`,
    ];
    for (const path of streamed) {
      test(`${path}: the whole ${l} 404 page in the first HTML, not Next's error shell`, async ({ request }) => {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status()).toBe(404);
        expect(Object.keys(response.headers()).filter((h) => h.startsWith('x-middleware'))).toEqual([]);
        const html = await response.text();
        expect(html).not.toContain('__next_error__');
        expect(html).toMatch(new RegExp(`<html lang="${l}"`));
        expect(html).toMatch(/<meta name="robots" content="noindex/);
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
        expect(main).toMatch(new RegExp(`<h1[^>]*>${TITLE[l]}</h1>`));
        expect(main).toMatch(/<p[^>]*>[^<]{20,}<\/p>/);
        expect(main).toContain(`action="/${l}/search"`);
        expect(html).toContain('data-testid="site-footer"');
        // A preview link's answer stays private even when it is a 404.
        if (path.includes('/preview/')) expect(response.headers()['cache-control']).toContain('no-store');
      });
    }
  }

  test('a cached 404 re-rendered in the background keeps its title and noindex', async ({ request }) => {
    // The 404 is kept a second (s-maxage=1): asked again later, the stale copy is served and re-rendered in the
    // background, where Next resolves the head after the page's notFound() and used to lose the page's title.
    const path = '/ru/news/no-such-story-twice';
    for (let i = 0; i < 3; i++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html, `request ${i + 1}`).toMatch(new RegExp(`<title>${TITLE.ru} — `));
      expect(html).toMatch(/<meta name="robots" content="noindex/);
      await new Promise((r) => setTimeout(r, 1500));
    }
  });

  test('the header the proxy decides a 404 with cannot turn a page into one', async ({ request }) => {
    for (const path of ['/en/search?q=city', '/en/search', '/be/search?q=%D0%B3%D0%BE%D1%80%D0%B0%D0%B4&page=1']) {
      const response = await request.get(path, { headers: { 'x-rekha-not-found': '1' } });
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain('data-testid="search-page"');
    }
  });

  for (const [acceptLanguage, l] of [
    ['ru-RU,ru;q=0.9', 'ru'],
    ['en-GB,en;q=0.8', 'en'],
    ['be', 'be'],
  ] as const) {
    test(`/de/…: 404 in the reader’s language (${l}), no rewrite announced`, async ({ request }) => {
      const response = await request.get('/de/news/some-story', {
        maxRedirects: 0,
        headers: { 'accept-language': acceptLanguage },
      });
      expect(response.status()).toBe(404);
      expect(Object.keys(response.headers()).filter((h) => h.startsWith('x-middleware'))).toEqual([]);
      const html = await response.text();
      expect(html).toMatch(new RegExp(`<html lang="${l}"`));
      expect(html).toMatch(new RegExp(`<h1[^>]*>${TITLE[l]}</h1>`));
      expect(html).toContain('data-testid="site-footer"');
    });
  }

  test('the language header the proxy uses cannot turn a real page into a 404', async ({ request }) => {
    const path = `/be/news/${slugOf(storyInAllLanguages, 'be')}`;
    const response = await request.get(path, { headers: { 'x-rekha-reader-locale': 'ru' } });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<html lang="be"');
  });

  test('no response announces an internal rewrite or middleware step', async ({ request }) => {
    for (const path of ['/', '/be', '/ru/search?q=x', `/en/news/${slugOf(storyInAllLanguages, 'en')}`, '/xx', '/admin'])
      expect(
        Object.keys((await request.get(path, { maxRedirects: 0 })).headers()).filter((h) =>
          h.startsWith('x-middleware'),
        ),
        path,
      ).toEqual([]);
  });
});
