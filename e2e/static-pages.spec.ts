// Static pages and the footer that links them.
import { expect, test } from '@playwright/test';
import { LOCALES } from './reader';
import { sections } from '../prisma/seed/taxonomy';
import { staticPages } from '../prisma/seed/pages';

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
