import type { Page } from '@playwright/test';
import { LANGS, arrange, expect, go, open, screenshot, setUp, test } from './fixtures';

/** The rows of the list wholly inside its scrolled area (the header row aside), as a user sees them. */
async function fullyVisibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const table = document.querySelector('[role="table"]')!;
    const area = table.querySelectorAll('[role="rowgroup"]')[1].getBoundingClientRect();
    const bottom = Math.min(area.bottom, window.innerHeight);
    return [...table.querySelectorAll('[role="rowgroup"] [role="row"][data-index]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= area.top - 0.5 && r.bottom <= bottom + 0.5;
    }).length;
  });
}

/** Nothing but the list scrolls: the page itself fits the window. */
async function pageScrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight + 1);
}

/** The list on show has at least `rows` rows wholly visible, and the page itself does not scroll. */
async function fits(page: Page, rows: number, shot: string): Promise<void> {
  await expect(page.getByRole('table').getByRole('row').nth(rows)).toBeVisible();
  expect(await fullyVisibleRows(page)).toBeGreaterThanOrEqual(rows);
  expect(await pageScrolls(page)).toBe(false);
  await screenshot(page, shot);
}

for (const lang of LANGS) {
  test(`${lang}: at 1366×768 the staff and directory lists show 12 rows or more, with one scroll bar`, async ({ page, host }) => {
    setUp(host, lang, { demo: true });
    // First in either script's order, with a name too long for its column in Arabic.
    arrange(host, 'staff.create', {
      matricule: '0000001',
      lastNameFr: 'Aaba',
      firstNameFr: 'Zineb',
      lastNameAr: 'آل عبد الرحمان بن عبد الله الإدريسي الحسني العلمي الوزاني',
      firstNameAr: 'زينب',
      gender: 'f',
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await open(page, host, '/staff');
    await fits(page, 12, `${lang}-staff-1366x768`);

    // A cut cell shows its whole text on hover.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role="row"][data-index] [role="cell"]')].findIndex((c) => c.scrollWidth > c.clientWidth),
    );
    expect(cut).toBeGreaterThanOrEqual(0);
    const cell = page.locator('[role="row"][data-index] [role="cell"]').nth(cut);
    await cell.hover();
    await expect(cell).toHaveAttribute('title', (await cell.innerText()).trim());
    // The name in the other script keeps its own direction (cut at its own end), aligned where the screen starts.
    const other = page.locator('[role="row"][data-index] [role="cell"]:nth-child(3)').first();
    await expect(other).toHaveCSS('direction', lang === 'fr' ? 'rtl' : 'ltr');
    await expect(other).toHaveCSS('text-align', lang === 'fr' ? 'left' : 'right');
    await go(page, lang, 'directory');
    await fits(page, 12, `${lang}-directory-1366x768`);

    // A maximised window above a Windows taskbar: fewer rows, still one scroll bar.
    await page.setViewportSize({ width: 1366, height: 680 });
    await fits(page, 10, `${lang}-directory-1366x680`);
    await go(page, lang, 'staff');
    await fits(page, 10, `${lang}-staff-1366x680`);
  });
}
