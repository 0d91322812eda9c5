import type { Locator, Page } from '@playwright/test';
import { LANGS, go, arrange, expect, open, screenshot, setUp, test } from './fixtures';
import { L } from './labels';

/** A text field by its accessible name (a required field's asterisk is not part of it). */
const field = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

/** Picks an option of a Mantine Select the way a user does: open it, type, choose. */
async function choose(page: Page, label: string, option: string | RegExp, typed?: string) {
  const input = page.getByRole('dialog').getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

for (const lang of LANGS) {
  test(`${lang}: a unit, a job description with a required competency, a staff member holding it, found by name`, async ({
    page,
    host,
  }) => {
    const l = L[lang];
    setUp(host, lang);

    // 1. A unit of the organisation chart.
    await open(page, host, '/units');
    await page.getByRole('button', { name: l.newUnit }).first().click();
    await field(page.getByRole('dialog'), l.unitName).fill("Service d'Action Sociale");
    await field(page.getByRole('dialog'), l.unitNameAr).fill('مصلحة العمل الاجتماعي');
    await page.getByRole('button', { name: l.save }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByText(lang === 'fr' ? "Service d'Action Sociale" : 'مصلحة العمل الاجتماعي').first()).toBeVisible();

    // 2. A job description requiring "social diagnosis".
    await go(page, lang, 'jobs');
    await page.getByRole('button', { name: l.newJob }).first().click();
    await field(page.getByRole('dialog'), l.jobCode).fill('SAS-AS');
    await field(page.getByRole('dialog'), l.jobTitle).fill('Assistante sociale');
    await page.getByRole('button', { name: l.addRequirement }).click();
    await choose(page, l.competency1, l.diagnostic);
    await page.getByRole('button', { name: l.save }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    const jobs = arrange(host, 'jobs.list') as { code: string; requirementCount: number }[];
    expect(jobs).toEqual([expect.objectContaining({ code: 'SAS-AS', requirementCount: 1 })]);

    // 3. A staff member holding that job, in that unit; an empty form is refused first.
    await go(page, lang, 'staff');
    await page.getByRole('button', { name: l.newStaff }).first().click();
    await page.getByRole('button', { name: l.save }).click();
    await expect(page.getByText(l.required).first()).toBeVisible();
    await field(page.getByRole('dialog'), l.matricule).fill('1999001');
    await choose(page, l.gender, l.woman);
    await field(page.getByRole('dialog'), l.lastNameFr).fill('Bénaïssa');
    await field(page.getByRole('dialog'), l.firstNameFr).fill('Aïcha');
    await field(page.getByRole('dialog'), l.lastNameAr).fill('أَيْت بنعيسى');
    await field(page.getByRole('dialog'), l.firstNameAr).fill('عَائِشَة');
    await choose(page, l.unit, lang === 'fr' ? "Service d'Action Sociale" : 'مصلحة العمل الاجتماعي');
    await choose(page, l.job, /SAS-AS/);
    await page.getByRole('button', { name: l.save }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await screenshot(page, `${lang}-staff-one`);

    // 4. Search: French typed without accents; Arabic without diacritics, another alef, ى → ي, ة → ه.
    const search = page.getByRole('searchbox', { name: l.search });
    const table = page.getByRole('table');
    for (const typed of ['benaissa aicha', 'BENAISSA', 'ايت بنعيسي', 'عائشه']) {
      await search.fill(typed);
      await expect(page.getByText(l.oneStaff, { exact: true }), typed).toBeVisible();
      await expect(table.getByRole('row').nth(1)).toContainText(lang === 'fr' ? 'Bénaïssa Aïcha' : 'أَيْت بنعيسى عَائِشَة');
      await expect(table.getByRole('row').nth(1)).toContainText('Assistante sociale');
    }
    await search.fill('zzzz');
    await expect(table.getByRole('row')).toHaveCount(2); // header + the "no match" line

    // 5. A second person with the same matricule is refused beside the field, nothing saved.
    await search.fill('');
    await page.getByRole('button', { name: l.newStaff }).first().click();
    await field(page.getByRole('dialog'), l.matricule).fill('1999001');
    await choose(page, l.gender, l.woman);
    await field(page.getByRole('dialog'), l.lastNameFr).fill('Autre');
    await page.getByRole('button', { name: l.save }).click();
    await expect(page.getByText(l.matriculeTaken)).toBeVisible();
    expect((arrange(host, 'staff.list', { status: 'all' }) as { total: number }).total).toBe(1);
  });
}
