import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { LANGS, type Lang, SCREENSHOTS, arrange, expect, go, open, screenshot, setUp, test } from './fixtures';

type Unit = { id: string; parentId: string | null; nameFr: string; nameAr: string; totalStaffCount: number; headNameFr: string };

/** The words of the chart a user reads, per language. */
const W = {
  fr: {
    top: 'Direction Générale des Services',
    division: 'Division des Affaires Administratives',
    service: 'Service des Ressources Humaines',
    bureau: 'Bureau de la gestion du personnel',
    last: 'Service du Patrimoine Communal',
    open: 'ArrowRight',
    close: 'ArrowLeft',
    newUnit: 'Nouvelle unité',
    actions: 'Actions',
    seeStaff: 'Voir le personnel',
    edit: 'Modifier',
    head: "Chef de l'unité",
    save: 'Enregistrer',
    headIs: (name: string) => `Chef : ${name}`,
    total: (n: number) => `${n} au total`,
    staffCount: (n: number) => `${n} agents`,
    unitPill: (name: string) => `Unité : ${name}`,
    print: 'Imprimer…',
    inLang: 'En arabe',
    printLang: 'ar' as Lang,
    chartTitle: 'الهيكل التنظيمي لجماعة بركان',
  },
  ar: {
    top: 'المديرية العامة للمصالح',
    division: 'قسم الشؤون الإدارية',
    service: 'مصلحة الموارد البشرية',
    bureau: 'مكتب تدبير شؤون الموظفين',
    last: 'مصلحة الممتلكات الجماعية',
    open: 'ArrowLeft',
    close: 'ArrowRight',
    newUnit: 'وحدة جديدة',
    actions: 'الإجراءات',
    seeStaff: 'عرض الموظفين',
    edit: 'تعديل',
    head: 'رئيس الوحدة',
    save: 'حفظ',
    headIs: (name: string) => `الرئيس: ${name}`,
    total: (n: number) => `المجموع: ${n}`,
    staffCount: (n: number) => `${n} موظفا`,
    unitPill: (name: string) => `الوحدة: ${name}`,
    print: 'طباعة…',
    inLang: 'بالفرنسية',
    printLang: 'fr' as Lang,
    chartTitle: 'Organigramme de la commune de Berkane',
  },
};

/** A unit of the tree, found by the name it shows (its treeitem is the closest one around that name). */
const item = (page: Page, name: string) =>
  page.getByRole('tree').getByRole('link', { name, exact: true }).locator('xpath=ancestor::*[@role="treeitem"][1]');
const units = (host: Parameters<typeof arrange>[0]) => arrange(host, 'units.list', {}) as Unit[];

