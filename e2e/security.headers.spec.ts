// What a hostile tester sees of the HTTP layer (decision 0018): security headers on every response type,
// malformed URLs answered with a 4xx in the right language (never a 500), no cookies on reader responses,
// and the reader's Content-Security-Policy in a real browser (no violation, the theme switch still works).
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { slugOf, storyInAllLanguages } from './fixtures';
import { storiesSeo } from '../prisma/seed/content/stories-seo';
import { sections } from '../prisma/seed/taxonomy';

const article = `/be/news/${slugOf(storyInAllLanguages, 'be')}`;
const library = storiesSeo[0];
const deleted = `/ru/news/${slugOf(library, 'ru')}`;
const renamed = `/be/news/${library.versions.be!.formerSlugs![0]}`;
const section = sections[0].translations.be.slug;

/** The policy as a browser reads it: directive → sources. */
function csp(response: APIResponse) {
  const value = response.headers()['content-security-policy'];
  expect(value, `${response.url()} has a Content-Security-Policy`).toBeTruthy();
  return new Map(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  );
}

function expectCommonHeaders(response: APIResponse) {
  const h = response.headers();
  const where = response.url();
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(h['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(h['permissions-policy'], where).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  const policy = csp(response);
  expect(policy.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(policy.get('object-src') ?? policy.get('default-src'), where).toEqual(["'none'"]);
  expect(policy.has('base-uri'), where).toBe(true);
  // No host names: mirrors serve the same headers.
  expect(h['content-security-policy'], where).not.toMatch(/https?:\/\/|127\.0\.0\.1|localhost/);
}

const get = (
  request: import('@playwright/test').APIRequestContext,
  url: string,
  headers: Record<string, string> = {},
) => request.get(url, { maxRedirects: 0, headers });

test.describe('security headers on every response type', () => {
  const readerPages = [
    '/be',
    '/ru',
    '/en',
    article,
    `/be/section/${section}`,
    '/en/search?q=city',
    '/be/pra-nas',
    '/be/no/such/page',
    '/de/anything',
  ];
  for (const url of readerPages) {
    test(`reader page ${url}: inline scripts only as Next needs them, no handlers, no eval, no cookie`, async ({
      request,
    }) => {
      const response = await get(request, url);
      expect(response.status(), url).toBeLessThan(500);
      expectCommonHeaders(response);
      const p = csp(response);
      expect(p.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(p.get('script-src-attr')).toEqual(["'none'"]);
      expect(p.get('connect-src')).toEqual(["'self'"]);
      expect(p.get('form-action')).toEqual(["'self'"]);
      expect(response.headers()['content-security-policy']).not.toContain('unsafe-eval');
      expect(response.headers()['set-cookie'], url).toBeUndefined();
      expect(response.headers()['strict-transport-security'], 'no HSTS over plain http').toBeUndefined();
    });
  }

  test('the newsroom: a fresh nonce per response on every script, no unsafe-inline or eval', async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await get(request, '/admin/sign-in');
      expect(response.status()).toBe(200);
      expectCommonHeaders(response);
      const script = csp(response).get('script-src')!;
      expect(script).not.toContain("'unsafe-inline'");
      expect(script).not.toContain("'unsafe-eval'");
      const nonce = script.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
      expect(nonce.length).toBeGreaterThanOrEqual(22);
      nonces.add(nonce);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, 'every script carries the nonce').toContain(`nonce="${nonce}"`);
      expect(response.headers()['cache-control']).toContain('no-store');
    }
    expect(nonces.size).toBe(2);
  });

  test('documents of ours (410 page, lite article) run no script', async ({ request }) => {
    for (const url of [deleted, `${article}/lite`]) {
      const response = await get(request, url);
      expect([200, 410]).toContain(response.status());
      expectCommonHeaders(response);
      expect(csp(response).get('script-src'), url).toEqual(["'none'"]);
    }
  });

  test('feeds, sitemaps, robots, media, API, static files: a sandboxed policy that loads nothing', async ({
    request,
  }) => {
    const html = await (await get(request, '/be')).text();
    const js = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)![1];
    const css = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)![1];
    const urls = [
      '/be/feed/rss.xml',
      '/ru/feed/atom.xml',
      `/be/feed/section/${section}/rss.xml`,
      '/sitemap.xml',
      '/sitemaps/be-1.xml',
      '/sitemaps/news-en.xml',
      '/robots.txt',
      '/media/demo/forest.svg',
      '/brand/logo.png',
      '/icon.svg',
      '/api/views/no-such-article',
      '/media/uploads/none-w640.webp',
      js,
      css,
    ];
    for (const url of urls) {
      const response = await get(request, url);
      expect(response.status(), url).toBeLessThan(500);
      expectCommonHeaders(response);
      const p = csp(response);
      expect(p.get('default-src'), url).toEqual(["'none'"]);
      expect(p.has('sandbox'), url).toBe(true);
      expect(response.headers()['set-cookie'], url).toBeUndefined();
    }
  });

  test('redirects carry the headers too', async ({ request }) => {
    for (const [url, status] of [
      ['/', 307],
      ['/BE', 301],
      ['/be/', 301],
      [renamed, 301],
    ] as const) {
      const response = await get(request, url, { 'accept-language': 'ru' });
      expect(response.status(), url).toBe(status);
      expectCommonHeaders(response);
      expect(response.headers()['set-cookie'], url).toBeUndefined();
    }
  });

  test('over https (a TLS proxy in front says so): HSTS and upgrade-insecure-requests', async ({ request }) => {
    for (const url of ['/be', article, '/admin/sign-in', '/be/feed/rss.xml', '/', deleted]) {
      const response = await get(request, url, { 'x-forwarded-proto': 'https' });
      expect(response.headers()['strict-transport-security'], url).toMatch(/^max-age=\d{8}/);
    }
    expect(csp(await get(request, '/be', { 'x-forwarded-proto': 'https' })).has('upgrade-insecure-requests')).toBe(
      true,
    );
  });
});

