// What a crawler sees: sitemaps, status codes, caching headers and page heads (canonical, hreflang, JSON-LD),
// read from HTTP answers the way a crawler does, against the production build with the demo content.
import { expect, test } from '@playwright/test';
import { demoStories, draftVersion, slugOf, storyInAllLanguages } from './fixtures';
import { staticPages } from '../prisma/seed/pages';
import { authors, sections, tags } from '../prisma/seed/taxonomy';
import {
  LOCALES,
  W3C_DATETIME,
  deleted,
  getXml,
  headLinks,
  library,
  renamed,
  sitemapUrls,
  type UrlEntry,
} from './crawl';

test.describe('sitemaps', () => {
  test('the index lists per-language and news sitemaps; each follows the sitemap protocol', async ({ request }) => {
    const { doc } = await getXml(request, '/sitemap.xml');
    expect(doc.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const entries = doc.sitemapindex.sitemap as { loc: string; lastmod: string }[];
    const paths = entries.map((e) => new URL(e.loc).pathname);
    for (const l of LOCALES) {
      expect(paths).toContain(`/sitemaps/${l}-1.xml`);
      expect(paths).toContain(`/sitemaps/news-${l}.xml`);
      expect(paths).toContain(`/sitemaps/${l}-listings.xml`);
    }
    for (const e of entries) expect(e.lastmod).toMatch(W3C_DATETIME);

    for (const l of LOCALES) {
      const { doc: part } = await getXml(request, `/sitemaps/${l}-1.xml`);
      expect(part.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      expect(part.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
      const urls = part.urlset.url as UrlEntry[];
      expect(urls.length).toBeGreaterThan(10);
      expect(urls.length).toBeLessThanOrEqual(50_000);
      for (const u of urls) {
        expect(u.loc).toMatch(new RegExp(`^https?://[^/]+/${l}(/|$)`));
        expect(u.lastmod).toMatch(W3C_DATETIME);
        const links = u['xhtml:link'] ?? [];
        // Each URL lists itself among its alternates, plus x-default.
        expect(links.find((a) => a['@_hreflang'] === l)?.['@_href']).toBe(u.loc);
        expect(links.filter((a) => a['@_hreflang'] === 'x-default')).toHaveLength(1);
      }
    }
    expect((await request.get('/sitemaps/be-99.xml')).status()).toBe(404);
    expect((await request.get('/sitemaps/de-1.xml')).status()).toBe(404);
  });

  test('every sitemap URL answers 200 and declares itself canonical; its head hreflang equals the sitemap’s', async ({
    request,
  }) => {
    test.setTimeout(180_000);
    const { entries } = await sitemapUrls(request);
    // Every published language version of every demo story, three front pages, page 1 of every section, tag
    // and author, and every static page, in every language it is translated into (the demo has all three).
    const published = demoStories.flatMap((s) =>
      LOCALES.filter((l) => s.versions[l] && !s.versions[l]!.draft && !s.versions[l]!.deleted),
    );
    const listings =
      (sections.length + Object.keys(tags).length + Object.keys(authors).length + staticPages.length) * LOCALES.length;
    // …the corrections page, how to reach us and privacy of each language.
    expect(entries.length).toBe(published.length + 3 + listings + 3 * LOCALES.length);
    expect(entries.some((e) => new URL(e.loc).pathname.startsWith('/be/section/'))).toBe(true);
    expect(entries.some((e) => new URL(e.loc).pathname.startsWith('/en/tag/'))).toBe(true);
    expect(entries.some((e) => new URL(e.loc).pathname.startsWith('/ru/author/'))).toBe(true);
    for (const p of staticPages)
      for (const l of LOCALES)
        expect(entries.map((e) => new URL(e.loc).pathname)).toContain(`/${l}/${p.versions[l].slug}`);
    for (const entry of entries) {
      const response = await request.get(entry.loc, { maxRedirects: 0 });
      expect(response.status(), entry.loc).toBe(200);
      const { canonical, languages } = headLinks(await response.text());
      expect(canonical, entry.loc).toBe(entry.loc);
      const fromSitemap = Object.fromEntries((entry['xhtml:link'] ?? []).map((a) => [a['@_hreflang'], a['@_href']]));
      expect(languages, entry.loc).toEqual(fromSitemap);
    }
  });

  test('hreflang is reciprocal across every page, and unpublished or deleted versions never appear', async ({
    request,
  }) => {
    test.setTimeout(180_000);
    const { entries } = await sitemapUrls(request);
    const alternatesOf = new Map<string, Record<string, string>>();
    for (const e of entries)
      alternatesOf.set(e.loc, Object.fromEntries((e['xhtml:link'] ?? []).map((a) => [a['@_hreflang'], a['@_href']])));
    let pairs = 0;
    for (const [loc, languages] of alternatesOf) {
      const lang = Object.entries(languages).find(([l, href]) => l !== 'x-default' && href === loc)![0];
      for (const [l, href] of Object.entries(languages)) {
        if (l === 'x-default' || href === loc) continue;
        // The other version is itself in the sitemaps and points back at this one.
        expect(alternatesOf.get(href), `${href} (alternate of ${loc})`).toBeDefined();
        expect(alternatesOf.get(href)![lang], `${href} → ${lang}`).toBe(loc);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(100);
    // Head links agree for a story in all three languages (checked against the live pages too).
    for (const l of LOCALES) {
      const { languages } = headLinks(await (await request.get(`/${l}/news/${slugOf(storyInAllLanguages, l)}`)).text());
      expect(Object.keys(languages).sort()).toEqual(['be', 'en', 'ru', 'x-default']);
    }
    // Drafts and deleted versions: in no sitemap, in no head.
    const everything = JSON.stringify([...alternatesOf]);
    expect(everything).not.toContain(`/${draftVersion.locale}/news/${draftVersion.slug}"`);
    expect(everything).not.toContain(`/${deleted.locale}/news/${deleted.slug}"`);
    const other = LOCALES.find(
      (x) => x !== draftVersion.locale && draftVersion.story.versions[x] && !draftVersion.story.versions[x]!.draft,
    )!;
    const html = await (await request.get(`/${other}/news/${slugOf(draftVersion.story, other)}`)).text();
    expect(html).not.toContain(`/${draftVersion.locale}/news/${draftVersion.slug}`);
    expect(headLinks(html).languages[draftVersion.locale]).toBeUndefined();
    const libraryPage = await (await request.get(`/en/news/${slugOf(library, 'en')}`)).text();
    expect(Object.keys(headLinks(libraryPage).languages).sort()).toEqual(['be', 'en', 'x-default']);
    expect(libraryPage).not.toContain('og:locale:alternate" content="ru_RU');
  });

  test('Google News sitemaps: last 48 hours only, at most 1,000, with publication name and language', async ({
    request,
  }) => {
    for (const l of LOCALES) {
      const { doc } = await getXml(request, `/sitemaps/news-${l}.xml`);
      expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
      const urls = (doc.urlset.url ?? []) as { loc: string; 'news:news': Record<string, unknown> }[];
      const expected = demoStories.filter(
        (s) => s.hoursAgo <= 47 && s.versions[l] && !s.versions[l]!.draft && !s.versions[l]!.deleted,
      );
      expect(urls.length).toBe(expected.length);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(1000);
      for (const u of urls) {
        const news = u['news:news'] as {
          'news:publication': Record<string, string>;
          'news:publication_date': string;
          'news:title': string;
        };
        expect(news['news:publication']['news:name']).toBe(l === 'en' ? 'Rekha' : 'Рэха');
        expect(news['news:publication']['news:language']).toBe(l);
        expect(news['news:publication_date']).toMatch(W3C_DATETIME);
        expect(Date.now() - Date.parse(news['news:publication_date'])).toBeLessThan(48 * 3_600_000);
        expect(String(news['news:title']).length).toBeGreaterThan(0);
        expect((await request.get(u.loc, { maxRedirects: 0 })).status()).toBe(200);
      }
    }
  });

  test('robots.txt lists the sitemaps and keeps crawlers out of admin and previews', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/admin$/m);
    expect(text).toMatch(/^Disallow: \/preview$/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
    for (const l of LOCALES)
      expect(text).toMatch(new RegExp(`^Sitemap: https?://[^/]+/sitemaps/news-${l}\\.xml$`, 'm'));
  });
});

test.describe('titles', () => {
  test('no two languages share a page title: every sitemap URL, front and search pages', async ({ request }) => {
    test.setTimeout(180_000);
    const { entries } = await sitemapUrls(request);
    const urls = [
      ...entries.map((e) => e.loc),
      ...LOCALES.flatMap((l) => [`/${l}`, `/${l}/search`, `/${l}/section/${sections[0].translations[l].slug}/page/2`]),
    ];
    const languagesOf = new Map<string, Set<string>>();
    for (const url of urls) {
      const response = await request.get(url, { maxRedirects: 0 });
      if (response.status() !== 200) continue;
      const html = await response.text();
      const lang = /<html lang="([^"]+)"/.exec(html)![1];
      const title = /<title>([^<]*)<\/title>/.exec(html)![1];
      languagesOf.set(title, (languagesOf.get(title) ?? new Set()).add(lang));
    }
    const shared = [...languagesOf]
      .filter(([, langs]) => langs.size > 1)
      .map(([title, langs]) => `${title} (${[...langs]})`);
    expect(shared).toEqual([]);
    // A section named alike in Belarusian and Russian still has two titles, each naturally in its language.
    const kultura = sections.find((s) => s.translations.be.name === s.translations.ru.name);
    if (kultura) {
      const be = await (await request.get(`/be/section/${kultura.translations.be.slug}`)).text();
      const ru = await (await request.get(`/ru/section/${kultura.translations.ru.slug}`)).text();
      expect(be).toContain(`<title>${kultura.translations.be.name} — Рэха</title>`);
      expect(ru).toContain(`<title>${kultura.translations.ru.name} — Рэха по-русски</title>`);
    }
  });
});

test.describe('static pages', () => {
  test('about and contacts name each other’s languages as hreflang alternates, reciprocally', async ({ request }) => {
    for (const p of staticPages) {
      const expected = Object.fromEntries(LOCALES.map((l) => [l, `/${l}/${p.versions[l].slug}`]));
      for (const l of LOCALES) {
        const { canonical, languages } = headLinks(await (await request.get(expected[l])).text());
        expect(new URL(canonical!).pathname).toBe(expected[l]);
        expect(Object.keys(languages).sort(), expected[l]).toEqual(['be', 'en', 'ru', 'x-default']);
        for (const x of LOCALES) expect(new URL(languages[x]).pathname).toBe(expected[x]);
        expect(new URL(languages['x-default']).pathname).toBe(expected.be);
      }
    }
  });
});

test.describe('status codes', () => {
  test('404 for unknown pages', async ({ request }) => {
    expect((await request.get('/en/news/no-such-story')).status()).toBe(404);
    expect((await request.get('/be/no/such/page')).status()).toBe(404);
  });

  test('410 Gone for a deleted language version, in its language', async ({ request }) => {
    const response = await request.get(`/${deleted.locale}/news/${deleted.slug}`, { maxRedirects: 0 });
    expect(response.status()).toBe(410);
    const html = await response.text();
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain('Этот материал удалён');
    expect(html).toContain('href="/ru"');
  });

  test('301 from an old slug to the current one', async ({ request }) => {
    const response = await request.get(`/${renamed.locale}/news/${renamed.from}`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers()['location'], 'http://x').pathname).toBe(`/${renamed.locale}/news/${renamed.to}`);
    expect((await request.get(`/${renamed.locale}/news/${renamed.from}`)).status()).toBe(200);
  });

  test('301 to the one canonical form: lowercase, no trailing slash', async ({ request }) => {
    const slug = slugOf(storyInAllLanguages, 'en');
    for (const [from, to] of [
      ['/be/', '/be'],
      ['/EN', '/en'],
      [`/en/news/${slug}/`, `/en/news/${slug}`],
      [`/EN/News/${slug.toUpperCase()}`, `/en/news/${slug}`],
    ]) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(new URL(response.headers()['location'], 'http://x').pathname, from).toBe(to);
    }
  });

  test('/ sends readers to their language and says it varies by language', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'ru' } });
    expect([302, 307]).toContain(response.status());
    expect(response.headers()['location']).toMatch(/\/ru$/);
    const vary = response.headers()['vary'].toLowerCase();
    expect(vary).toContain('accept-language');
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  for (const path of [
    '/sitemap.xml',
    '/sitemaps/be-1.xml',
    '/sitemaps/news-en.xml',
    '/ru/feed/rss.xml',
    '/ru/feed/atom.xml',
    '/robots.txt',
  ]) {
    test(`304 on a repeated conditional request: ${path}`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const etag = first.headers()['etag'];
      expect(etag).toMatch(/^"[^"]+"$/);
      const byEtag = await request.get(path, { headers: { 'if-none-match': etag } });
      expect(byEtag.status()).toBe(304);
      expect((await byEtag.body()).length).toBe(0);
      expect((await request.get(path, { headers: { 'if-none-match': '"stale"' } })).status()).toBe(200);
      const lastModified = first.headers()['last-modified'];
      if (lastModified)
        expect((await request.get(path, { headers: { 'if-modified-since': lastModified } })).status()).toBe(304);
    });
  }
});

