// The language switcher on an article: to the same story in another language, or to a front page.
import { expect, test } from '@playwright/test';
import { slugOf, storyInAllLanguages, storyWithoutRussian } from './fixtures';
import { LOCALES, switcher } from './reader';
import { staticPages } from '../prisma/seed/pages';
import { sections } from '../prisma/seed/taxonomy';

test.describe('article page', () => {
  const story = storyInAllLanguages;

  test('the switcher lands on the translation of the same story', async ({ page }) => {
    await page.goto(`/be/news/${slugOf(story, 'be')}`);
    await switcher(page).locator('a[data-switcher="ru"]').click();
    await expect(page).toHaveURL(`/ru/news/${slugOf(story, 'ru')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText(story.versions.ru!.title);
    await switcher(page).locator('a[data-switcher="en"]').click();
    await expect(page.locator('h1')).toHaveText(story.versions.en!.title);
    await expect(switcher(page).locator('[aria-current="page"]')).toContainText('EN');
    await expect(page.getByTestId('latest-news')).toContainText(/./);
  });

  test('a language without a translation leads to its front page, marked as such', async ({ page }) => {
    await page.goto(`/be/news/${slugOf(storyWithoutRussian, 'be')}`);
    const ru = switcher(page).locator('a[data-switcher="ru"]');
    await expect(ru).toHaveAttribute('data-kind', 'fallback');
    await expect(ru).toHaveAttribute('title', /Перакладу няма/);
    await expect(ru).toContainText('⌂');
    await ru.click();
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

// What the switcher's links say to a screen reader (their title and hidden text): an article's lead to "this
// article" in another language, every other page's to "this page".
test.describe('switcher labels', () => {
  const PAGE = {
    be: { ru: 'Гэтая старонка, руская мова', en: 'Гэтая старонка, англійская мова' },
    ru: { be: 'Эта страница, язык: белорусский', en: 'Эта страница, язык: английский' },
    en: { be: 'This page in Belarusian', ru: 'This page in Russian' },
  } as const;
  const ARTICLE = {
    be: { ru: 'Гэты артыкул, руская мова', en: 'Гэты артыкул, англійская мова' },
    ru: { be: 'Эта статья, язык: белорусский', en: 'Эта статья, язык: английский' },
    en: { be: 'This article in Belarusian', ru: 'This article in Russian' },
  } as const;
  const about = staticPages.find((p) => p.key === 'about')!;

  for (const l of LOCALES) {
    test(`${l}: front, section, search and static pages say "this page"; an article says "this article"`, async ({
      request,
    }) => {
      const pages = [
        `/${l}`,
        `/${l}/section/${sections[0].translations[l].slug}`,
        `/${l}/search?q=a`,
        `/${l}/${about.versions[l].slug}`,
      ];
      for (const path of pages) {
        const html = await (await request.get(path)).text();
        for (const [other, label] of Object.entries(PAGE[l])) {
          expect(html, `${path} → ${other}`).toMatch(new RegExp(`data-switcher="${other}"[^>]*>`));
          expect(html, path).toContain(`title="${label}"`);
          expect(html, path).toContain(`<span class="sr-only">${label}</span>`);
        }
        expect(html, path).not.toMatch(/Гэты артыкул|Эта статья|This article in/);
      }
      const article = await (await request.get(`/${l}/news/${slugOf(storyInAllLanguages, l)}`)).text();
      for (const label of Object.values(ARTICLE[l])) expect(article).toContain(`title="${label}"`);
    });
  }
});
