// Reader depth: listings with pagination, static pages, header/menu/footer, search, most read,
// related stories, timestamps, theme and print, and an axe scan of every page type in every language.
import http from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LISTING_PAGE_SIZE, SEARCH_PAGE_SIZE } from '../lib/news/pageSizes';
import { staticPages } from '../prisma/seed/pages';
import { authors, sections, tags } from '../prisma/seed/taxonomy';
import type { DemoLocale, DemoStory } from '../prisma/seed/content/types';
import { demoStories, isPublished, slugOf, storyInAllLanguages } from './fixtures';

const LOCALES: DemoLocale[] = ['be', 'ru', 'en'];

/** Published versions of demo stories in `locale` matching `pick`. */
const published = (locale: DemoLocale, pick: (s: DemoStory) => boolean) => demoStories.filter((s) => isPublished(s, locale) && pick(s));

/** A tag or author with more than one page of stories in `locale` (the demo content has one in each language). */
function paginated(locale: DemoLocale): { path: string; total: number; name: string } {
  for (const [key, t] of Object.entries(tags)) {
    const total = published(locale, (s) => s.tags.includes(key as never)).length;
    if (total > LISTING_PAGE_SIZE) return { path: `/${locale}/tag/${t[locale].slug}`, total, name: t[locale].name };
  }
  for (const [key, a] of Object.entries(authors)) {
    const total = published(locale, (s) => s.authors.includes(key as never)).length;
    if (total > LISTING_PAGE_SIZE) return { path: `/${locale}/author/${a[locale].slug}`, total, name: a[locale].name };
  }
  throw new Error(`no paginated listing in ${locale}`);
}

const sectionOf = (locale: DemoLocale, i = 0) => sections[i].translations[locale];
const firstTagOf = (story: DemoStory, locale: DemoLocale) => tags[story.tags[0]][locale];
const firstAuthorOf = (story: DemoStory, locale: DemoLocale) => authors[story.authors[0]][locale];

