import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { LANGS, arrange, expect, expectNoSeriousViolations, go, open, screenshot, setUp, shared, test, words } from './fixtures';

type Framework = { competencies: { id: string; code: string; nameFr: string; nameAr: string }[]; levels: { level: number }[] };

/** A matricule whose parts the bidirectional algorithm would reorder inside Arabic if it were not isolated. */
const MATRICULE = 'AB-2024/017';

/** Picks a level in one of a row's compact selects, as a user does. */
async function level(page: Page, scope: Locator, label: string, n: number) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: new RegExp(`^${n} — `) }).click();
}

/**
 * A campaign from start to end through the screen, in both languages: created and opened, one
 * person's review filled in, refused for a missing justification (said on its row), justified
 * and validated, seen validated on the board; the campaign closed and reopened with a reason;
 * the interview form printed and read back from the PDF; what the validation wrote followed into
 * the person's Competencies tab, the matrix and the training priorities.
 */
for (const lang of LANGS) {
  test(`${lang}: a review campaign, a review validated, the campaign closed and reopened, the interview form printed`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    const w = words('features/reviews/i18n', lang).reviews;
    const errors = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/i18n/${lang}.json`), 'utf8')).errors;
    const common = shared(lang).common;
    setUp(host, lang);
    const fw = arrange(host, 'framework.get', { includeArchived: false }) as Framework;
    const [c1, c2] = fw.competencies;
    const unit = arrange(host, 'units.create', { kind: 'service', nameFr: 'Service social', nameAr: 'المصلحة الاجتماعية' }) as {
      id: string;
    };
    const job = arrange(host, 'jobs.create', {
      code: 'AS-01',
      titleFr: 'Assistante sociale',
      titleAr: 'مساعدة اجتماعية',
      requirements: [
        { competencyId: c1.id, requiredLevel: 3, importance: 'essential' },
        { competencyId: c2.id, requiredLevel: 2, importance: 'useful' },
      ],
    }) as { id: string };
    const person = { firstNameFr: 'Aïcha', lastNameFr: 'Bennani', firstNameAr: 'عائشة', lastNameAr: 'بناني' };
    arrange(host, 'staff.create', { matricule: MATRICULE, gender: 'f', ...person, unitId: unit.id, jobId: job.id });
    const head = arrange(host, 'staff.create', {
      matricule: 'CH-001',
      gender: 'm',
      firstNameFr: 'Karim',
      lastNameFr: 'Alaoui',
      firstNameAr: 'كريم',
      lastNameAr: 'العلوي',
      unitId: unit.id,
    }) as { id: string };
    arrange(host, 'units.update', {
      id: unit.id,
      kind: 'service',
      nameFr: 'Service social',
      nameAr: 'المصلحة الاجتماعية',
      headId: head.id,
    });
    const name = lang === 'fr' ? 'Bennani Aïcha' : 'بناني عائشة';
    const cName = (c: Framework['competencies'][number]) => (lang === 'fr' ? c.nameFr : c.nameAr) || c.nameFr;

    // 1. A new campaign, through the screen's own form.
    await open(page, host, '/staff');
    await go(page, lang, 'reviews');
    await page.getByRole('button', { name: w.newCampaign }).first().click();
    const form = page.getByRole('dialog');
    await form.getByRole('textbox', { name: w.fields.code }).fill('BC-2025');
    await form.getByRole('textbox', { name: `${w.fields.title} — ${common.inFrench}` }).fill('Bilan annuel 2025');
    await form.getByRole('textbox', { name: `${w.fields.title} — ${common.inArabic}` }).fill('التقييم السنوي 2025');
    await form.getByRole('textbox', { name: w.fields.periodStart }).fill('01/01/2025');
    await form.getByRole('textbox', { name: w.fields.periodEnd }).fill('31/12/2025');
    await form.getByRole('button', { name: common.save }).click();
    await expect(form).toBeHidden();

    // 2. Opened: the confirmation says what opening freezes and how many people it reviews.
    await page.getByRole('button', { name: w.actions.open }).click();
    const confirm = page.getByRole('dialog', { name: w.openConfirm.title });
    await expect(confirm).toContainText(w.openConfirm.text.slice(0, 40));
    await expect(confirm).toContainText(lang === 'fr' ? '2 agents en activité' : 'موظفان');
    await confirm.getByRole('button', { name: w.openConfirm.confirm }).click();
    await expect(confirm).toBeHidden();
    const board = page.getByRole('table', { name: w.board.label });
    await expect(board.getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('radio', { name: `${w.states.not_started} · 2` })).toBeAttached();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${lang}-reviews-board`);
    await expectNoSeriousViolations(page);

    // 3. The person's review: the manager says 2, the interview agrees on 3 without saying why.
    await page.getByRole('searchbox', { name: w.board.searchLabel }).fill(MATRICULE);
    await expect(board.getByRole('row')).toHaveCount(2);
    await board.getByRole('row').nth(1).click();
    const drawer = page.getByRole('dialog', { name: w.review.title.replace('{{name}}', name) });
    await expect(drawer).toBeVisible();
    const row1 = drawer.locator(`tr[data-competency="${c1.code}"]`);
    const row2 = drawer.locator(`tr[data-competency="${c2.code}"]`);
    await level(page, row1, `${w.review.self} — ${cName(c1)}`, 2);
    await level(page, row1, `${w.review.manager} — ${cName(c1)}`, 2);
    await level(page, row1, `${w.review.agreed} — ${cName(c1)}`, 3);
    await expect(row1).toContainText(w.review.justifyHint);
    await level(page, row2, `${w.review.manager} — ${cName(c2)}`, 1);
    await level(page, row2, `${w.review.agreed} — ${cName(c2)}`, 1);
    await drawer.getByRole('textbox', { name: w.review.interviewDate }).fill('15/06/2025');
    await drawer.getByText(w.steps.discussed, { exact: true }).click();
    await drawer.getByRole('button', { name: w.review.validate }).click();
    await page.getByRole('dialog', { name: w.review.validateTitle }).getByRole('button', { name: w.review.validateConfirm }).click();
    // Refused: said above the table and on the row.
    await expect(drawer.getByRole('alert')).toContainText(errors.justificationRequired);
    await expect(row1.getByText(errors.justificationRequired)).toBeVisible();
    await expect(row1.getByRole('textbox', { name: `${w.review.justification} — ${cName(c1)}` })).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, `${lang}-reviews-form-refused`);

    // 4. Justified, then validated: the form locks and says why; the board counts it.
    await row1.getByRole('textbox', { name: `${w.review.justification} — ${cName(c1)}` }).fill('Maîtrise démontrée en entretien');
    await drawer.getByRole('button', { name: w.review.validate }).click();
    await page.getByRole('dialog', { name: w.review.validateTitle }).getByRole('button', { name: w.review.validateConfirm }).click();
    await expect(drawer.getByText(w.review.locked.validated.split('{{date}}')[0].trim())).toBeVisible();
    await expect(drawer.getByRole('button', { name: w.review.validate })).toHaveCount(0);
    await screenshot(page, `${lang}-reviews-form-validated`);
    const history = arrange(host, 'ratings.profile', {
      staffId: (arrange(host, 'staff.list', { query: MATRICULE }) as { rows: { id: string }[] }).rows[0].id,
    });
    expect(JSON.stringify(history)).toContain('2025-06-15');

    // 5. The interview form of that review, printed in the screen's language.
    await drawer.getByRole('button', { name: w.print.one }).click();
    await page.getByRole('menuitem', { name: common[lang === 'fr' ? 'printFr' : 'printAr'] }).click();
    await expect(page).toHaveURL(/#\/interview-form\?/);
    await expect(page.getByRole('heading', { name: w.sheet.title })).toBeVisible();
    await expect(page.locator('.iv-matricule')).toHaveText(MATRICULE);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${lang}-reviews-interview-form`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-interview-'));
    const pdf = path.join(dir, 'form.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const raw = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    // The matricule reads in its own order, whatever the page's direction.
    expect(raw).toContain(MATRICULE);
    // pdftotext splits Arabic words and moves numbers: compare words without spaces, marks or digits.
    const squash = (s: string) => s.normalize('NFKC').replace(/[\s\d]/g, '');
    const text = squash(raw);
    for (const expected of [w.sheet.title, w.sheet.signPerson, w.review.justification, lang === 'fr' ? 'Bennani' : 'بناني'])
      expect(text).toContain(squash(expected));
    fs.rmSync(dir, { recursive: true, force: true });

    // 6. Back to the board: validated; the campaign closed, then reopened with a reason.
    await page.getByRole('link', { name: common.backTo.replace('{{screen}}', shared(lang).nav.reviews) }).click();
    await expect(page.getByRole('radio', { name: `${w.states.validated} · 1` })).toBeAttached();
    await page.getByText(`${w.states.validated} · 1`, { exact: true }).click();
    await expect(board.getByRole('row')).toHaveCount(2);
    await expect(board.getByRole('row').nth(1)).toContainText(w.states.validated);
    await page.getByRole('button', { name: w.actions.close }).click();
    await page.getByRole('dialog', { name: w.closeConfirm.title }).getByRole('button', { name: w.closeConfirm.confirm }).click();
    await expect(page.getByRole('button', { name: w.actions.reopen })).toBeVisible();
    await page.getByRole('button', { name: w.actions.reopen }).click();
    const reopen = page.getByRole('dialog', { name: w.reopen.title });
    await reopen.getByRole('textbox', { name: w.reopen.reason }).fill('ab');
    await reopen.getByRole('button', { name: w.reopen.confirm }).click();
    await expect(reopen.getByText(errors.reasonRequired)).toBeVisible();
    await reopen.getByRole('textbox', { name: w.reopen.reason }).fill(lang === 'fr' ? 'Un entretien oublié' : 'مقابلة منسية');
    await reopen.getByRole('button', { name: w.reopen.confirm }).click();
    await expect(reopen).toBeHidden();
    await expect(page.getByRole('button', { name: w.actions.close })).toBeVisible();
    await expect(page.getByText(lang === 'fr' ? 'Un entretien oublié' : 'مقابلة منسية')).toBeVisible();

    // 7. What the validation wrote, followed through the screens: the person's Competencies tab
    //    (C1 agreed 3 of 3 required: no gap; C2 agreed 1 of 2: one level short), the matrix cell,
    //    and the priorities (a useful requirement weighs 1: score 1 × 1).
    const g = words('features/gaps/i18n', lang).gaps;
    await go(page, lang, 'staff');
    await page.getByRole('row').filter({ hasText: name }).click();
    const record = page.getByRole('dialog');
    await record.getByRole('tab', { name: words('features/staff/i18n', lang).staff.tabs.competencies }).click();
    await expect(record.locator(`tr[data-competency="${c2.code}"]`).getByTestId('gap')).toHaveText(
      g.profile.gapN_one.replace('{{count}}', '1'),
    );
    await expect(record.locator(`tr[data-competency="${c1.code}"]`).getByTestId('gap')).not.toHaveText(g.notAssessed);
    await expect(record.getByRole('link', { name: /BC-2025/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(record).toBeHidden();
    await go(page, lang, 'gaps');
    const matrix = page.getByRole('table', { name: g.matrix.title });
    await expect(matrix.locator(`[data-person="${MATRICULE}"] [data-code="${c1.code}"]`)).toHaveText('3✓');
    await expect(matrix.locator(`[data-person="${MATRICULE}"] [data-code="${c2.code}"]`)).toHaveText('1▾');
    await page.getByRole('tab', { name: g.tabs.needs }).click();
    await expect(page.getByTestId('priorities').locator(`tr[data-code="${c2.code}"]`).getByTestId('score')).toHaveText('1');
  });
}
