// The language switcher on an article: to the same story in another language, or to a front page.
import { expect, test } from '@playwright/test';
import { slugOf, storyInAllLanguages, storyWithoutRussian } from './fixtures';
import { switcher } from './reader';

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
