import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Indicators } from '../../api/channels/evaluation';
import { closeContext } from '../../db/core/context';
import { dispatch } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { generateKeys } from '../../db/features/backup/keys';
import { importPartner } from '../../db/features/backup/partners';
import { openAppDatabase } from '../../db/installation/open-database';
import { LANGS, type Lang, arrange, expect, expectNoSeriousViolations, go, open, screenshot, setUp, shared, test, words } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

const PASSPHRASE = 'Programme partagé 2026';

/**
 * A partner commune's installation with the demo data, which sends a backup made with a
 * passphrase; returns its file and the year's indicators as the commune reads them at home.
 */
async function partnerBackup(communeFr: string, communeAr: string, profile: 'aggregates' | 'no-contacts', hired = 0) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-programme-'));
  const ctx = openAppDatabase(path.join(dir, 'partner.sqlite'));
  dispatch('demo.load', { scale: 'commune' }, ctx);
  dispatch('settings.setup', { communeFr, communeAr, role: 'sas', operatorName: 'Partenaire', language: 'fr' }, ctx);
  // A few more agents, so the two communes' figures differ.
  for (let i = 1; i <= hired; i++) dispatch('staff.create', { matricule: `NEW-${i}`, lastNameFr: `Recrue${i}`, gender: 'f' }, ctx);
  const year = new Date().getFullYear();
  const home = dispatch('indicators.year', { year }, ctx) as { ok: true; value: Indicators };
  const file = path.join(dir, `${communeFr}.sasbackup`);
  await createBackup(ctx, { to: { passphrase: PASSPHRASE, scryptLogN: 12 }, keys: await generateKeys(), out: file, profile });
  closeContext(ctx);
  return { dir, file, home: home.value, name: { fr: communeFr, ar: communeAr } };
}

async function openProgramme(page: Parameters<typeof go>[0], lang: Lang) {
  const p = words('features/partners/i18n', lang).partners;
  await go(page, lang, 'partners');
  await page.getByRole('tab', { name: p.tabs.programme }).click();
}

