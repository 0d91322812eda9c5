import { LANGS, arrange, expect, open, screenshot, setUp, test } from './fixtures';
import { L } from './labels';

for (const lang of LANGS) {
  test(`${lang}: a drawer with unsaved edits asks before it closes, and gives the focus back to its opener`, async ({ page, host }) => {
    const l = L[lang];
    setUp(host, lang);
    await open(page, host, '/staff');
    const opener = page.getByRole('button', { name: l.newStaff }).first();
    const drawer = page.getByRole('dialog', { name: l.newStaff });
    const confirm = page.getByRole('dialog', { name: l.discardTitle });

    // Untouched, it closes at once.
    await opener.click();
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(confirm).toHaveCount(0);
    await expect(opener).toBeFocused();

    // With an edit, Escape asks; keeping the edits goes back to the drawer as it was.
    await opener.click();
    const matricule = drawer.getByRole('textbox', { name: l.matricule, exact: true });
    await matricule.fill('2024017');
    await page.keyboard.press('Escape');
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: l.keepEditing })).toBeFocused();
    await screenshot(page, `${lang}-discard-confirmation`);
    await confirm.getByRole('button', { name: l.keepEditing }).click();
    await expect(confirm).toBeHidden();
    await expect(drawer).toBeVisible();
    await expect(matricule).toHaveValue('2024017');
    await expect(matricule).toBeFocused();

    // Escape on the confirmation also keeps the edits (and leaves the drawer open).
    await page.keyboard.press('Escape');
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(drawer).toBeVisible();

    // The close button asks too; discarding closes the drawer, nothing saved, focus on the opener.
    await drawer.getByRole('button', { name: l.close }).click();
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: l.discard }).click();
    await expect(drawer).toBeHidden();
    await expect(confirm).toBeHidden();
    await expect(opener).toBeFocused();
    expect((arrange(host, 'staff.list', { status: 'all' }) as { total: number }).total).toBe(0);
  });
}
