// Mirror hosts (decision 0032). The e2e server (playwright.config.ts) answers as the primary
// (SITE_URL = the test base URL) and as mirrors `localhost:PORT` (a name the browser resolves by itself) and
// `mirror.e2e.test:PORT`, with an onion address. A mirror serves the same pages, naming the primary in
// canonical/hreflang/feeds, while its links keep the reader on the mirror; any other host is refused before
// anything renders or is cached.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { headLinks } from './crawl';
import { slugOf, storyInAllLanguages } from './fixtures';
import { E2E_ONION_HOST } from './hosts';
import { firstAuthorOf, firstTagOf, sectionOf } from './reader';

const story = storyInAllLanguages;
const articlePath = `/be/news/${slugOf(story, 'be')}`;

function hostsOf(baseURL: string) {
  const primary = new URL(baseURL);
  const mirror = new URL(baseURL);
  mirror.hostname = 'localhost';
  return { primary: primary.origin, mirror: mirror.origin, mirrorHost: mirror.host, port: primary.port };
}

const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  request.get(path, { maxRedirects: 0, headers });

test.describe('mirror hosts', () => {
  test('a mirror serves pages whose canonical names the primary and whose links stay on the mirror', async ({
    page,
    baseURL,
  }) => {
    const { primary, mirror } = hostsOf(baseURL!);
    const pages = [
      '/be',
      articlePath,
      `${articlePath}/lite`,
      `/en/section/${sectionOf('en').slug}`,
      `/ru/tag/${firstTagOf(story, 'ru').slug}`,
      `/be/author/${firstAuthorOf(story, 'be').slug}`,
      '/en/search?q=minsk',
      '/ru/reach-us',
      '/en/privacy',
    ];
    for (const path of pages) {
      const response = await page.goto(`${mirror}${path}`);
      expect(response?.status(), path).toBe(200);
      const { canonical, languages } = headLinks(await response!.text());
      expect(canonical, path).toBe(`${primary}${path.replace(/\/lite$|\?.*$/, '')}`);
      for (const href of Object.values(languages)) expect(href.startsWith(primary), `${path}: ${href}`).toBe(true);
      // Every link to our own pages resolves on the mirror.
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length, path).toBeGreaterThan(5);
      expect(
        hrefs.filter((h) => h.startsWith(primary)),
        path,
      ).toEqual([]);
    }
    // Following links: still on the mirror.
    await page.goto(`${mirror}/be`);
    await page.locator(`a[href="${articlePath}"]`).first().click();
    await expect(page).toHaveURL(`${mirror}${articlePath}`);
    await page.locator('a[data-switcher="en"]').click();
    expect(new URL(page.url()).origin).toBe(mirror);
  });

  test('feeds, sitemaps and JSON-LD fetched through a mirror name the primary', async ({ request, baseURL }) => {
    const { primary, mirror } = hostsOf(baseURL!);
    for (const path of ['/be/feed/rss.xml', '/be/feed/atom.xml', '/sitemap.xml', '/robots.txt', articlePath]) {
      const text = await (await request.get(`${mirror}${path}`)).text();
      expect(text, path).toContain(primary);
      expect(text, path).not.toContain(mirror);
    }
  });

  test('the language redirect and URL clean-ups keep the reader on the host they came through', async ({
    request,
    baseURL,
  }) => {
    const { mirror } = hostsOf(baseURL!);
    for (const path of ['/', '/BE', '/be/']) {
      const response = await request.get(`${mirror}${path}`, { maxRedirects: 0, headers: { 'accept-language': 'ru' } });
      expect(response.status(), path).toBeGreaterThanOrEqual(300);
      const location = new URL(response.headers()['location'], `${mirror}${path}`);
      expect(location.origin, path).toBe(mirror);
    }
  });

  test('Onion-Location names the same page on the onion host, except on the onion host itself', async ({ request }) => {
    for (const path of ['/be', articlePath, `${articlePath}/lite`, '/en/search?q=minsk']) {
      const response = await get(request, path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['onion-location'], path).toBe(`http://${E2E_ONION_HOST}${path}`);
    }
    const onion = await get(request, '/be', { host: E2E_ONION_HOST });
    expect(onion.status()).toBe(200);
    expect(onion.headers()['onion-location']).toBeUndefined();
  });

  test('unknown hosts are refused (421, or 400 when malformed) on every kind of path', async ({ request }) => {
    const paths = [
      '/',
      '/be',
      articlePath,
      '/be/feed/rss.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/admin',
      '/api/views/x',
    ];
    for (const path of paths) {
      for (const headers of [
        { host: 'evil.example' } as Record<string, string>,
        { 'x-forwarded-host': 'evil.example' },
        { 'x-forwarded-host': 'mirror.e2e.test, evil.example' },
      ]) {
        const response = await get(request, path, headers);
        expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(421);
        expect(response.headers()['cache-control'], path).toMatch(/no-store/);
        expect(await response.text(), path).not.toContain('evil.example');
      }
      expect((await get(request, path, { host: 'evil..' })).status(), path).toBe(400);
    }
  });

  test('the liveness probe answers whatever Host names the instance (the edge probes it by its address)', async ({
    request,
  }) => {
    for (const host of ['127.0.0.1', '10.0.0.7:3311', 'app1.internal']) {
      const response = await get(request, '/healthz', { host });
      expect(response.status(), host).toBe(200);
      expect(response.headers()['cache-control'], host).toMatch(/no-store/);
    }
  });

  test('a hostile Host or X-Forwarded-Host does not change what a later normal request gets', async ({
    request,
    baseURL,
  }) => {
    const { primary } = hostsOf(baseURL!);
    const paths = ['/', '/en', articlePath, '/be/feed/atom.xml', '/sitemap.xml', '/be/reach-us'];
    const before = new Map<string, { status: number; location?: string; canonical: string | null }>();
    const snapshot = async (path: string) => {
      const response = await get(request, path, { 'accept-language': 'en' });
      const text = await response.text();
      return {
        status: response.status(),
        location: response.headers()['location'],
        canonical: headLinks(text).canonical,
        evil: text.includes('evil.example') || (response.headers()['location'] ?? '').includes('evil.example'),
      };
    };
    for (const path of paths) {
      const s = await snapshot(path);
      before.set(path, s);
      expect(s.evil, path).toBe(false);
    }
    // Poisoning attempts, several times over (a cache may store on the second sight).
    for (let i = 0; i < 3; i++)
      for (const path of paths)
        for (const headers of [
          { host: 'evil.example', 'accept-language': 'en' } as Record<string, string>,
          { 'x-forwarded-host': 'evil.example', 'accept-language': 'en' },
          { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'accept-language': 'en' },
        ])
          await get(request, path, headers);
    for (const path of paths) {
      const after = await snapshot(path);
      expect(after.evil, path).toBe(false);
      expect(after.status, path).toBe(before.get(path)!.status);
      expect(after.location, path).toBe(before.get(path)!.location);
      expect(after.canonical, path).toBe(before.get(path)!.canonical);
    }
    expect(before.get(articlePath)!.canonical).toBe(`${primary}${articlePath}`);
  });

  test('how to reach us lists the primary, the mirrors, the onion address, feeds and lite pages', async ({
    page,
    baseURL,
  }) => {
    const { primary, mirror } = hostsOf(baseURL!);
    for (const l of ['be', 'ru', 'en'] as const) {
      await page.goto(`/${l}`);
      await page.getByTestId('site-footer').locator('a[data-page="reach-us"]').click();
      await expect(page).toHaveURL(`/${l}/reach-us`);
      await expect(page.getByTestId('reach-primary')).toHaveText(primary);
      await expect(page.getByTestId('reach-mirrors')).toContainText(mirror);
      await expect(page.getByTestId('reach-mirrors')).toContainText('mirror.e2e.test');
      await expect(page.getByTestId('reach-onion')).toHaveText(`http://${E2E_ONION_HOST}`);
      await expect(page.getByTestId('reach-feeds').locator('a[href="/be/feed/rss.xml"]')).toHaveCount(1);
      const lite = await page.getByTestId('reach-lite').getAttribute('href');
      expect(lite).toMatch(new RegExp(`^/${l}/news/[^/]+/lite$`));
      expect((await page.request.get(lite!)).status()).toBe(200);
    }
  });
});