test.describe('caching headers', () => {
  test('public pages can sit in a CDN; feeds and sitemaps too; admin and previews never', async ({ request }) => {
    for (const path of ['/be', `/en/news/${slugOf(storyInAllLanguages, 'en')}`]) {
      const cc = (await request.get(path)).headers()['cache-control'];
      expect(cc, path).toMatch(/\bpublic\b/);
      // A second at most in a shared cache: our own cache is dropped by tag when a story changes (decision 0015).
      expect(cc, path).toMatch(/s-maxage=1\b/);
      expect(cc, path).toMatch(/stale-if-error=\d+/);
    }
    for (const path of ['/sitemap.xml', '/en/feed/rss.xml'])
      expect((await request.get(path)).headers()['cache-control'], path).toMatch(/public, max-age=\d+/);
    // An RSC payload of the same URL is a different response: Next says so in Vary, so a CDN keeps them apart.
    const rsc = await request.get('/be', { headers: { rsc: '1' } });
    expect(rsc.headers()['content-type']).toContain('text/x-component');
    for (const r of [rsc, await request.get('/be')])
      expect(r.headers()['vary'].toLowerCase()).toMatch(/(^|, )rsc(,|$)/);
    // HEAD works where crawlers use it.
    const head = await request.head('/be/feed/rss.xml');
    expect(head.status()).toBe(200);
    expect(head.headers()['etag']).toMatch(/^"/);
    for (const path of ['/admin', '/admin/stories', '/preview/x', '/be/preview/x']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()['cache-control'], path).toBe('private, no-store');
      expect(response.headers()['x-robots-tag'], path).toContain('noindex');
    }
  });
});

