import { expect, open, setUp, shared, test } from './fixtures';

/**
 * Each language's words load on their own (renderer/src/i18n): the window starts with its
 * language's, the other's arrive later. A switch made at once, before they have arrived, must
 * still show the whole screen in the new language: no raw key, no word left in the other one.
 */
test('switching language right after opening shows the whole screen in the other language, and back', async ({ page, host }) => {
  setUp(host, 'fr', { demo: true });
  await open(page, host, '/staff');
  await expect(page.getByText(/\d+ agents?/)).toBeVisible();

  await page.getByRole('banner').getByText('العربية', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation').getByRole('link', { name: shared('ar').nav.staff, exact: true })).toBeVisible();
  await expect(page.getByText(/\d+ موظف/)).toBeVisible();
  const arabic = await page.locator('body').innerText();
  // A key shown raw reads like `staff.count` or `nav.staff`.
  expect(arabic).not.toMatch(/\b(?:nav|staff|common|app|errors)\.[a-zA-Z]/);
  expect(arabic).not.toContain(shared('fr').nav.staff);

  await page.getByRole('banner').getByText('Français', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('navigation').getByRole('link', { name: shared('fr').nav.staff, exact: true })).toBeVisible();
  await expect(page.getByText(/\d+ agents?/)).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain(shared('ar').nav.staff);
});
