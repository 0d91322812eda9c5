import fs from 'node:fs';
import path from 'node:path';
import { LANGS, go, arrange, expect, open, screenshot, setUp, test, expectNoSeriousViolations } from './fixtures';

/** The interface's own words (the spec follows the i18n files rather than copying them). */
const words = (feature: string, lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/features/${feature}/i18n/${lang}.json`), 'utf8'));

const UNIT = { fr: 'Service ajouté après la sauvegarde', ar: 'مصلحة أضيفت بعد النسخة' };
const PASSPHRASE = 'Chêne-Argan 2025 !';

for (const lang of LANGS) {
  test.describe(`${lang}: backups`, () => {
    test.describe.configure({ timeout: 120_000 });

    test('make a backup with a passphrase, restore it after a change, then undo the restore', async ({ page, host }) => {
      const b = words('backup', lang).backup;
      const unitName = UNIT[lang];
      setUp(host, lang);
      await open(page, host, '/backups');

      await page.getByLabel(b.make.passphrase, { exact: true }).first().fill(PASSPHRASE);
      await page.getByLabel(b.make.passphraseAgain, { exact: true }).fill(PASSPHRASE);
      await expect(page.getByText(b.make.warning)).toBeVisible();
      await page.getByRole('button', { name: b.make.run }).click();
      await expect(page.getByText(b.make.done)).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(/sas-berkane-.*\.sasbackup/)).toBeVisible();
      await screenshot(page, `${lang}-backups`);
      await expectNoSeriousViolations(page);

      // A change after the backup.
      arrange(host, 'units.create', { kind: 'service', nameFr: UNIT.fr, nameAr: UNIT.ar });
      await go(page, lang, 'units');
      await expect(page.getByText(unitName, { exact: true })).toBeVisible();

      // Restore the backup from the local list: the change is gone.
      await go(page, lang, 'backups');
      await page
        .getByRole('button', { name: new RegExp(`^${b.local.restoreNamed.split('{{')[0]}`) })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText(b.local.confirmTitle);
      await dialog.getByLabel(b.file.passphrase, { exact: true }).fill(PASSPHRASE);
      await dialog.getByRole('button', { name: b.local.restore, exact: true }).click();
      await expect(page.getByRole('button', { name: b.local.undo })).toBeVisible({ timeout: 30_000 });
      await go(page, lang, 'units');
      await expect(page.getByText(words('units', lang).units.title).first()).toBeVisible();
      await expect(page.getByText(unitName, { exact: true })).toHaveCount(0);

      // Undo the restore: the change is back.
      await go(page, lang, 'backups');
      await page.getByRole('button', { name: b.local.undo }).click();
      await expect(page.getByText(b.local.undone)).toBeVisible();
      await go(page, lang, 'units');
      await expect(page.getByText(unitName, { exact: true })).toBeVisible();
    });
  });
}