test.describe('page heads', () => {
  test('article: title, description, OpenGraph, Twitter, robots and JSON-LD (NewsArticle, BreadcrumbList)', async ({
    page,
  }) => {
    const v = storyInAllLanguages.versions.ru!;
    await page.goto(`/ru/news/${v.slug}`);
    await expect(page).toHaveTitle(new RegExp(v.title.slice(0, 20)));
    const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
    expect(await meta('meta[name="description"]')).toBe(v.lede);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:locale"]')).toBe('ru_RU');
    expect(
      await page
        .locator('meta[property="og:locale:alternate"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('content')).sort()),
    ).toEqual(['be_BY', 'en_GB']);
    expect(await meta('meta[property="article:published_time"]')).toMatch(W3C_DATETIME);
    expect(await meta('meta[property="article:section"]')).toBeTruthy();
    expect(await meta('meta[name="twitter:card"]')).toMatch(/^summary/);
    expect(await meta('meta[name="robots"]')).toContain('max-image-preview:large');
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((b) => JSON.parse(b));
    const news = data.find((d: { '@type': string }) => d['@type'] === 'NewsArticle');
    expect(news.headline).toBe(v.title);
    expect(news.inLanguage).toBe('ru');
    expect(news.datePublished).toMatch(W3C_DATETIME);
    expect(news.dateModified).toMatch(W3C_DATETIME);
    expect(news.author[0]).toMatchObject({ '@type': 'Person', url: expect.stringMatching(/\/ru\/author\//) });
    expect(news.publisher['@type']).toBe('NewsMediaOrganization');
    expect(news.publisher.logo.url).toMatch(/\/brand\/logo\.png$/);
    expect(news.mainEntityOfPage['@id']).toBe(page.url());
    expect(data.some((d: { '@type': string }) => d['@type'] === 'BreadcrumbList')).toBe(true);
  });

  test('front page: WebSite and Organization JSON-LD, x-default to /', async ({ page }) => {
    await page.goto('/en');
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((b) =>
      JSON.parse(b),
    );
    expect(data.map((d: { '@type': string }) => d['@type']).sort()).toEqual(['NewsMediaOrganization', 'WebSite']);
    expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href')).toBe(
      new URL(page.url()).origin,
    );
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(page.url());
  });
});
