// The header menu on a phone, with and without JavaScript.
import { expect, test } from '@playwright/test';
import { sectionOf } from './reader';

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
    for (let i = 0; i < 15 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('site-menu')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(sectionOf('en', 0).name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/en/section/${sectionOf('en', 0).slug}`);
  });
});
