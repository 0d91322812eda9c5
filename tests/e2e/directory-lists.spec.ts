import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { D } from './directory-labels';
import { LANGS, type Lang, arrange, expect, open, screenshot, setUp, test, words, expectNoSeriousViolations } from './fixtures';

/** The words of the "Lists and criteria" tab and of the import problems, as the user reads them. */
const L = {
  fr: {
    tab: 'Listes et critères',
    orgTab: 'Organisations',
    addDomain: 'Ajouter un domaine',
    nameFr: 'Nom — français',
    nameAr: 'Nom — arabe',
    addCriterion: 'Ajouter un critère',
    criterionFr: 'Critère — français',
    criterionAr: 'Critère — arabe',
    weight: 'Poids',
    archived: 'Archivé',
    archive: (n: string) => `Archiver ${n}`,
    restore: (n: string) => `Restaurer ${n}`,
    qualityTab: 'Qualité',
    noName: 'Aucun nom : il faut un nom en français (nom_fr) ou en arabe (nom_ar).',
    badEmail: /Colonne email : « \u2068pas-un-email\u2069 » n'est pas une adresse e-mail valide\./,
    line: 'Ligne 3 :',
  },
  ar: {
    tab: 'القوائم والمعايير',
    orgTab: 'الهيئات',
    addDomain: 'إضافة مجال',
    nameFr: 'الاسم — بالفرنسية',
    nameAr: 'الاسم — بالعربية',
    addCriterion: 'إضافة معيار',
    criterionFr: 'المعيار — بالفرنسية',
    criterionAr: 'المعيار — بالعربية',
    weight: 'الوزن',
    archived: 'مؤرشف',
    archive: (n: string) => `أرشفة ${n}`,
    restore: (n: string) => `استرجاع ${n}`,
    qualityTab: 'الجودة',
    noName: 'لا يوجد اسم: يجب إدخال الاسم بالفرنسية (nom_fr) أو بالعربية (nom_ar).',
    badEmail: /العمود email: «\u2068pas-un-email\u2069» ليس عنوان بريد إلكتروني صحيحا\./,
    line: 'السطر 3:',
  },
} satisfies Record<Lang, Record<string, unknown>>;

const DOMAIN = { fr: 'Économie sociale et solidaire', ar: 'الاقتصاد الاجتماعي والتضامني' };
const CRITERION = { fr: 'Bilan moral présenté au conseil', ar: 'تقديم التقرير الأدبي للمجلس' };

