// Keyboard use (skip link, switcher) and an axe scan of every page type in every language and theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { slugOf, storyInAllLanguages } from './fixtures';
import { LOCALES, firstAuthorOf, paginated, sectionOf } from './reader';
import { staticPages } from '../prisma/seed/pages';
import type { DemoLocale } from '../prisma/seed/content/types';

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
    [
      'search',
      `/${locale}/search?q=${encodeURIComponent(locale === 'en' ? 'city' : locale === 'ru' ? 'школа' : 'школа')}`,
    ],
    ['empty search', `/${locale}/search`],
    ['corrections', `/${locale}/corrections`],
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
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
            .analyze();
          const summary = results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
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
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
