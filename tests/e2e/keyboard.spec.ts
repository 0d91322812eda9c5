import type { Page } from '@playwright/test';
import { arrange, expect, open, setUp, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until the focused element has this accessible name (as a keyboard user would). */
async function tabTo(page: Page, name: string | RegExp, max = 60, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      return (labelled ?? el.innerText ?? '').trim();
    });
    if (typeof name === 'string' ? focused.startsWith(name) : name.test(focused)) return;
  }
  throw new Error(`focus never reached ${String(name)}`);
}

test('the main flows work with the keyboard alone', async ({ page, host }) => {
  setUp(host, 'fr', { demo: true });
  await open(page, host, '/units');

  // Create a unit: Tab to the button, Enter, type, Tab to Save, Enter.
  await tabTo(page, 'Nouvelle unité');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await tabTo(page, 'Nom — français');
  await page.keyboard.type('Bureau des associations');
  await tabTo(page, 'Enregistrer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  const units = arrange(host, 'units.list') as { nameFr: string }[];
  expect(units.map((u) => u.nameFr)).toContain('Bureau des associations');

  // The focus is back on the button that opened the form.
  await expect(page.getByRole('button', { name: 'Nouvelle unité' }).first()).toBeFocused();

  // Back up to the navigation, to the staff list; search, then walk the rows with the arrows.
  await tabTo(page, 'Personnel', 60, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/staff$/);
  await tabTo(page, 'Rechercher');
  await page.keyboard.type('benali');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Benali');
  await page.keyboard.press('Tab'); // leaves the search box for the unit filter…
  await tabTo(page, /^\d{7}/); // …and reaches the first row of the list
  await page.keyboard.press('ArrowDown');
  const second = await rows.nth(2).innerText();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Matricule', exact: true })).toHaveValue(second.split(/\s/)[0]);

  // Escape closes the untouched form without saving, and the focus is back on the row.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rows.nth(2)).toBeFocused();
});