test.describe('no cookies for readers', () => {
  test('no reader response sets a cookie, whatever the reader sends', async ({ request }) => {
    const variants: Record<string, string>[] = [
      {},
      { cookie: 'NEXT_LOCALE=ru' },
      { 'accept-language': 'en' },
      { cookie: 'NEXT_LOCALE=en', 'accept-language': 'ru' },
    ];
    for (const headers of variants)
      for (const url of [
        '/',
        '/be',
        '/ru',
        '/en',
        article,
        '/be/no/such',
        '/de/x',
        `${article}/lite`,
        '/be/search?q=a',
        deleted,
      ]) {
        const response = await get(request, url, headers);
        expect(response.headers()['set-cookie'], `${url} ${JSON.stringify(headers)}`).toBeUndefined();
      }
  });

  test('/ picks the language from Accept-Language alone and says so in Vary', async ({ request }) => {
    const response = await get(request, '/', { 'accept-language': 'en', cookie: 'NEXT_LOCALE=ru' });
    expect(response.headers()['location']).toMatch(/\/en$/);
    const vary = response.headers()['vary'].toLowerCase();
    expect(vary).toContain('accept-language');
    expect(vary).not.toContain('cookie');
  });
});

test.describe('malformed requests get a 4xx in the right language, never a 500', () => {
  const NOT_FOUND_TITLE = { be: 'Няправільны адрас', ru: 'Неправильный адрес', en: 'Broken address' } as const;
  const readerUrls: [string, keyof typeof NOT_FOUND_TITLE][] = [
    ['/be/news/%ZZ', 'be'],
    ['/be/news/%zz', 'be'],
    ['/be/news/%', 'be'],
    ['/be/%zz', 'be'],
    ['/ru/section/%zz', 'ru'],
    ['/en/tag/%zz', 'en'],
    ['/be/author/%zz', 'be'],
    ['/be/news/a%00b', 'be'],
    ['/ru/news/%00', 'ru'],
    ['/en/section/a%00', 'en'],
    ['/be/%00', 'be'],
    ['/be/tag/%C0%AF', 'be'],
    ['/ru/news/%E0%A4%A', 'ru'],
    ['/be/news/%zz/lite', 'be'],
    ['/be/section/%zz/page/2', 'be'],
    [`/en/news/${'a'.repeat(3000)}`, 'en'],
  ];
  for (const [url, locale] of readerUrls) {
    test(`${url.slice(0, 60)} → the ${locale} 404 page`, async ({ request }) => {
      const response = await get(request, url);
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}"`);
      expect(html).toContain(NOT_FOUND_TITLE[locale]);
      expect(html).toContain(`href="/${locale}"`);
      expectCommonHeaders(response);
      expect(csp(response).get('script-src')).toEqual(["'none'"]);
    });
  }

  test("/%zz: the 404 page in the reader's language", async ({ request }) => {
    for (const [lang, locale] of [
      ['ru-RU,ru;q=0.9', 'ru'],
      ['en', 'en'],
      ['de', 'be'],
    ] as const) {
      const response = await get(request, '/%zz', { 'accept-language': lang });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain(NOT_FOUND_TITLE[locale]);
    }
  });

  for (const url of [
    '/be/feed/section/%ZZ/rss.xml',
    '/ru/feed/section/%00/atom.xml',
    '/sitemaps/%ZZ.xml',
    '/sitemaps/%00.xml',
    '/media/uploads/%zz',
    '/api/views/%zz',
    '/api/views/a%00',
  ]) {
    test(`${url} → plain-text 404`, async ({ request }) => {
      const response = await get(request, url);
      expect(response.status()).toBe(404);
      expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      expect(await response.text()).toMatch(/Not found/);
    });
  }

  test('/admin/%ZZ → 404 that says so in the three languages, never cached', async ({ request }) => {
    const response = await get(request, '/admin/%ZZ');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(response.headers()['cache-control']).toContain('no-store');
  });

  test('odd query strings, headers and paths never answer 500 or echo into headers', async ({ request }) => {
    for (const q of ['%FF', '%00', '%C0%AF', '%E0%A4%A', '%', '%0d%0aSet-Cookie:%20x=1', 'a'.repeat(4000)]) {
      const response = await get(request, `/be/search?q=${q}`);
      expect(response.status(), q).toBeLessThan(500);
      expect(response.headers()['set-cookie'], q).toBeUndefined();
    }
    const crlf = await get(request, '/be?x=%0d%0aX-Injected:%201');
    expect(crlf.headers()['x-injected']).toBeUndefined();
    // Past Node's header limit: 431, not a crash.
    expect((await get(request, `/be/search?q=${'a'.repeat(20_000)}`)).status()).toBe(431);
    // A Host header of an attacker's choosing is not reflected in redirects.
    const redirect = await get(request, '/', { host: 'evil.example', 'accept-language': 'en' });
    expect(redirect.status()).toBeLessThan(500);
    expect(redirect.headers()['location'] ?? '').not.toContain('evil.example');
    for (const host of ['evil..', 'a b', '[::1', '127.0.0.1:99999'])
      expect((await get(request, '/be', { host })).status(), host).toBeLessThan(500);
  });
});

