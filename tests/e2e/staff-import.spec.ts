import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LANGS, arrange, expect, open, screenshot, setUp, shared, test, words } from './fixtures';

/** `{{name}}` filled as i18next does. */
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));

for (const lang of LANGS) {
  test.describe(`staff import (${lang})`, () => {
    test('import a small CSV through the dialog: mapping, preview with a rejected row, then the person is in the list', async ({
      page,
      host,
    }) => {
      const w = words('features/staff/i18n', lang).staff;
      const imp = w.import;
      setUp(host, lang);
      arrange(host, 'units.create', {
        kind: 'service',
        code: 'SAS',
        nameFr: "Service de l'action sociale",
        nameAr: 'مصلحة العمل الاجتماعي',
      });
      arrange(host, 'jobs.create', { code: 'AS-01', titleFr: 'Assistante sociale', titleAr: 'مساعدة اجتماعية' });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-staff-import-'));
      const file = path.join(dir, 'agents.csv');
      // "Famille" is no recognised column: the user says it holds the last name. Line 3 names an unknown unit.
      fs.writeFileSync(
        file,
        "\uFEFFMatricule;Famille;Prénom;Sexe;Unité;Poste;Date d'embauche\n" +
          'E-1;Benali;Naïma;F;SAS;AS-01;15/03/2019\n' +
          'E-2;Tazi;Omar;M;ZZZ;;\n' +
          'E-3;Ziani;Ahmed;m;SAS;;2010-12-16\n',
      );

      await open(page, host, '/staff');
      await page.getByRole('button', { name: imp.open, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText(imp.file)).toBeVisible();
      await dialog.locator('input[type="file"]').setInputFiles(file);

      const label = fill(imp.columnFor, { column: imp.columns.nom });
      const select = dialog.getByRole('textbox', { name: label }).or(dialog.getByRole('combobox', { name: label }));
      await expect(select).toBeVisible();
      await expect(dialog.getByRole('button', { name: imp.toPreview })).toBeDisabled();
      await select.click();
      await page.getByRole('option', { name: 'Famille', exact: true }).click();
      await screenshot(page, `${lang}-staff-import-mapping`);
      await dialog.getByRole('button', { name: imp.toPreview }).click();

      await expect(dialog.getByTestId('staff-import-counts')).toHaveText(fill(imp.counts, { create: 2, update: 0, rejected: 1 }));
      const table = dialog.getByRole('table', { name: imp.stepPreview });
      const rejected = table.getByRole('row').filter({ hasText: 'E-2' });
      await expect(rejected).toContainText(imp.outcomes.rejected);
      await expect(rejected).toContainText('ZZZ');
      await expect(table.getByRole('row').filter({ hasText: 'E-1' })).toContainText(imp.outcomes.create);
      await screenshot(page, `${lang}-staff-import-preview`);
      expect((arrange(host, 'staff.list', { status: 'all' }) as { total: number }).total).toBe(0);

      await dialog.getByRole('button', { name: fill(imp.run, { count: 2 }) }).click();
      await expect(dialog.getByTestId('staff-import-summary')).toHaveText(fill(imp.done, { create: 2, update: 0, rejected: 1, units: 0 }));
      // The footer's Close (the header's × has the same name).
      await dialog
        .getByRole('button', { name: shared(lang).common.close, exact: true })
        .last()
        .click();
      await expect(dialog).toBeHidden();

      await page.getByRole('searchbox', { name: (w as unknown as Record<string, string>).search }).fill('ziani');
      await expect(page.getByRole('row').filter({ hasText: 'E-3' })).toBeVisible();
      await expect(page.getByRole('row').filter({ hasText: 'E-1' })).toBeHidden();
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}