for (const lang of LANGS) {
  test.describe(`${lang}: the programme view and level 4`, () => {
    test("as coordinator, two partners' indicators side by side, as each commune reads them, and the same figures in XLSX", async ({
      page,
      host,
    }) => {
      test.setTimeout(240_000);
      const p = words('features/partners/i18n', lang).partners;
      setUp(host, lang, { role: 'coordinator' });

      // Nothing imported yet: the view says so and leads to the import.
      await open(page, host, '/staff');
      await openProgramme(page, lang);
      await expect(page.getByText(p.programme.empty)).toBeVisible();
      await screenshot(page, `${lang}-programme-empty`);
      await page.getByRole('button', { name: p.programme.goImport }).click();
      await expect(page.getByRole('button', { name: p.import.run })).toBeVisible();

      const ahfir = await partnerBackup('Ahfir', 'أحفير', 'aggregates');
      const saidia = await partnerBackup('Saïdia', 'السعيدية', 'no-contacts', 23);
      await importPartner(host.ctx, ahfir.file, { passphrase: PASSPHRASE });
      await importPartner(host.ctx, saidia.file, { passphrase: PASSPHRASE });

      // A page load: the list of partners was read before the imports.
      await page.reload();
      await expect(page.getByRole('navigation')).toBeVisible();
      await openProgramme(page, lang);
      const table = page.getByRole('table', { name: p.programme.tableLabel.replace('{{year}}', String(new Date().getFullYear())) });
      const headers = table.getByRole('columnheader');
      await expect(headers).toHaveCount(3);
      const names = [ahfir, saidia].map((x) => x.name[lang]);
      for (const name of names) await expect(table.getByRole('columnheader', { name: new RegExp(name) })).toBeVisible();
      await expect(headers.nth(1)).toContainText(/\d{2}\/\d{2}\/\d{4}/);
      // Each commune's column shows the figures its own installation computes.
      const order = await headers.allInnerTexts();
      for (const partner of [ahfir, saidia]) {
        const column = order.findIndex((h) => h.includes(partner.name[lang]));
        const trained = table.getByRole('row', { name: new RegExp(`^${p.programme.indicators.staffTrained}`) }).getByRole('cell');
        await expect(trained.nth(column - 1)).toHaveText(String(partner.home.staffTrained));
        const active = table.getByRole('row', { name: new RegExp(`^${p.programme.indicators.staffActive}`) }).getByRole('cell');
        await expect(active.nth(column - 1)).toHaveText(String(partner.home.staffActive));
        const sessions = table.getByRole('row', { name: new RegExp(`^${p.programme.indicators.sessionsDelivered}`) }).getByRole('cell');
        await expect(sessions.nth(column - 1)).toHaveText(String(partner.home.sessionsDelivered));
      }
      expect(ahfir.home.staffTrained).toBeGreaterThan(0);
      expect(saidia.home.staffActive).toBe(ahfir.home.staffActive + 23);
      await page.mouse.move(10, 760);
      await screenshot(page, `${lang}-programme-view`);
      await expectNoSeriousViolations(page);

      // The XLSX: the same communes and figures, as numbers.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: p.programme.export }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(`programme-${new Date().getFullYear()}.xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await saved.path());
      const sheet = book.worksheets[0]!;
      const sheetNames = [2, 3].map((c) => sheet.getRow(2).getCell(c).value as string);
      expect([...sheetNames].sort()).toEqual([...names].sort());
      // One row per indicator, labelled as on the screen, each partner's figure as a number.
      const labels = Object.values(p.programme.indicators as Record<string, string>);
      const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1));
      expect(rows.map((r) => r.getCell(1).value).filter((v) => labels.includes(v as string))).toEqual(labels);
      const rowOf = (label: string) => rows.find((r) => r.getCell(1).value === label)!;
      for (const partner of [ahfir, saidia]) {
        const column = 2 + sheetNames.indexOf(partner.name[lang]);
        expect(rowOf(p.programme.indicators.staffTrained).getCell(column).value).toBe(partner.home.staffTrained);
        expect(rowOf(p.programme.indicators.staffActive).getCell(column).value).toBe(partner.home.staffActive);
        expect(rowOf(p.programme.indicators.accessRate).getCell(column).value).toBe(partner.home.accessRate);
      }
      for (const x of [ahfir, saidia]) fs.rmSync(x.dir, { recursive: true, force: true });
    });

    test('on the plan, a result indicator measured shows its progress; an action’s ROI shows its ratio', async ({ page, host }) => {
      test.setTimeout(120_000);
      const w = words('features/plans/i18n', lang).plans;
      const common = shared(lang).common;
      setUp(host, lang, { demo: true });
      await open(page, host, '/staff');
      await go(page, lang, 'plans');
      const list = page.getByRole('table', { name: w.list.label });
      await expect(page.getByTestId('plan-status').or(list)).toBeVisible();
      if (await list.isVisible()) await list.getByRole('row').nth(1).click();
      await page.getByRole('tab', { name: w.tabs.results }).click();
      // The demo's indicators, measured since their baseline.
      await expect(page.locator('section[data-indicator]')).toHaveCount(3);
      await screenshot(page, `${lang}-plan-results`);

      await page.getByRole('button', { name: w.results.new }).click();
      const form = page.getByRole('dialog', { name: w.results.new });
      await form.getByRole('textbox', { name: `${w.results.name} — ${common.inFrench}` }).fill('Dossiers instruits dans le mois');
      await form.getByRole('textbox', { name: `${w.results.name} — ${common.inArabic}` }).fill('الملفات المدروسة خلال الشهر');
      await form.getByRole('textbox', { name: `${w.results.unit} — ${common.inFrench}` }).fill('%');
      await form.getByRole('textbox', { name: w.results.baseline, exact: true }).fill('40');
      await form.getByRole('textbox', { name: w.results.target, exact: true }).fill('80');
      await form.getByRole('button', { name: common.save }).click();
      await expect(form).toBeHidden();
      const name = lang === 'fr' ? 'Dossiers instruits dans le mois' : 'الملفات المدروسة خلال الشهر';
      const card = page.getByRole('region', { name });
      await expect(card.getByTestId('result-progress')).toHaveText('—');

      await card.getByRole('button', { name: w.results.addMeasurementOf.replace('{{name}}', name) }).click();
      const measure = page.getByRole('dialog');
      // A share below 0 % is a typo: refused beside the field, nothing saved.
      await measure.getByRole('textbox', { name: w.results.value }).fill('-15');
      await measure.getByRole('textbox', { name: w.results.source }).fill('Registre du courrier');
      await measure.getByRole('button', { name: common.save }).click();
      await expect(measure.getByText(words('i18n', lang).errors.percentValue)).toBeVisible();
      // Typed as users write numbers: a comma before the decimals.
      await measure.getByRole('textbox', { name: w.results.value }).fill('61,5');
      await measure.getByRole('button', { name: common.save }).click();
      await expect(measure).toBeHidden();
      // (61.5 − 40) / (80 − 40) = 54 %.
      await expect(card.getByTestId('result-progress')).toHaveText(/54/);
      await expect(card.getByRole('table')).toContainText('61,5 %');
      await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^53\.7/);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, `${lang}-plan-result-measured`);

      // The ROI of action F02, chosen on the same tab.
      const roi = page.getByRole('region', { name: w.roi.title });
      await roi.getByRole('combobox', { name: w.roi.action }).click();
      await page.getByRole('option', { name: /F02/ }).click();
      await roi.getByRole('textbox', { name: w.roi.benefits }).fill('30 000');
      await roi.getByRole('textbox', { name: w.roi.participantTime }).fill('5 000,50');
      await roi.getByRole('button', { name: w.roi.save }).click();
      const planId = (arrange(host, 'plans.list') as { id: string }[])[0]!.id;
      const action = (arrange(host, 'plans.get', { id: planId }) as { actionList: { id: string; code: string }[] }).actionList.find(
        (a) => a.code === 'F02',
      )!;
      await expect(roi.getByTestId('roi-ratio')).not.toHaveText('—');
      const stored = arrange(host, 'roi.get', { actionId: action.id }) as {
        benefitsCentimes: number;
        fullCostCentimes: number;
        benefitCostRatio: number;
      };
      expect(stored.benefitsCentimes).toBe(30_000_00);
      expect(stored.fullCostCentimes).toBeGreaterThan(5_000_50);
      await expect(roi.getByTestId('roi-ratio')).toHaveText(
        new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(30_000_00 / stored.fullCostCentimes),
      );
      await roi.scrollIntoViewIfNeeded();
      await screenshot(page, `${lang}-plan-action-roi`);
      await expectNoSeriousViolations(page);
      // Saved: another action shows its own estimate, and F02 comes back with what was saved.
      await roi.getByRole('combobox', { name: w.roi.action }).click();
      await page.getByRole('option', { name: /F03/ }).click();
      await expect(roi.getByRole('textbox', { name: w.roi.benefits })).not.toHaveValue(/^30\s000,00$/);
      await roi.getByRole('combobox', { name: w.roi.action }).click();
      await page.getByRole('option', { name: /F02/ }).click();
      await expect(roi.getByRole('textbox', { name: w.roi.benefits })).toHaveValue(/^30\s000,00$/);
    });
  });
}