/** Collect CSP violations and Trusted Types errors the page reports, from the first byte. */
async function watchViolations(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted Type|TrustedScript|TrustedHTML/i.test(m.text()))
      problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...problems,
    ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []),
  ];
}

test('a reader article under its policy: no violation, the theme switch works', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(article);
  await page.waitForLoadState('networkidle');
  await page.locator('[data-theme-choice="dark"]').first().click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('[data-theme-choice="system"]').first().click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  // Search and a 404 page (which React renders again in the browser): still no violation.
  await page.goto('/be/search?q=%D0%B3%D0%BE%D1%80%D0%B0%D0%B4');
  await page.waitForLoadState('networkidle');
  await page.goto('/be/news/no-such-story-here');
  await expect(page.locator('h1')).toHaveText('Старонку не знойдзена');
  await expect(page.locator('html')).toHaveAttribute('lang', 'be');
  expect(await violations()).toEqual([]);
});

test('an injected inline handler does not run on a reader page', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(article);
  const hit = await page.evaluate(async () => {
    const w = window as unknown as { hit?: boolean };
    // What injected markup like `<img src=x onerror=…>` in a story would do: blocked by script-src-attr 'none'.
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.hit = true');
    img.src = '/no-such-image.png';
    document.body.appendChild(img);
    await new Promise((r) => setTimeout(r, 500));
    return w.hit ?? false;
  });
  expect(hit).toBe(false);
  expect((await violations()).some((v) => v.startsWith('script-src-attr'))).toBe(true);
});