/** Opens a Mantine MultiSelect in `scope`, picks the option, closes it. */
async function pick(page: Page, scope: ReturnType<Page['getByRole']> | Page, label: string, option: RegExp | string) {
  await scope.getByLabel(label, { exact: true }).first().click();
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

for (const lang of LANGS) {
  test.describe(`${lang}: directory lists and criteria`, () => {
    test.describe.configure({ timeout: 120_000 });

    test('add a domain and a criterion, offered in the record, the facet and the checklist', async ({ page, host }) => {
      const d = D[lang];
      const l = L[lang];
      setUp(host, lang);
      await open(page, host, '/directory');
      await page.getByRole('tab', { name: l.tab }).click();

      // A domain with both names.
      await page.getByRole('button', { name: l.addDomain }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: l.nameFr, exact: true }).fill(DOMAIN.fr);
      await dialog.getByRole('textbox', { name: l.nameAr, exact: true }).fill(DOMAIN.ar);
      await dialog.getByRole('button', { name: d.save }).click();
      await expect(dialog).toBeHidden();
      const domains = page.getByRole('region', { name: d.domains, exact: true });
      await expect(domains.getByRole('row').filter({ hasText: DOMAIN.fr })).toContainText(DOMAIN.ar);
      const terms = arrange(host, 'terms.list', { kind: 'domain' }) as { nameFr: string; nameAr: string }[];
      expect(terms).toContainEqual(expect.objectContaining({ nameFr: DOMAIN.fr, nameAr: DOMAIN.ar }));

      // Archived, then restored: the flag is shown in words.
      await domains.getByRole('button', { name: l.archive(DOMAIN[lang]) }).click();
      await expect(domains.getByRole('row').filter({ hasText: DOMAIN.fr })).toContainText(l.archived);
      await domains.getByRole('button', { name: l.restore(DOMAIN[lang]) }).click();
      await expect(domains.getByRole('row').filter({ hasText: DOMAIN.fr })).not.toContainText(l.archived);

      // A criterion of the checklist, weight 3.
      await page.getByRole('button', { name: l.addCriterion }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: l.criterionFr, exact: true }).fill(CRITERION.fr);
      await dialog.getByRole('textbox', { name: l.criterionAr, exact: true }).fill(CRITERION.ar);
      await dialog.getByRole('textbox', { name: l.weight }).fill('3');
      await dialog.getByRole('button', { name: d.save }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('row').filter({ hasText: CRITERION.fr })).toContainText(CRITERION.ar);
      await page.waitForLoadState('networkidle');
      await page.getByRole('tab', { name: l.tab }).scrollIntoViewIfNeeded();
      await screenshot(page, `${lang}-directory-lists`);

      await expectNoSeriousViolations(page);

      // The new domain is offered in the organisation form…
      await page.getByRole('tab', { name: l.orgTab }).click();
      // The page's own button (an empty directory offers the same one in its middle).
      await page.getByRole('button', { name: d.newOrg }).first().click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: d.nameFr, exact: true }).fill('Association Listes Berkane');
      await pick(page, dialog, d.domains, DOMAIN[lang]);
      await dialog.getByRole('button', { name: d.save }).click();
      await expect(dialog).toBeHidden();

      // …then in the domain facet (under "Filters"), with its count…
      await page.getByRole('button', { name: d.filters }).click();
      await pick(page, page, d.domains, new RegExp(`^${DOMAIN[lang]} \\(1\\)`));
      await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Association Listes Berkane' })).toBeVisible();

      // …and the criterion in the organisation's checklist.
      await page.getByRole('table').getByRole('row').filter({ hasText: 'Association Listes Berkane' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByRole('tab', { name: l.qualityTab }).click();
      await expect(dialog.getByRole('checkbox', { name: CRITERION[lang] })).toBeVisible();
      // Checked on a date typed as dd/mm/yyyy (the date picker of every date field).
      const dateOf = words('features/directory/i18n', lang).directory.quality.dateOf.replace('{{name}}', CRITERION[lang]);
      // Checked once the core has saved it (the box shows the saved state).
      await dialog.getByRole('checkbox', { name: CRITERION[lang] }).click();
      await expect(dialog.getByRole('checkbox', { name: CRITERION[lang] })).toBeChecked();
      const on = dialog.getByRole('textbox', { name: dateOf });
      await on.fill('15/01/2026');
      // Escape closes the calendar once it is open; pressed before it has opened, it would close the drawer.
      await expect(page.locator('[data-dates-dropdown]')).toBeVisible();
      await on.press('Escape');
      await on.press('Tab');
      const org = (arrange(host, 'organizations.search', { query: 'listes berkane' }) as { rows: { id: string }[] }).rows[0];
      await expect
        .poll(() => (arrange(host, 'checks.list', { organizationId: org.id }) as { checks: { checkedOn: string | null }[] }).checks)
        .toContainEqual(expect.objectContaining({ checkedOn: '2026-01-15' }));
      await expect(on).toHaveValue('15/01/2026');
    });

    test('an import row without a name shows its problem in the interface language', async ({ page, host }) => {
      const d = D[lang];
      const l = L[lang];
      setUp(host, lang);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-import-lists-'));
      const file = path.join(dir, 'rows.csv');
      // Line 3 has a quartier but no name (an empty line would simply be skipped); line 4 a bad e-mail.
      fs.writeFileSync(file, 'nom_fr;nom_ar;quartier;email\nAssociation Amal;جمعية أمل;Triffa;\n;;Bouhdila;\nClub Avenir;;;pas-un-email\n');
      await open(page, host, '/directory');
      await page.getByRole('button', { name: d.importOpen, exact: true }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type="file"]').setInputFiles(file);
      await dialog.getByRole('button', { name: d.check }).click();
      await expect(dialog.getByRole('row').filter({ hasText: l.noName })).toBeVisible();
      await expect(dialog.getByText(l.badEmail).first()).toBeVisible();
      // The dry run's list of rejected lines says it too.
      await expect(dialog.getByRole('listitem').filter({ hasText: l.line })).toContainText(l.noName);
      await screenshot(page, `${lang}-directory-import-problems`);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}