test.describe('section, tag and author pages', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the header links to every section; a section page lists its stories in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      const nav = page.getByTestId('section-nav');
      for (const s of sections) await expect(nav.getByRole('link', { name: s.translations[locale].name, exact: true })).toBeVisible();
      await nav.getByRole('link', { name: sectionOf(locale, 1).name, exact: true }).click();
      await expect(page).toHaveURL(`/${locale}/section/${sectionOf(locale, 1).slug}`);
      await expect(page.locator('h1')).toHaveText(sectionOf(locale, 1).name);
      await expect(nav.locator('[aria-current="page"]')).toHaveText(sectionOf(locale, 1).name);
      const expected = published(locale, (s) => s.section === sections[1].key);
      const items = page.getByTestId('listing').locator('li');
      await expect(items).toHaveCount(Math.min(expected.length, LISTING_PAGE_SIZE));
      const hrefs = await items.locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/news/`));
      // The switcher leads to the same section in the other languages.
      for (const other of LOCALES.filter((l) => l !== locale)) {
        await expect(page.locator(`a[data-switcher="${other}"]`)).toHaveAttribute('href', `/${other}/section/${sectionOf(other, 1).slug}`);
      }
    });

    test(`${locale}: tag and author pages are reached from an article`, async ({ page }) => {
      const story = storyInAllLanguages;
      await page.goto(`/${locale}/news/${slugOf(story, locale)}`);
      const tag = firstTagOf(story, locale);
      await page.locator('main article footer').getByRole('link', { name: tag.name, exact: true }).click();
      await expect(page).toHaveURL(`/${locale}/tag/${tag.slug}`);
      await expect(page.locator('h1')).toHaveText(tag.name);
      await expect(page.getByTestId('listing')).toContainText(story.versions[locale]!.title);

      await page.goto(`/${locale}/news/${slugOf(story, locale)}`);
      const author = firstAuthorOf(story, locale);
      await page.locator('main article header').getByRole('link', { name: author.name }).click();
      await expect(page).toHaveURL(`/${locale}/author/${author.slug}`);
      await expect(page.locator('h1')).toHaveText(author.name);
      await expect(page.getByTestId('author-page')).toContainText(authors[story.authors[0]][locale].bio);
    });

    test(`${locale}: pagination — page 2 exists and is canonical to itself; /page/1, past-the-end and malformed pages do not`, async ({ page, request }) => {
      const { path, total, name } = paginated(locale);
      const pages = Math.ceil(total / LISTING_PAGE_SIZE);
      await page.goto(path);
      await expect(page.getByTestId('listing').locator('li')).toHaveCount(LISTING_PAGE_SIZE);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      await page.getByTestId('pagination').locator('a[rel="next"]').click();
      await expect(page).toHaveURL(`${path}/page/2`);
      await expect(page.locator('h1')).toContainText(name);
      await expect(page.getByTestId('listing').locator('li')).toHaveCount(Math.min(LISTING_PAGE_SIZE, total - LISTING_PAGE_SIZE));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}/page/2$`));
      await expect(page.getByTestId('pagination').locator('[aria-current="page"]')).toContainText('2');
      await expect(page.getByTestId('pagination').locator('a[rel="prev"]')).toHaveAttribute('href', path);

      const first = await request.get(`${path}/page/1`, { maxRedirects: 0 });
      expect(first.status()).toBe(308);
      expect(first.headers()['location']).toMatch(new RegExp(`${path}$`));
      for (const bad of [`/page/${pages + 1}`, '/page/0', '/page/02', '/page/abc', '/page/-1', '/page/99999999']) {
        expect((await request.get(`${path}${bad}`)).status(), bad).toBe(404);
      }
    });
  }

  test('an unknown section, tag or author is a 404, also a slug from another language', async ({ request }) => {
    expect((await request.get('/be/section/no-such-section')).status()).toBe(404);
    expect((await request.get(`/en/section/${sectionOf('be', 1).slug}`)).status()).toBe(sectionOf('be', 1).slug === sectionOf('en', 1).slug ? 200 : 404);
    expect((await request.get('/ru/tag/net-takogo-tega')).status()).toBe(404);
    expect((await request.get('/en/author/nobody-at-all')).status()).toBe(404);
  });
});

test.describe('static pages and footer', () => {
  for (const locale of LOCALES) {
    test(`${locale}: about and contacts are linked from the footer, with their own slugs`, async ({ page }) => {
      await page.goto(`/${locale}`);
      for (const p of staticPages) {
        const v = p.versions[locale];
        const link = page.getByTestId('site-footer').locator(`a[data-page="${p.key}"]`);
        await expect(link).toHaveAttribute('href', `/${locale}/${v.slug}`);
        await link.click();
        await expect(page).toHaveURL(`/${locale}/${v.slug}`);
        await expect(page.locator('h1')).toHaveText(v.title);
        await expect(page.getByTestId('static-page')).toContainText(v.description);
        await page.goBack();
      }
      const footerSections = page.getByTestId('site-footer').locator('a[href*="/section/"]');
      await expect(footerSections).toHaveCount(sections.length);
    });
  }

  test('the switcher on a static page leads to its translation', async ({ page }) => {
    const about = staticPages.find((p) => p.key === 'about')!;
    await page.goto(`/be/${about.versions.be.slug}`);
    await page.locator('a[data-switcher="en"]').click();
    await expect(page).toHaveURL(`/en/${about.versions.en.slug}`);
    await expect(page.locator('h1')).toHaveText(about.versions.en.title);
  });
});

