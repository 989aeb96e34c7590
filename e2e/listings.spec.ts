// Section, tag and author listings with their pagination.
import { expect, test } from '@playwright/test';
import { slugOf, storyInAllLanguages } from './fixtures';
import { LOCALES, firstAuthorOf, firstTagOf, paginated, published, sectionOf } from './reader';
import { authors, sections } from '../prisma/seed/taxonomy';
import { LISTING_PAGE_SIZE } from '../lib/news/pageSizes';

test.describe('section, tag and author pages', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the header links to every section; a section page lists its stories in ${locale}`, async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      const nav = page.getByTestId('section-nav');
      for (const s of sections)
        await expect(nav.getByRole('link', { name: s.translations[locale].name, exact: true })).toBeVisible();
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
        await expect(page.locator(`a[data-switcher="${other}"]`)).toHaveAttribute(
          'href',
          `/${other}/section/${sectionOf(other, 1).slug}`,
        );
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

    test(`${locale}: pagination — page 2 exists and is canonical to itself; /page/1, past-the-end and malformed pages do not`, async ({
      page,
      request,
    }) => {
      const { path, total, name } = paginated(locale);
      const pages = Math.ceil(total / LISTING_PAGE_SIZE);
      await page.goto(path);
      await expect(page.getByTestId('listing').locator('li')).toHaveCount(LISTING_PAGE_SIZE);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      await page.getByTestId('pagination').locator('a[rel="next"]').click();
      await expect(page).toHaveURL(`${path}/page/2`);
      await expect(page.locator('h1')).toContainText(name);
      await expect(page.getByTestId('listing').locator('li')).toHaveCount(
        Math.min(LISTING_PAGE_SIZE, total - LISTING_PAGE_SIZE),
      );
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
    expect((await request.get(`/en/section/${sectionOf('be', 1).slug}`)).status()).toBe(
      sectionOf('be', 1).slug === sectionOf('en', 1).slug ? 200 : 404,
    );
    expect((await request.get('/ru/tag/net-takogo-tega')).status()).toBe(404);
    expect((await request.get('/en/author/nobody-at-all')).status()).toBe(404);
  });
});
