import { LANGS, arrange, expect, go, open, screenshot, setUp, test, words } from './fixtures';

for (const lang of LANGS) {
  test.describe(`${lang}: lists and the organisation chart`, () => {
    test('the directory lists name their items without internal codes, quartiers among them', async ({ page, host }) => {
      const d = words('features/directory/i18n', lang).directory;
      setUp(host, lang);
      arrange(host, 'terms.create', { kind: 'quartier', nameFr: 'Triffa', nameAr: 'حي تريفة' });
      await open(page, host, '/directory');
      await page.getByRole('tab', { name: d.tabs.lists }).click();
      const quartiers = page.getByRole('region', { name: d.lists.kinds.quartier });
      await expect(quartiers.getByRole('cell', { name: 'حي تريفة', exact: true })).toBeVisible();
      // The legal statuses' codes (public_utility…) and the quartier's (triffa) are not shown.
      await expect(page.getByText('public_utility')).toHaveCount(0);
      await expect(page.getByText('triffa', { exact: true })).toHaveCount(0);
      await screenshot(page, `${lang}-directory-lists`);
    });

    test('a unit select indents the chart in its list, and the chosen unit reads without the indentation', async ({ page, host }) => {
      const st = words('features/staff/i18n', lang).staff;
      const common = words('i18n', lang).common;
      setUp(host, lang);
      const top = arrange(host, 'units.create', { kind: 'direction', nameFr: 'Direction des services', nameAr: 'مديرية المصالح' }) as {
        id: string;
      };
      arrange(host, 'units.create', {
        kind: 'service',
        nameFr: "Service d'Action Sociale",
        nameAr: 'مصلحة العمل الاجتماعي',
        parentId: top.id,
      });
      await open(page, host, '/staff');
      await page.getByRole('button', { name: common.filters }).click();
      const select = page.getByRole('combobox', { name: st.unit, exact: true });
      await select.click();
      const name = lang === 'ar' ? 'مصلحة العمل الاجتماعي' : "Service d'Action Sociale";
      const option = page.getByRole('option', { name });
      const indent = (o: typeof option) =>
        o
          .locator('span')
          .first()
          .evaluate((e) => parseFloat(getComputedStyle(e).paddingInlineStart));
      expect(await indent(option)).toBeGreaterThan(0);
      expect(await indent(page.getByRole('option', { name: lang === 'ar' ? 'مديرية المصالح' : 'Direction des services' }))).toBe(0);
      await option.click();
      await expect(select).toHaveValue(name);
    });

    test('deleting a unit that holds staff says so first, naming the people', async ({ page, host }) => {
      const u = words('features/units/i18n', lang).units;
      const common = words('i18n', lang).common;
      setUp(host, lang);
      const unit = arrange(host, 'units.create', {
        kind: 'service',
        nameFr: "Service d'Action Sociale",
        nameAr: 'مصلحة العمل الاجتماعي',
      }) as {
        id: string;
      };
      const naima = { lastNameFr: 'Benali', firstNameFr: 'Naïma', lastNameAr: 'بنعلي', firstNameAr: 'نعيمة' };
      arrange(host, 'staff.create', { matricule: '1204001', ...naima, gender: 'f', unitId: unit.id });
      await open(page, host, '/staff');
      await go(page, lang, 'units');
      const name = lang === 'ar' ? 'مصلحة العمل الاجتماعي' : "Service d'Action Sociale";
      // The unit's actions are in its one menu (the chart's row), Delete among them.
      await page.getByRole('treeitem').filter({ hasText: name }).first().getByRole('button', { name: u.actions }).first().click();
      await page.getByRole('menuitem', { name: common.delete }).click();
      const dialog = page.getByRole('dialog', { name: u.delete });
      await expect(dialog.getByText(common.stillUsedTitle)).toBeVisible();
      await expect(dialog).toContainText(lang === 'ar' ? 'بنعلي نعيمة' : 'Benali Naïma');
      await expect(dialog).not.toContainText('1204001');
      await expect(dialog.getByRole('button', { name: common.delete, exact: true })).toHaveCount(0);
      await screenshot(page, `${lang}-units-delete-held`);
      await dialog.getByRole('button', { name: common.archiveInstead }).click();
      await expect(dialog).toBeHidden();
      expect(arrange(host, 'units.list', {})).toEqual([]);
    });
  });
}