for (const lang of LANGS) {
  test.describe(`${lang}: the organisation chart`, () => {
    test('is a tree walked by the arrow keys, one tab stop, actions in one menu', async ({ page, host }) => {
      const w = W[lang];
      setUp(host, lang, { demo: true });
      await open(page, host, '/staff');
      await go(page, lang, 'units');
      const tree = page.getByRole('tree');
      await expect(item(page, w.top)).toHaveAttribute('aria-expanded', 'true');
      await expect(item(page, w.service)).toHaveAttribute('aria-expanded', 'false');
      await screenshot(page, `${lang}-units`);

      // One tab stop: from the last button of the heading, Tab enters the tree at its top unit.
      const tabbable = await tree.evaluate(
        (t) => [...t.querySelectorAll<HTMLElement>('a, button, [tabindex]')].filter((e) => e.tabIndex >= 0).length,
      );
      expect(tabbable).toBe(1);
      await page.getByRole('button', { name: w.newUnit }).focus();
      await page.keyboard.press('Tab');
      await expect(item(page, w.top)).toBeFocused();

      await page.keyboard.press('ArrowDown');
      await expect(item(page, w.division)).toBeFocused();
      // Towards the branches (right in French, left in Arabic): into an open unit, then open a closed one.
      await page.keyboard.press(w.open);
      await expect(item(page, w.service)).toBeFocused();
      await page.keyboard.press(w.open);
      await expect(item(page, w.service)).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press(w.open);
      await expect(item(page, w.bureau)).toBeFocused();
      // Back: to the parent, then close it.
      await page.keyboard.press(w.close);
      await expect(item(page, w.service)).toBeFocused();
      await page.keyboard.press(w.close);
      await expect(item(page, w.service)).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('End');
      await expect(item(page, w.last)).toBeFocused();
      await page.keyboard.press('Home');
      await expect(item(page, w.top)).toBeFocused();
      // Tabbing away and back returns to the unit last visited.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(item(page, w.division)).toBeFocused();

      // Shift+F10 opens the unit's actions; Escape closes them and the focus is back on the unit.
      await page.keyboard.press('Shift+F10');
      const menu = page.getByRole('menu');
      await expect(menu.getByRole('menuitem', { name: w.seeStaff })).toBeVisible();
      await screenshot(page, `${lang}-units-menu`);
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(item(page, w.division)).toBeFocused();

      // Enter: the unit's staff, filtered by the unit (and what is below it).
      const division = units(host).find((u) => u.nameFr === W.fr.division)!;
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#/staff\\?unit=${division.id}$`));
      await expect(page.getByText(w.unitPill(w.division))).toBeVisible();
      await expect(page.getByText(w.staffCount(division.totalStaffCount), { exact: true })).toBeVisible();
    });

    test('gives each unit its head and rolled-up head-counts, links to its staff and prints on A4', async ({ page, host }) => {
      const w = W[lang];
      setUp(host, lang, { demo: true });
      const top = units(host).find((u) => !u.parentId)!;
      const all = (arrange(host, 'staff.list', {}) as { total: number }).total;
      expect(top.totalStaffCount).toBe(all);
      await open(page, host, '/staff');
      await go(page, lang, 'units');
      const row = item(page, w.top).locator('> .org-row');
      await expect(row).toContainText(w.total(all));
      await expect(row).toContainText(
        w.headIs(lang === 'fr' ? top.headNameFr : (arrange(host, 'units.get', { id: top.id }) as { headNameAr: string }).headNameAr),
      );

      // The head is chosen among the unit's staff, in the unit's form reached through its menu.
      await row.getByRole('button', { name: w.actions }).click();
      await page.getByRole('menuitem', { name: w.edit }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: w.head }).click();
      const second = page.getByRole('option').nth(1);
      const chosen = (await second.innerText()).split(' — ')[0];
      await second.click();
      await screenshot(page, `${lang}-unit-form-head`);
      await dialog.getByRole('button', { name: w.save }).click();
      await expect(dialog).toBeHidden();
      await expect(row).toContainText(w.headIs(chosen));
      await expect(item(page, w.top)).toBeFocused();

      // A click on the unit's name: its staff, as many as the chart says.
      await row.getByRole('link', { name: w.top }).click();
      await expect(page.getByText(w.unitPill(w.top))).toBeVisible();
      await expect(page.getByText(w.staffCount(all), { exact: true })).toBeVisible();
      await go(page, lang, 'units');

      // The printable chart, in the other language, on landscape A4.
      await page.getByRole('button', { name: w.print }).click();
      // French or Arabic only: the chart has no side-by-side version.
      await expect(page.getByRole('menuitem')).toHaveCount(2);
      await page.getByRole('menuitem', { name: w.inLang }).click();
      await expect(page).toHaveURL(new RegExp(`#/org-chart\\?lang=${w.printLang}`));
      await expect(page.getByRole('heading', { name: w.chartTitle })).toBeVisible();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await screenshot(page, `${lang}-org-chart-print-${w.printLang}`);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-chart-'));
      const pdf = path.join(dir, 'chart.pdf');
      await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
      execFileSync('pdftoppm', ['-png', '-r', '90', '-singlefile', pdf, path.join(SCREENSHOTS, `${lang}-org-chart-pdf-${w.printLang}`)]);
      // The commune's whole chart on one sheet, as it is pinned on a wall.
      expect(info).toMatch(/Pages:\s+1\n/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain((w.printLang === 'fr' ? W.fr.last : 'قسم الممتلكات').replace(/\s+/g, ''));
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}