test.describe('search', () => {
  const searchFor = async (page: Page, locale: DemoLocale, q: string) => {
    const response = await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    return page.getByTestId('search-results').locator('li');
  };

  for (const [locale, forms, expected] of [
    ['be', ['школы', 'школа', 'школе', 'школу'], 'школа'],
    ['ru', ['школы', 'школа', 'школе'], 'школ'],
    ['en', ['schools', 'school'], 'school'],
  ] as const) {
    test(`${locale}: word forms ${forms.join(', ')} all find stories about schools, highlighted`, async ({ page }) => {
      let firstCount = -1;
      for (const q of forms) {
        const results = await searchFor(page, locale, q);
        const n = await results.count();
        expect(n, q).toBeGreaterThan(0);
        if (firstCount === -1) firstCount = n;
        expect(n, `${q} finds as many as ${forms[0]}`).toBe(firstCount);
        await expect(page.locator('mark').first()).toContainText(new RegExp(expected, 'i'));
        for (const href of await results.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
          expect(href).toMatch(new RegExp(`^/${locale}/news/`));
        }
      }
    });
  }

  test('be: a word inside the text, in another form, ranks a story whose title has it first', async ({ page }) => {
    const results = await searchFor(page, 'be', 'школамі');
    expect(await results.count()).toBeGreaterThan(0);
    await expect(results.first().locator('h3 mark')).not.toHaveCount(0);
  });

  for (const hostile of [`'); DROP TABLE "Article"; --`, '<script>alert(1)</script>', '&|!:*', '""', '(((', 'x'.repeat(5000), ' ', '\\\\ %00 %']) {
    test(`a hostile or empty query gives a normal page: ${JSON.stringify(hostile.slice(0, 30))}`, async ({ page }) => {
      let dialog = false;
      page.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      const response = await page.goto(`/en/search?q=${encodeURIComponent(hostile)}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText('Search');
      await expect(page.getByTestId('search-status')).not.toBeEmpty();
      expect(await page.locator('main script').count()).toBe(0);
      expect(dialog).toBe(false);
      // The query is echoed back as text, capped.
      const value = await page.locator('#search-page-query').inputValue();
      expect(value.length).toBeLessThanOrEqual(200);
    });
  }

  test('results are paginated; a page past the end is a 404', async ({ page, request }) => {
    const results = await searchFor(page, 'en', 'city');
    await expect(results).toHaveCount(SEARCH_PAGE_SIZE);
    await page.getByTestId('pagination').locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/en\/search\?q=city&page=2$/);
    expect(await page.getByTestId('search-results').locator('li').count()).toBeGreaterThan(0);
    expect((await request.get('/en/search?q=city&page=40')).status()).toBe(404);
    expect((await request.get('/en/search?q=city&page=abc')).status()).toBe(200);
  });

  test('search works without JavaScript, from the header form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/be');
    await page.locator('#search-header').fill('школе');
    await page.locator('#search-header').press('Enter');
    await expect(page).toHaveURL(/\/be\/search\?q=/);
    expect(await page.getByTestId('search-results').locator('li').count()).toBeGreaterThan(0);
    await context.close();
  });
});

test.describe('header menu on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('opens without JavaScript and shows the sections and search', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto('/ru');
    await expect(page.getByTestId('section-nav')).toBeHidden();
    const menu = page.getByTestId('site-menu');
    const link = menu.getByRole('link', { name: sectionOf('ru', 2).name, exact: true });
    await expect(link).toBeHidden();
    await menu.locator('summary').click();
    await expect(link).toBeVisible();
    await expect(menu.locator('input[name="q"]')).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(`/ru/section/${sectionOf('ru', 2).slug}`);
    await context.close();
  });

  test('opens and is used with the keyboard alone', async ({ page }) => {
    await page.goto('/en');
    const summary = page.getByTestId('site-menu').locator('summary');
    // Tab from the top of the page until the menu has focus.
    for (let i = 0; i < 15 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('site-menu')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(sectionOf('en', 0).name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/en/section/${sectionOf('en', 0).slug}`);
  });
});

test.describe('skip link and switcher with the keyboard', () => {
  test('the first Tab reaches "skip to content", which moves to main; the switcher is reachable', async ({ page }) => {
    await page.goto(`/be/news/${slugOf(storyInAllLanguages, 'be')}`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#main"]');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.goto(`/be/news/${slugOf(storyInAllLanguages, 'be')}`);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator('a[data-switcher="ru"]').evaluate((el) => el === document.activeElement)) break;
    }
    await expect(page.locator('a[data-switcher="ru"]')).toBeFocused();
    const outline = await page.locator('a[data-switcher="ru"]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/ru/news/${slugOf(storyInAllLanguages, 'ru')}`);
  });
});

/** A GET to the test server whose connection leaves from `localAddress` (a loopback address of this machine). */
function getFrom(localAddress: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const url = new URL(path, test.info().project.use.baseURL);
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
  });
}

