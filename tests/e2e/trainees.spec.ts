import type { Page } from '@playwright/test';
import { D } from './directory-labels';
import { LANGS, arrange, expect, open, screenshot, setUp, shared, test, words } from './fixtures';

type TraineeList = {
  total: number;
  rows: { id: string; organizationId: string; organizationNameFr: string; organizationNameAr: string }[];
};

async function choose(page: Page, dialogName: string, label: string, option: string) {
  const input = page.getByRole('dialog', { name: dialogName }).getByRole('combobox', { name: label });
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

/**
 * Association trainees as the Service records them: from an organisation's page in the
 * directory, a new trainee with a phone is asked for the date of their consent, then listed on
 * the organisation's page and in the list of all association trainees, found by name.
 */
test.use({ viewport: { width: 1366, height: 768 } });

for (const lang of LANGS) {
  test(`${lang}: record an association trainee from an organisation's page; a phone asks for the consent date`, async ({ page, host }) => {
    test.setTimeout(180_000);
    const ar = lang === 'ar';
    const d = D[lang];
    const w = words('features/trainees/i18n', lang).trainees;
    const save = shared(lang).common.save;
    setUp(host, lang, { demo: true });
    // An organisation of the demo that already has trainees.
    const some = arrange(host, 'trainees.list', { limit: 1 }) as TraineeList;
    const org = some.rows[0];
    const orgName = ar ? org.organizationNameAr : org.organizationNameFr;
    const before = (arrange(host, 'trainees.list', { organizationId: org.organizationId }) as TraineeList).total;
    await open(page, host, '/directory');

    const searched = page.waitForResponse(
      (r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes(JSON.stringify(orgName).slice(1, -1)),
    );
    await page.getByRole('searchbox', { name: d.search }).fill(orgName);
    await searched;
    await page.getByRole('table').getByRole('row').filter({ hasText: orgName }).first().click();
    const drawer = page.getByRole('dialog').first();
    await drawer.getByRole('tab', { name: w.tab }).click();
    const table = drawer.getByRole('table', { name: w.tab });
    await expect(table.getByRole('row')).toHaveCount(before + 1);
    // Each trainee's passport: sessions followed (none yet here).
    await expect(drawer.getByText(words('features/passport/i18n', lang).passport.noneFollowed).first()).toBeVisible();
    await screenshot(page, `${lang}-trainees-organization`);

    // A new trainee: the organisation is the page's; a phone without a consent date is refused beside the date.
    await drawer.getByRole('button', { name: w.add }).click();
    const form = page.getByRole('dialog', { name: w.new });
    await expect(form.getByRole('combobox', { name: w.organization })).toHaveCount(0);
    await form.getByRole('textbox', { name: w.lastNameFr, exact: true }).fill('Ziani');
    await form.getByRole('textbox', { name: w.firstNameFr, exact: true }).fill('Salma');
    await form.getByRole('textbox', { name: w.lastNameAr, exact: true }).fill('الزياني');
    await form.getByRole('textbox', { name: w.firstNameAr, exact: true }).fill('سلمى');
    await choose(page, w.new, w.gender, w.genders.f);
    await choose(page, w.new, w.function, w.functions.animator);
    await form.getByRole('textbox', { name: w.phone, exact: true }).fill('06 61 23 45 67');
    await form.getByRole('button', { name: save }).click();
    const consentError = words('i18n', lang).errors.consentRequired;
    await expect(form.getByText(consentError)).toBeVisible();
    await screenshot(page, `${lang}-trainees-consent-asked`);

    await form.getByRole('textbox', { name: w.consentDate, exact: true }).fill('08/03/2024');
    await form
      .getByRole('textbox', { name: w.consentScope, exact: true })
      .fill(ar ? 'الاتصال بشأن التكوينات' : 'Contact pour les formations');
    await form.getByRole('button', { name: save }).click();
    await expect(form).toBeHidden();
    const row = table.getByRole('row').filter({ hasText: ar ? 'الزياني سلمى' : 'Ziani Salma' });
    await expect(row).toContainText('08/03/2024');
    await expect(row).toContainText('06 61 23 45 67');
    await expect(row).toContainText(w.functions.animator);
    await expect(table.getByRole('row')).toHaveCount(before + 2);
    await screenshot(page, `${lang}-trainees-recorded`);
    const saved = (arrange(host, 'trainees.list', { query: 'ziani salma' }) as TraineeList).rows;
    expect(saved).toMatchObject([{ organizationId: org.organizationId, phone: '06 61 23 45 67', consentDate: '2024-03-08' }]);

    // All association trainees, across organisations: found by name without the Arabic article.
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await page.getByRole('tab', { name: w.overviewTab }).click();
    await page.getByRole('searchbox', { name: w.searchLabel }).fill(ar ? 'زياني سلمى' : 'salma');
    const all = page.getByRole('table', { name: w.tab });
    await expect(all.getByRole('row').filter({ hasText: ar ? 'الزياني سلمى' : 'Ziani Salma' })).toContainText(orgName);
    await page.getByRole('searchbox', { name: w.searchLabel }).fill('');
    const total = (arrange(host, 'trainees.list', {}) as TraineeList).total;
    await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${total} `) })).toBeVisible();
    await screenshot(page, `${lang}-trainees-all`);
  });
}
