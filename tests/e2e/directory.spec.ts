import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { D } from './directory-labels';
import { LANGS, arrange, expect, open, screenshot, setUp, test, expectNoSeriousViolations } from './fixtures';

type Search = { total: number; rows: { id: string; nameFr: string; nameAr: string }[] };
type Term = { id: string; kind: string; code: string };
const search = (host: Parameters<typeof arrange>[0], input: object) =>
  arrange(host, 'organizations.search', { withFacets: false, ...input }) as Search;

/** Picks an option of a Mantine MultiSelect by its label: open it, choose, close. */
async function pick(page: Page, label: string, option: RegExp | string) {
  await page.getByLabel(label, { exact: true }).first().click();
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

for (const lang of LANGS) {
  test.describe(`${lang}: social directory`, () => {
    test.describe.configure({ timeout: 180_000 });

    test('search with facets, sorted and counted; no serious accessibility violation', async ({ page, host }) => {
      const d = D[lang];
      setUp(host, lang, { demo: true });
      const all = search(host, {});
      expect(all.total).toBeGreaterThan(500);
      await open(page, host, '/directory');
      await expect(page.getByText(d.count(String(all.total)), { exact: true })).toBeVisible();

      // Facet: the culture domain; the count is the core's. The facets fold away under "Filters".
      await page.getByRole('button', { name: d.filters }).click();
      const culture = (arrange(host, 'terms.list', { kind: 'domain' }) as Term[]).find((t) => t.code === 'culture')!;
      const inCulture = search(host, { domainIds: [culture.id] });
      await pick(page, d.domains, d.culture);
      await expect(page.getByText(d.count(String(inCulture.total)), { exact: true })).toBeVisible();

      // Search in the other script's folding: without accents / diacritics, within the facet.
      const sample = inCulture.rows[0];
      const typed = lang === 'fr' ? sample.nameFr.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase() : sample.nameAr;
      await page.getByRole('searchbox', { name: d.search }).fill(typed);
      const table = page.getByRole('table');
      await expect(table.getByRole('row').nth(1)).toContainText(lang === 'fr' ? sample.nameFr : sample.nameAr);
      await page.getByRole('searchbox', { name: d.search }).fill('');

      // "To verify" narrows further.
      const stale = search(host, { domainIds: [culture.id], toVerify: true });
      await page.getByRole('checkbox', { name: d.toVerify }).check();
      await expect(
        page
          .getByText(lang === 'fr' ? `${stale.total} organisation${stale.total > 1 ? 's' : ''}` : new RegExp(`^(${stale.total} )?هيئ`), {
            exact: true,
          })
          .first(),
      ).toBeVisible();
      await page.getByRole('checkbox', { name: d.toVerify }).uncheck();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${lang}-directory`);

      await expectNoSeriousViolations(page);
    });

    test('create with a duplicate warning, then record a subsidy', async ({ page, host }) => {
      const d = D[lang];
      setUp(host, lang, { demo: true });
      const existing = search(host, { limit: 1 }).rows[0];
      await open(page, host, '/directory');

      await page.getByRole('button', { name: d.newOrg }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: d.nameFr, exact: true }).fill(existing.nameFr.toLowerCase());
      await dialog.getByRole('button', { name: d.save }).click();
      await expect(dialog.getByText(d.duplicateTitle)).toBeVisible();
      await expect(dialog.getByRole('alert').filter({ hasText: d.duplicateTitle })).toContainText(
        lang === 'fr' ? existing.nameFr : existing.nameAr,
      );
      await dialog.getByRole('alert').filter({ hasText: d.duplicateTitle }).scrollIntoViewIfNeeded();
      await screenshot(page, `${lang}-directory-duplicate`);
      expect(
        search(host, { query: existing.nameFr }).rows.filter((r) => r.nameFr.toLowerCase() === existing.nameFr.toLowerCase()),
      ).toHaveLength(1);
      await dialog.getByRole('button', { name: d.createAnyway }).click();
      await expect(dialog).toBeHidden();
      expect(
        search(host, { query: existing.nameFr }).rows.filter((r) => r.nameFr.toLowerCase() === existing.nameFr.toLowerCase()),
      ).toHaveLength(2);

      // A subsidy for the existing organisation (the only one with its Arabic name), opened from the list.
      const before = (arrange(host, 'subsidies.list', { organizationId: existing.id }) as { total: number }).total;
      // The search waits for typing to pause, then the list is redrawn: click once its answer came
      // (a click on the row shown before the search can land on a row being replaced).
      const searched = page.waitForResponse(
        (r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes(JSON.stringify(existing.nameAr).slice(1, -1)),
      );
      await page.getByRole('searchbox', { name: d.search }).fill(existing.nameAr);
      await searched;
      await page.getByRole('table').getByRole('row').filter({ hasText: existing.nameAr }).first().click();
      await expect(dialog).toBeVisible();
      await screenshot(page, `${lang}-directory-form`);
      await dialog.getByRole('tab', { name: d.subsidiesTab }).click();
      await dialog.getByRole('button', { name: d.addSubsidy }).click();
      await dialog.getByRole('textbox', { name: d.programmeFr, exact: true }).fill('Appel à projets 2026');
      await dialog.getByRole('textbox', { name: d.requested, exact: true }).fill('25000');
      await dialog.getByRole('textbox', { name: d.granted, exact: true }).fill('18500.50');
      await dialog.getByRole('textbox', { name: d.deliberation, exact: true }).fill('DEL-2026-014');
      await dialog.getByRole('button', { name: d.save }).click();
      await expect(dialog.getByText('DEL-2026-014')).toBeVisible();
      await screenshot(page, `${lang}-directory-subsidy`);
      const after = arrange(host, 'subsidies.list', { organizationId: existing.id }) as {
        total: number;
        rows: { deliberationRef: string; requestedCentimes: number; grantedCentimes: number }[];
      };
      expect(after.total).toBe(before + 1);
      expect(after.rows.find((r) => r.deliberationRef === 'DEL-2026-014')).toMatchObject({
        requestedCentimes: 2_500_000,
        grantedCentimes: 1_850_050,
      });
    });

    test('import a CSV through the mapping step', async ({ page, host }) => {
      const d = D[lang];
      setUp(host, lang);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-import-'));
      const file = path.join(dir, 'associations.csv');
      // "Organisation" is no recognised column: the user maps it to nom_fr. Line 4 has no name.
      fs.writeFileSync(
        file,
        '\uFEFFOrganisation;nom_ar;quartier;telephone\n' +
          'Association Nour Berkane;جمعية النور;Hay Al Qods;0536 11 22 33\n' +
          'Coopérative Tifaout;تعاونية تيفاوت;Bouhdila;0536 44 55 66\n' +
          ';;Centre-ville;0536 00 00 00\n',
      );
      await open(page, host, '/directory');
      // A new installation's directory says how to start: add one, or import a file.
      await expect(page.getByText(d.emptyTitle)).toBeVisible();
      await screenshot(page, `${lang}-directory-empty`);
      await page.getByRole('tabpanel').getByRole('button', { name: d.importOpen, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText(d.chooseFile)).toBeVisible();
      await screenshot(page, `${lang}-directory-import-file`);
      await dialog.locator('input[type="file"]').setInputFiles(file);
      const mapping = dialog
        .getByRole('textbox', { name: d.fieldFor('Organisation') })
        .or(dialog.getByRole('combobox', { name: d.fieldFor('Organisation') }));
      await mapping.click();
      await page.getByRole('option', { name: d.nomFrOption }).click();
      await screenshot(page, `${lang}-directory-import-mapping`);
      await dialog.getByRole('button', { name: d.check }).click();
      await expect(dialog.getByText(d.wouldImport)).toBeVisible();
      await expect(dialog.getByText(d.rejected)).toBeVisible();
      await expect(dialog.getByRole('table')).toContainText('Coopérative Tifaout');
      await screenshot(page, `${lang}-directory-import-preview`);
      expect(search(host, {}).total).toBe(0);
      await dialog.getByRole('button', { name: d.run }).click();
      await expect(dialog.getByText(d.imported)).toBeVisible();
      expect(search(host, {}).total).toBe(2);
      expect(search(host, { query: 'tifaout' }).rows[0]).toMatchObject({ nameFr: 'Coopérative Tifaout', nameAr: 'تعاونية تيفاوت' });
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('subsidies overview and the printable guide as PDF', async ({ page, host }) => {
      const d = D[lang];
      setUp(host, lang, { demo: true });
      await open(page, host, '/directory');
      await page.getByRole('tab', { name: d.subsidiesTab }).click();
      await expect(page.getByRole('table', { name: d.byYear })).toBeVisible();
      await expect(page.getByRole('heading', { name: d.overdue })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${lang}-directory-subsidies`);

      const culture = (arrange(host, 'terms.list', { kind: 'domain' }) as Term[]).find((t) => t.code === 'culture')!;
      const one = search(host, { domainIds: [culture.id], statuses: ['active'] }).rows[0];
      await page.getByRole('button', { name: d.guideOpen }).click();
      await pick(page, d.domains, d.cultureName);
      await screenshot(page, `${lang}-directory-guide-options`);
      await page.getByRole('button', { name: d.guideShow }).click();
      await expect(page).toHaveURL(/#\/guide\?/);
      await expect(page.getByRole('heading', { name: d.toc }).first()).toBeVisible();
      await expect(page.getByText(lang === 'fr' ? one.nameFr : one.nameAr).first()).toBeVisible();
      await expect(page.getByRole('navigation', { name: /Navigation|التنقل/ })).toHaveCount(0);
      await screenshot(page, `${lang}-directory-guide`);

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-guide-'));
      const pdf = path.join(dir, 'guide.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
      // pdftotext (poppler-utils) splits Arabic words with spaces, wraps them in bidi marks and moves a
      // number after Arabic words elsewhere in visual order: compare without spaces, marks or digits.
      const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e\d]/g, '');
      const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      expect(text).toContain(squash(d.toc));
      expect(text).toContain(squash(lang === 'fr' ? one.nameFr : one.nameAr));
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}