test.describe('most read and related', () => {
  test('reads are counted by the beacon, crawlers are not, and the most read list shows them', async ({ page, request }) => {
    const story = demoStories.find((s) => isPublished(s, 'ru') && s.hoursAgo < 20 && s !== storyInAllLanguages)!;
    await page.goto(`/ru/news/${slugOf(story, 'ru')}`);
    const beacon = page.getByTestId('read-beacon');
    const src = (await beacon.getAttribute('src'))!;
    expect(src).toMatch(/^\/api\/views\//);
    const browserUa = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
    // Fifteen readers from fifteen real addresses (each client counts a story once per window: decision 0009).
    // Linux routes all of 127/8 to this machine, so each request leaves from its own loopback address; a
    // claimed X-Forwarded-For is ignored (the server reads the socket, decision 0019).
    for (let i = 0; i < 15; i++) {
      const r = await getFrom(`127.0.0.${i + 10}`, src, { 'user-agent': browserUa, 'x-forwarded-for': '192.0.2.1' });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('image/gif');
      expect(r.headers['set-cookie']).toBeUndefined();
      expect(r.headers['x-counted']).toBe('1');
    }
    const again = await getFrom('127.0.0.10', src, { 'user-agent': browserUa, 'x-forwarded-for': '192.0.2.99' });
    expect(again.headers['x-counted']).toBe('0');
    const bot = await request.get(src, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
    expect(bot.headers()['x-counted']).toBe('0');
    const prefetch = await request.get(src, { headers: { 'user-agent': browserUa, 'sec-purpose': 'prefetch' } });
    expect(prefetch.headers()['x-counted']).toBe('0');
    // Written in a batch (every second in the e2e server, every minute by default). Wait for that batch before
    // the first look: a front page rendered while the batch is written can be cached just after the
    // invalidation that batch sends, and would then show the old list until the next change.
    await page.waitForTimeout(2000);
    await expect
      .poll(
        async () => {
          await page.goto('/ru');
          return page.getByTestId('most-read-day').textContent();
        },
        { timeout: 15_000, intervals: [1000] },
      )
      .toContain(story.versions.ru!.title);
    await expect(page.getByTestId('most-read-week')).toContainText(story.versions.ru!.title);
  });

  for (const locale of LOCALES) {
    test(`${locale}: related stories are in the same language and share a tag or the section`, async ({ page }) => {
      const story = storyInAllLanguages;
      await page.goto(`/${locale}/news/${slugOf(story, locale)}`);
      const links = page.getByTestId('related').locator('h3 a');
      expect(await links.count()).toBeGreaterThan(0);
      const titles = await links.allTextContents();
      for (const title of titles) {
        const other = demoStories.find((s) => s.versions[locale]?.title === title.trim());
        expect(other, title).toBeDefined();
        expect(other!.key).not.toBe(story.key);
        expect(other!.section === story.section || other!.tags.some((t) => story.tags.includes(t))).toBe(true);
      }
    });
  }
});

test.describe('timestamps', () => {
  for (const [locale, pattern] of [
    ['be', /(таму|толькі што)$/],
    ['ru', /(назад|только что)$/],
    ['en', /(ago|just now)$/],
  ] as const) {
    test(`${locale}: a recent story shows the absolute time and how long ago`, async ({ page }) => {
      const story = demoStories.filter((s) => isPublished(s, locale) && s.hoursAgo < 12).sort((a, b) => a.hoursAgo - b.hoursAgo)[0];
      await page.goto(`/${locale}/news/${slugOf(story, locale)}`);
      await expect(page.locator('main article header time').first()).toHaveText(/^\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
      await expect(page.getByTestId('relative-age')).toHaveText(pattern);
    });
  }

  test('an old story shows no relative time', async ({ page }) => {
    const story = demoStories.find((s) => isPublished(s, 'en') && s.hoursAgo > 48)!;
    await page.goto(`/en/news/${slugOf(story, 'en')}`);
    await expect(page.getByTestId('relative-age')).toHaveCount(0);
  });

  test('hydration leaves no warnings on an article with the theme buttons', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    await page.goto(`/be/news/${slugOf(storyInAllLanguages, 'be')}`);
    await page.getByTestId('theme-switch').locator('[data-theme-choice="dark"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(messages.filter((m) => /hydrat|did not match/i.test(m))).toEqual([]);
  });
});

test.describe('theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('follows the system, can be switched, and is remembered without a flash', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en');
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await page.getByTestId('theme-switch').locator('[data-theme-choice="light"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await expect(page.getByTestId('theme-switch').locator('[data-theme-choice="light"]')).toHaveAttribute('aria-pressed', 'true');
    // Another page: the choice is applied before the first paint (the head script runs before <body>).
    await page.goto(`/en/news/${slugOf(storyInAllLanguages, 'en')}`, { waitUntil: 'commit' });
    await page.waitForSelector('body', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.getByTestId('theme-switch').locator('[data-theme-choice="system"]').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await page.getByTestId('theme-switch').locator('[data-theme-choice="dark"]').click();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await context.close();
  });

  test('without JavaScript the system theme applies and the buttons are hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/be');
    expect(await background(page)).toBe('rgb(18, 20, 23)');
    await expect(page.getByTestId('theme-switch')).toBeHidden();
    await context.close();
  });

  test('an article prints without navigation, sidebars or menus', async ({ page }) => {
    await page.goto(`/en/news/${slugOf(storyInAllLanguages, 'en')}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main > article')).toBeVisible();
    await expect(page.getByTestId('section-nav')).toBeHidden();
    for (const aside of await page.locator('aside').all()) await expect(aside).toBeHidden();
    await expect(page.getByTestId('site-footer')).toBeHidden();
    await expect(page.getByTestId('related')).toBeHidden();
  });
});

test.describe('images', () => {
  test('the article image reserves its space and has a caption and credit', async ({ page }) => {
    const story = demoStories.find((s) => s.image && isPublished(s, 'be'))!;
    await page.goto(`/be/news/${slugOf(story, 'be')}`);
    const img = page.locator('main article figure img');
    await expect(img).toHaveAttribute('width', '1200');
    await expect(img).toHaveAttribute('height', '675');
    const box = await img.boundingBox();
    expect(Math.abs(box!.width / box!.height - 1200 / 675)).toBeLessThan(0.02);
    await expect(page.locator('main article figcaption')).toContainText('Rekha demo');
  });
});

// ---------------------------------------------------------------- accessibility
function pageTypes(locale: DemoLocale): [string, string][] {
  const story = storyInAllLanguages;
  const about = staticPages.find((p) => p.key === 'about')!;
  return [
    ['front', `/${locale}`],
    ['article', `/${locale}/news/${slugOf(story, locale)}`],
    ['section', `/${locale}/section/${sectionOf(locale, 0).slug}`],
    ['tag', `${paginated(locale).path}/page/2`],
    ['author', `/${locale}/author/${firstAuthorOf(story, locale).slug}`],
    ['static', `/${locale}/${about.versions[locale].slug}`],
    ['search', `/${locale}/search?q=${encodeURIComponent(locale === 'en' ? 'city' : locale === 'ru' ? 'школа' : 'школа')}`],
    ['empty search', `/${locale}/search`],
    ['not found', `/${locale}/news/no-such-story-here`],
  ];
}

test.describe('axe: 0 violations', () => {
  for (const locale of LOCALES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${locale}, ${scheme}: every page type`, async ({ browser }) => {
        test.setTimeout(90_000);
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        for (const [type, path] of pageTypes(locale)) {
          await page.goto(path);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(summary, `${type} ${path}`).toEqual([]);
        }
        await context.close();
      });
    }
  }

  test('phone layout with the menu open', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto('/be');
    await page.getByTestId('site-menu').locator('summary').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
