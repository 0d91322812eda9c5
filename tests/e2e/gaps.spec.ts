import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  LANGS,
  SCREENSHOTS,
  arrange,
  expect,
  expectNoSeriousViolations,
  go,
  open,
  screenshot,
  setUp,
  shared,
  test,
  words,
} from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

type Competency = { id: string; code: string; nameFr: string; nameAr: string };

/** Picks an option of a Mantine Select in the open dialog: open it, type if asked, choose. */
async function choose(page: Page, label: string, option: string | RegExp, typed?: string) {
  const input = page.getByRole('dialog').getByRole('combobox', { name: label });
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * The competency history, gaps and needs as the SAS official and the HR referent use them: a
 * level recorded in a person's Competencies tab moves the gap and the fit there, the matrix
 * cell and the training priorities; a need entered for an association joins the register; the
 * service synthesis prints the matrix with its black-and-white key and the needs.
 */
for (const lang of LANGS) {
  test(`${lang}: a level recorded in the staff drawer moves the gap, the fit, the matrix and the priorities; a need for an association; the synthesis`, async ({
    page,
    host,
  }) => {
    const w = words('features/gaps/i18n', lang).gaps;
    const staffWords = words('features/staff/i18n', lang).staff;
    const common = shared(lang).common;
    const ar = lang === 'ar';
    setUp(host, lang);
    const [c1, c2] = (arrange(host, 'framework.get') as { competencies: Competency[] }).competencies;
    const dir = arrange(host, 'units.create', { kind: 'direction', code: 'DIR', nameFr: 'Direction', nameAr: 'المديرية' }) as {
      id: string;
    };
    const srv = arrange(host, 'units.create', {
      kind: 'service',
      code: 'SAS',
      nameFr: "Service d'action sociale",
      nameAr: 'مصلحة العمل الاجتماعي',
      parentId: dir.id,
    }) as { id: string };
    const job = arrange(host, 'jobs.create', {
      code: 'AS-01',
      titleFr: 'Assistante sociale',
      titleAr: 'مساعدة اجتماعية',
      requirements: [
        { competencyId: c1.id, requiredLevel: 3, importance: 'essential' },
        { competencyId: c2.id, requiredLevel: 2, importance: 'important' },
      ],
    }) as { id: string };
    const person = (matricule: string, fr: [string, string], arName: [string, string]) =>
      arrange(host, 'staff.create', {
        matricule,
        lastNameFr: fr[0],
        firstNameFr: fr[1],
        lastNameAr: arName[0],
        firstNameAr: arName[1],
        gender: 'f',
        unitId: srv.id,
        jobId: job.id,
      }) as { id: string };
    person('A-1', ['Alaoui', 'Amal'], ['العلوي', 'أمل']);
    const badr = person('B-2', ['Bennani', 'Badr'], ['بناني', 'بدر']);
    arrange(host, 'ratings.record', {
      staffId: badr.id,
      competencyId: c1.id,
      level: 3,
      validFrom: '2025-01-10',
      source: 'evidence',
      reason: 'Mission menée seule',
    });
    arrange(host, 'organizations.create', { nameFr: 'Association Nour', nameAr: 'جمعية النور' });
    const amalName = ar ? 'العلوي أمل' : 'Alaoui Amal';
    const c1Name = ar ? c1.nameAr : c1.nameFr;

    // 1. Amal's Competencies tab: nothing assessed yet, so no fit and "not assessed", never 0.
    await open(page, host, '/staff');
    await page.getByRole('row').filter({ hasText: amalName }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('tab', { name: staffWords.tabs.competencies }).click();
    await expect(drawer.getByTestId('profile-fit')).toHaveText(w.fitUnknown);
    const c1Row = drawer.locator(`tr[data-competency="${c1.code}"]`);
    await expect(c1Row.getByTestId('gap')).toHaveText(w.notAssessed);

    // 2. "Record a level…": evidence at level 2 for the first competency; the reason is required.
    await drawer.getByRole('button', { name: w.record.open }).click();
    const form = page.getByRole('dialog', { name: w.record.title });
    await choose(page, w.competency, new RegExp(c1Name));
    await choose(page, w.level, /^2/);
    await form.getByRole('button', { name: common.save }).click();
    await expect(form.getByText(words('i18n', lang).errors.reasonRequired)).toBeVisible();
    await form.getByRole('textbox', { name: w.record.reason }).fill(ar ? 'ملف متابعة أنجز بمفردها' : 'Dossier de suivi mené seule');
    await form.getByRole('button', { name: common.save }).click();
    await expect(form).toBeHidden();
    // Required 3, level 2: a gap of one level; the fit is (3×2) / (3×3 + 2×2) = 46 %, one competency still not assessed.
    await expect(c1Row.getByTestId('gap')).toHaveText(w.profile.gapN_one.replace('{{count}}', '1'));
    await expect(drawer.getByTestId('profile-fit')).toHaveText('46 %');
    await expect(drawer.getByTestId('profile-not-assessed')).toHaveText(w.notAssessedCount_one.replace('{{formatted}}', '1'));
    await c1Row.getByRole('button', { name: new RegExp(w.profile.entries_one.replace('{{count}}', '1')) }).click();
    await expect(drawer.getByText(ar ? 'ملف متابعة أنجز بمفردها' : 'Dossier de suivi mené seule')).toBeVisible();
    await screenshot(page, `${lang}-gaps-staff-competencies`);
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    // 3. The matrix: Amal's cell says 2 and one level short; one holder of the competency (Badr): a vulnerability.
    await go(page, lang, 'gaps');
    // Off the navigation: the hovered active link is a shade lighter (app/theme.ts), not what this test checks.
    await page.mouse.move(700, 740);
    const matrix = page.getByRole('table', { name: w.matrix.title });
    const amalRow = matrix.locator('[data-person="A-1"]');
    await expect(amalRow.locator(`[data-code="${c1.code}"]`)).toHaveText('2▾');
    await expect(amalRow.locator(`[data-code="${c2.code}"]`)).toHaveText('–');
    await expect(matrix.getByTestId(`holders-${c1.code}`)).toHaveText('⚠1');
    await expect(page.getByTestId('vulnerabilities')).toContainText(c1.code);
    await screenshot(page, `${lang}-gaps-matrix`);
    await expectNoSeriousViolations(page);
    // A click on the person opens her record on the Competencies tab.
    await amalRow.click();
    await expect(page.getByRole('dialog').getByTestId('profile-fit')).toHaveText('46 %');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // 4. The priorities: Amal's gap on an essential competency scores 3 × 1; the need it opened is in the register.
    await page.getByRole('tab', { name: w.tabs.needs }).click();
    await expect(page.getByTestId('score-formula')).toHaveText(w.priorities.formula);
    const priorities = page.getByTestId('priorities');
    await expect(priorities.locator(`tr[data-code="${c1.code}"]`).getByTestId('score')).toHaveText('3');
    const register = page.getByRole('table', { name: w.needs.register });
    await expect(register.getByRole('row').filter({ hasText: amalName })).toContainText(w.origins.gap);

    // 5. A need for an association: 12 volunteers, 2 levels short on an important competency: 2 × 12 × 2 = 48.
    await page.getByRole('button', { name: w.needs.new }).click();
    const needForm = page.getByRole('dialog');
    await needForm.getByText(w.populations.association, { exact: true }).click();
    await choose(page, w.needs.association, ar ? 'جمعية النور' : 'Association Nour', 'Nour');
    await choose(page, w.competency, new RegExp(ar ? c2.nameAr : c2.nameFr));
    await choose(page, w.needs.origin, w.origins.request);
    await needForm.getByRole('textbox', { name: w.needs.peopleCount }).fill('12');
    await needForm.getByRole('textbox', { name: w.needs.estimatedGap }).fill('2');
    await screenshot(page, `${lang}-gaps-need-form`);
    await needForm.getByRole('button', { name: common.save }).click();
    await expect(needForm).toBeHidden();
    await expect(register.getByRole('row').filter({ hasText: ar ? 'جمعية النور' : 'Association Nour' })).toContainText(w.origins.request);
    const assoc = priorities.locator(`tr[data-code="${c2.code}"]`).filter({ hasText: w.populations.association });
    await expect(assoc.getByTestId('score')).toHaveText('48');
    await screenshot(page, `${lang}-gaps-needs`);
    await expectNoSeriousViolations(page);

    // 6. Rejecting a need asks why first.
    await register
      .getByRole('row')
      .filter({ hasText: ar ? 'جمعية النور' : 'Association Nour' })
      .click();
    await page.getByRole('button', { name: w.needs.moves.rejected }).click();
    const reject = page.getByRole('dialog', { name: w.needs.moves.rejected });
    await reject.getByRole('button', { name: w.needs.moves.rejected }).click();
    await expect(reject.getByText(words('i18n', lang).errors.reasonRequired)).toBeVisible();
    await reject
      .getByRole('textbox', { name: w.needs.reason })
      .fill(ar ? 'تكوين مبرمج من طرف العمالة' : 'Formation déjà prévue par la province');
    await reject.getByRole('button', { name: w.needs.moves.rejected }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(register.getByRole('row').filter({ hasText: ar ? 'جمعية النور' : 'Association Nour' })).toHaveCount(0);

    // 7. The candidates for the job: Badr first (he reaches the essential level).
    await page.getByRole('tab', { name: w.tabs.candidates }).click();
    await page.getByRole('combobox', { name: w.job }).click();
    await page.getByRole('option', { name: /AS-01/ }).click();
    const ranking = page.getByRole('table', { name: w.tabs.candidates });
    await expect(ranking.getByRole('row').nth(1)).toContainText(ar ? 'بناني بدر' : 'Bennani Badr');
    await screenshot(page, `${lang}-gaps-candidates`);

    // 8. The service synthesis, in the screen's language, on landscape A4.
    await page.getByRole('tab', { name: w.tabs.matrix }).click();
    await page.getByRole('button', { name: w.synthesis.print }).click();
    await page.getByRole('menuitem', { name: ar ? common.printAr : common.printFr }).click();
    await expect(page).toHaveURL(new RegExp(`#/gaps-synthesis\\?lang=${lang}`));
    await expect(page.getByRole('heading', { name: w.synthesis.title })).toBeVisible();
    await screenshot(page, `${lang}-gaps-synthesis`);
    const dirPdf = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-synthesis-'));
    const pdf = path.join(dirPdf, 'synthesis.pdf');
    await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(SCREENSHOTS, `${lang}-gaps-synthesis-pdf`)]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(c1.code);
    expect(text).toContain(w.status.oneBelow.replace(/\s+/g, ''));
    if (!ar) expect(text).toContain('Alaoui');
    fs.rmSync(dirPdf, { recursive: true, force: true });
  });
}

/** The demo commune (490 people, two review campaigns): the matrix scrolls by rows drawn on demand, the needs and the synthesis read. */
for (const lang of LANGS) {
  test(`${lang}: the demo commune's matrix, needs, a person's competencies and the synthesis`, async ({ page, host }) => {
    const w = words('features/gaps/i18n', lang).gaps;
    setUp(host, lang, { demo: true });
    await open(page, host, '/staff');
    await go(page, lang, 'gaps');
    await page.mouse.move(700, 740);
    const matrix = page.getByRole('table', { name: w.matrix.title });
    const people = Number(await matrix.getAttribute('aria-rowcount')) - 2;
    expect(people).toBeGreaterThan(400);
    // Only the rows in view exist in the page.
    expect(await matrix.locator('[data-person]').count()).toBeLessThan(60);
    await screenshot(page, `${lang}-gaps-matrix-demo`);
    await matrix.locator('[data-person]').nth(2).click();
    await expect(page.getByRole('dialog').getByTestId('profile-fit')).toBeVisible();
    await screenshot(page, `${lang}-gaps-staff-competencies-demo`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('tab', { name: w.tabs.needs }).click();
    await expect(page.getByTestId('priorities').getByRole('row').nth(1)).toBeVisible();
    await screenshot(page, `${lang}-gaps-needs-demo`);
    await page.getByRole('button', { name: w.synthesis.print }).click();
    await page.getByRole('menuitem', { name: lang === 'ar' ? shared(lang).common.printAr : shared(lang).common.printFr }).click();
    await expect(page.getByRole('heading', { name: w.synthesis.title })).toBeVisible();
    await screenshot(page, `${lang}-gaps-synthesis-demo`);
  });
}
