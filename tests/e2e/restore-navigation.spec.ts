import fs from 'node:fs';
import path from 'node:path';
import { LANGS, arrange, expect, go, open, setUp, test } from './fixtures';

/** The interface's own words (the spec follows the i18n files rather than copying them). */
const words = (feature: string, lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/features/${feature}/i18n/${lang}.json`), 'utf8'));

const PASSPHRASE = 'Chêne-Argan 2025 !';
const AFTER = {
  unit: { fr: 'Bureau créé après la sauvegarde', ar: 'مكتب أنشئ بعد النسخة' },
  org: { fr: 'Association née après la sauvegarde', ar: 'جمعية تأسست بعد النسخة' },
};

/**
 * A restore replaces the whole database: every screen, reached by the app's own links (never a
 * reload), must show the restored data and not what the cache held before.
 */
for (const lang of LANGS) {
  test.describe(`${lang}: screens after a restore`, () => {
    test.describe.configure({ timeout: 150_000 });

    test('restore, then undo: units and directory follow, moving by links only', async ({ page, host }) => {
      const b = words('backup', lang).backup;
      setUp(host, lang);
      await open(page, host, '/backups');
      await page.getByLabel(b.make.passphrase, { exact: true }).first().fill(PASSPHRASE);
      await page.getByLabel(b.make.passphraseAgain, { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: b.make.run }).click();
      await expect(page.getByText(b.make.done)).toBeVisible({ timeout: 30_000 });

      // Changes after the backup, seen on their screens (which the cache now holds).
      arrange(host, 'units.create', { kind: 'bureau', nameFr: AFTER.unit.fr, nameAr: AFTER.unit.ar });
      arrange(host, 'organizations.create', { nameFr: AFTER.org.fr, nameAr: AFTER.org.ar });
      await go(page, lang, 'units');
      await expect(page.getByText(AFTER.unit[lang], { exact: true })).toBeVisible();
      await go(page, lang, 'directory');
      await expect(page.getByText(AFTER.org[lang], { exact: true }).first()).toBeVisible();

      // Restore the backup from the local list.
      await go(page, lang, 'backups');
      await page
        .getByRole('button', { name: new RegExp(`^${b.local.restoreNamed.split('{{')[0]}`) })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(b.file.passphrase, { exact: true }).fill(PASSPHRASE);
      await dialog.getByRole('button', { name: b.local.restore, exact: true }).click();
      await expect(page.getByRole('button', { name: b.local.undo })).toBeVisible({ timeout: 30_000 });

      // Every screen shows the restored data.
      await go(page, lang, 'units');
      await expect(page.getByText(words('units', lang).units.title).first()).toBeVisible();
      await expect(page.getByText(AFTER.unit[lang], { exact: true })).toHaveCount(0);
      await go(page, lang, 'directory');
      await expect(page.getByText(AFTER.org[lang], { exact: true })).toHaveCount(0);

      // Undo: the changes are back, still without a reload.
      await go(page, lang, 'backups');
      await page.getByRole('button', { name: b.local.undo }).click();
      await expect(page.getByText(b.local.undone)).toBeVisible();
      await go(page, lang, 'directory');
      await expect(page.getByText(AFTER.org[lang], { exact: true }).first()).toBeVisible();
      await go(page, lang, 'units');
      await expect(page.getByText(AFTER.unit[lang], { exact: true })).toBeVisible();
    });
  });
}
