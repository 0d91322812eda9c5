import type { Page } from '@playwright/test';
import { LANGS, arrange, expect, go, open, screenshot, setUp, test, words } from './fixtures';

const NNBSP = '\u202f';

/** Picks an option of a Mantine Select in the open dialog: open it, choose. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

for (const lang of LANGS) {
  test.describe(`${lang}: amounts and dates as users type them`, () => {
    test.describe.configure({ timeout: 120_000 });

    test('a subsidy amount reads 12 500,50 as typed, refuses what it would guess, and warns above the request', async ({ page, host }) => {
      const d = words('features/directory/i18n', lang).directory;
      const e = words('i18n', lang).errors;
      const s = d.subsidies;
      setUp(host, lang);
      const org = arrange(host, 'organizations.create', { nameFr: 'Association Nour', nameAr: 'جمعية النور' }) as { id: string };
      await open(page, host, '/directory');
      await page
        .getByRole('table')
        .getByRole('row')
        .filter({ hasText: lang === 'ar' ? 'جمعية النور' : 'Association Nour' })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('tab', { name: d.tabs.subsidies }).click();
      await dialog.getByRole('button', { name: s.add }).click();
      const save = dialog.getByRole('button', { name: words('i18n', lang).common.save });

      // Nothing said: an amount or a programme is asked for.
      await save.click();
      await expect(dialog.getByText(e.amount.orProgramme)).toBeVisible();

      const requested = dialog.getByRole('textbox', { name: s.requested, exact: true });
      const granted = dialog.getByRole('textbox', { name: s.granted, exact: true });
      await requested.fill('12 500,50');
      await requested.press('Tab');
      await expect(requested).toHaveValue(`12${NNBSP}500,50`);
      await granted.fill('-5000');
      await granted.press('Tab');
      await expect(dialog.getByText(e.amount.negative)).toBeVisible();
      await granted.fill('12,500');
      await granted.press('Tab');
      const example = `\u206612${NNBSP}500,50\u2069`;
      await expect(dialog.getByText(e.amount.ambiguous.replace('{{example}}', example))).toBeVisible();
      await dialog.getByRole('textbox', { name: s.deliberationRef }).focus();
      await screenshot(page, `${lang}-subsidy-amount-refused`);
      await save.click();
      expect((arrange(host, 'subsidies.list', { organizationId: org.id }) as { total: number }).total).toBe(0);

      await granted.fill('13.000');
      await granted.press('Tab');
      await expect(granted).toHaveValue(`13${NNBSP}000,00`);
      const above = s.grantedAbove.replace('{{requested}}', `12${NNBSP}500,50 ${lang === 'ar' ? 'درهم' : 'MAD'}`);
      await expect(dialog.getByText(above)).toBeVisible();
      await screenshot(page, `${lang}-subsidy-amount-warning`);
      await save.click();
      // The list shows what the field showed.
      await expect(dialog.getByText(`12${NNBSP}500,50 ${lang === 'ar' ? 'درهم' : 'MAD'}`)).toBeVisible();
      // The warning above already shows that amount: wait for the save itself, not for the text.
      await expect
        .poll(() => (arrange(host, 'subsidies.list', { organizationId: org.id }) as { rows: object[] }).rows)
        .toEqual([expect.objectContaining({ requestedCentimes: 1_250_050, grantedCentimes: 1_300_000 })]);
    });

    test('a hire date is typed dd/mm/yyyy with months in the language, a date in the future asks first; the grade is bilingual', async ({
      page,
      host,
    }) => {
      const st = words('features/staff/i18n', lang).staff;
      const common = words('i18n', lang).common;
      setUp(host, lang);
      arrange(host, 'staff.create', { matricule: '1204000', lastNameFr: 'Alaoui', gender: 'm' });
      await open(page, host, '/units');
      await go(page, lang, 'staff');
      await page.getByRole('button', { name: st.new }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: st.matricule }).fill('1204001');
      await dialog.getByRole('textbox', { name: st.lastNameFr, exact: true }).fill('Benali');
      await choose(page, st.gender, st.genders.f);

      // A grade missing from the list is added from the form, in both scripts, and chosen.
      await dialog.getByRole('button', { name: st.grades.addShort }).click();
      const gradeForm = page.getByRole('dialog', { name: st.grades.newTitle });
      await gradeForm.getByRole('textbox', { name: `${st.grade} — ${common.inFrench}` }).fill('Administrateur 2e grade');
      await gradeForm.getByRole('textbox', { name: `${st.grade} — ${common.inArabic}` }).fill('متصرف من الدرجة الثانية');
      await gradeForm.getByRole('button', { name: common.save }).click();
      await expect(gradeForm).toBeHidden();
      const gradeName = lang === 'ar' ? 'متصرف من الدرجة الثانية' : 'Administrateur 2e grade';
      await expect(dialog.getByRole('combobox', { name: st.grade, exact: true })).toHaveValue(gradeName);

      // Typed by hand as a Moroccan office writes it; the calendar names the month in the language.
      const hire = dialog.getByRole('textbox', { name: st.hireDate, exact: true });
      await hire.fill('31/02/2024');
      await dialog.getByRole('button', { name: common.save }).click();
      await expect(dialog.getByText(words('i18n', lang).errors.invalidDate)).toBeVisible();
      await hire.fill('05/04/2024');
      await expect(page.getByText(lang === 'ar' ? 'أبريل 2024' : 'avril 2024')).toBeVisible();
      await screenshot(page, `${lang}-staff-hire-date`);
      await hire.press('Escape');

      // A date after today: asked first; "fix it" keeps the form open.
      await hire.fill('01/01/2099');
      await dialog.getByRole('button', { name: common.save }).click();
      const ask = page.getByRole('dialog', { name: st.futureHire.title });
      await expect(ask).toContainText('01/01/2099');
      await screenshot(page, `${lang}-staff-future-hire`);
      await ask.getByRole('button', { name: st.futureHire.fix }).click();
      await expect(ask).toBeHidden();
      await hire.fill('05/04/2024');
      await dialog.getByRole('button', { name: common.save }).click();
      await expect(dialog).toBeHidden();
      const saved = (arrange(host, 'staff.list', { query: 'benali' }) as { rows: { id: string; grade: string }[] }).rows[0];
      expect(arrange(host, 'staff.get', { id: saved.id })).toMatchObject({ hireDate: '2024-04-05' });

      // Reopened from the list: the date as typed, the grade in the language; a future date saved after a yes.
      await page.getByRole('table').getByRole('row').filter({ hasText: '1204001' }).click();
      await expect(hire).toHaveValue('05/04/2024');
      await expect(dialog.getByRole('combobox', { name: st.grade, exact: true })).toHaveValue(gradeName);
      await hire.fill('01/09/2099');
      await dialog.getByRole('button', { name: common.save }).click();
      const yes = page.getByRole('dialog', { name: st.futureHire.title });
      await yes.getByRole('button', { name: st.futureHire.save }).click();
      // The question closes first (it fades out above the drawer), then the saved drawer.
      await expect(yes).toBeHidden();
      await expect(dialog).toBeHidden();
      expect(arrange(host, 'staff.get', { id: saved.id })).toMatchObject({ hireDate: '2099-09-01' });

      // The grades list, from the staff page.
      await page.getByRole('button', { name: st.grades.open }).click();
      await expect(page.getByRole('dialog').getByRole('cell', { name: 'متصرف من الدرجة الثانية', exact: true })).toBeVisible();
      await screenshot(page, `${lang}-staff-grades`);
    });
  });
}
