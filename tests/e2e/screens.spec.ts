import type { Page } from '@playwright/test';
import { LANGS, expect, open, screenshot, setUp, test, expectNoSeriousViolations } from './fixtures';

/** Each main screen, and how to reach the state worth looking at (a form open, …). */
const SCREENS: { name: string; route: string; then?: (page: Page) => Promise<void> }[] = [
  { name: 'staff', route: '/staff' },
  { name: 'staff-form', route: '/staff', then: (page) => page.getByRole('table').getByRole('row').nth(1).click() },
  { name: 'units', route: '/units' },
  { name: 'jobs', route: '/jobs' },
  { name: 'job-sheet', route: '/jobs', then: (page) => page.getByRole('table').getByRole('button').first().click() },
  {
    name: 'job-form',
    route: '/jobs',
    then: async (page) => {
      await page.getByRole('table').getByRole('button').first().click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^(Modifier|تعديل)$/ })
        .click();
    },
  },
  { name: 'framework', route: '/framework' },
  { name: 'settings', route: '/settings' },
];

for (const lang of LANGS) {
  test.describe(`${lang}: every main screen`, () => {
    for (const screen of SCREENS) {
      test(`${screen.name}: translated, mirrored in Arabic, no serious accessibility violation`, async ({ page, host }) => {
        setUp(host, lang, { demo: true });
        await open(page, host, screen.route);
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        if (screen.then) {
          await screen.then(page);
          await expect(page.getByRole('dialog')).toBeVisible();
        }
        await page.waitForLoadState('networkidle');
        await screenshot(page, `${lang}-${screen.name}`);

        // No text of the other interface language left on screen (names in both scripts are data).
        const chrome = await page.locator('nav, header, h2, label').allInnerTexts();
        const foreign = chrome.filter(
          (s) =>
            (lang === 'ar' ? /\b(Enregistrer|Annuler|Modifier|Supprimer|Nouvel)\b/ : /[\u0600-\u06FF]/).test(s) &&
            !/العربية|Français/.test(s),
        );
        expect(foreign, 'untranslated interface text').toEqual([]);

        await expectNoSeriousViolations(page);
      });
    }
  });
}
