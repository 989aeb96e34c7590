// Readers who leave no trace (decision 0032): every kind of reader page, in every language, asks nothing of any
// other origin (fonts, scripts, pictures, embeds) and no reader response sets a cookie — in a browser, and in
// the raw responses too. `/` chooses the language from Accept-Language alone.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { slugOf, storyInAllLanguages } from './fixtures';
import { firstAuthorOf, firstTagOf, LOCALES, sectionOf } from './reader';
import { staticPages } from '../prisma/seed/pages';

type Locale = (typeof LOCALES)[number];
const story = storyInAllLanguages;
const SEARCH_WORD: Record<Locale, string> = { be: 'Мінск', ru: 'Минск', en: 'Minsk' };

/** Every kind of reader page in one language (the feed's first item is added from the feed itself). */
function readerPages(l: Locale): string[] {
  return [
    `/${l}`,
    `/${l}/news/${slugOf(story, l)}`,
    `/${l}/news/${slugOf(story, l)}/lite`,
    `/${l}/section/${sectionOf(l).slug}`,
    `/${l}/tag/${firstTagOf(story, l).slug}`,
    `/${l}/author/${firstAuthorOf(story, l).slug}`,
    `/${l}/search`,
    `/${l}/search?q=${encodeURIComponent(SEARCH_WORD[l])}`,
    ...staticPages.map((p) => `/${l}/${p.versions[l].slug}`),
    `/${l}/reach-us`,
    `/${l}/privacy`,
    `/${l}/news/no-such-story-here`,
    `/${l}/no/such/page`,
  ];
}

/** The HTML page each feed's first item leads to. */
async function feedItemPage(request: APIRequestContext, baseURL: string, l: Locale): Promise<string> {
  const xml = await (await request.get(`/${l}/feed/rss.xml`)).text();
  const link = /<item>[\s\S]*?<link>([^<]+)<\/link>/.exec(xml)?.[1];
  expect(link, `first item of /${l}/feed/rss.xml`).toBeDefined();
  const url = new URL(link!);
  expect(url.origin).toBe(new URL(baseURL).origin);
  return url.pathname;
}

/** Load a page and report every request to another origin and every Set-Cookie the browser saw. */
async function visit(page: Page, origin: string, path: string) {
  const foreign: string[] = [];
  const cookies: string[] = [];
  const onRequest = (r: { url: () => string }) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  };
  const onResponse = async (r: { url: () => string; headerValue: (n: string) => Promise<string | null> }) => {
    const value = await r.headerValue('set-cookie').catch(() => null);
    if (value) cookies.push(`${r.url()}: ${value}`);
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  try {
    await page.goto(path, { waitUntil: 'load' });
    // Lazy pictures and anything started late: scroll to the end, then let the network settle.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', onRequest);
    page.off('response', onResponse);
  }
  return { foreign, cookies };
}

test.describe('readers leave no trace', () => {
  for (const l of LOCALES) {
    test(`${l}: no request to another origin and no cookie on any reader page`, async ({
      page,
      request,
      baseURL,
      context,
    }) => {
      test.setTimeout(120_000);
      const origin = new URL(baseURL!).origin;
      const paths = [...readerPages(l), await feedItemPage(request, baseURL!, l)];
      for (const path of paths) {
        const { foreign, cookies } = await visit(page, origin, path);
        expect(foreign, `${path}: requests to other origins`).toEqual([]);
        expect(cookies, `${path}: Set-Cookie`).toEqual([]);
      }
      expect(await context.cookies(), 'cookies in the browser').toEqual([]);
    });

    test(`${l}: raw reader responses, feeds and the read counter set no cookie`, async ({ request }) => {
      const article = await (await request.get(`/${l}/news/${slugOf(story, l)}`)).text();
      const beacon = /src="(\/api\/views\/[^"]+)"/.exec(article)?.[1];
      expect(beacon, 'the read-counter pixel').toBeDefined();
      const paths = [
        ...readerPages(l),
        `/${l}/feed/rss.xml`,
        `/${l}/feed/atom.xml`,
        '/sitemap.xml',
        '/robots.txt',
        beacon!,
      ];
      // A language cookie of old sent along must not be answered with a cookie either.
      for (const path of paths) {
        const response = await request.get(path, { maxRedirects: 0, headers: { cookie: 'NEXT_LOCALE=ru' } });
        expect(response.status(), path).toBeLessThan(500);
        expect(response.headers()['set-cookie'], path).toBeUndefined();
      }
    });
  }

  test('/ chooses the language from Accept-Language alone, with no cookie', async ({ request }) => {
    const cases: [string | undefined, string][] = [
      ['ru-RU,ru;q=0.9,en;q=0.5', '/ru'],
      ['en-GB,en;q=0.9', '/en'],
      ['be', '/be'],
      ['de-DE,fr;q=0.8', '/be'],
      [undefined, '/be'],
    ];
    for (const [language, target] of cases) {
      const response = await request.get('/', {
        maxRedirects: 0,
        headers: { ...(language ? { 'accept-language': language } : {}), cookie: 'NEXT_LOCALE=en' },
      });
      expect([301, 302, 307, 308], String(language)).toContain(response.status());
      expect(new URL(response.headers()['location'], 'http://x').pathname, String(language)).toBe(target);
      expect(response.headers()['set-cookie'], String(language)).toBeUndefined();
      expect(response.headers()['vary'] ?? '', String(language)).toMatch(/accept-language/i);
    }
  });

  test('the privacy page says what is stored, in every language', async ({ request }) => {
    for (const l of LOCALES) {
      const html = await (await request.get(`/${l}/privacy`)).text();
      for (const statement of ['noCookies', 'noThirdParty', 'reads', 'search', 'theme', 'newsroom'])
        expect(html, `${l} ${statement}`).toContain(`data-statement="${statement}"`);
      const home = await (await request.get(`/${l}`)).text();
      expect(home, `${l} footer`).toContain(`href="/${l}/privacy"`);
    }
  });
});
