import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { LANGS, arrange, expect, expectNoSeriousViolations, go, open, screenshot, setUp, shared, test, words } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

type Competency = { id: string; code: string; nameFr: string; nameAr: string };
const REFERENCE = 'DEL-2026-12';

/** pdftotext splits Arabic words and moves numbers: compare words without spaces, marks or digits. */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\s\d]/g, '');

/**
 * Two agents short of an essential competency (Amal at 1 and Badr at 2, level 3 required: two
 * gap needs) and an association's four volunteers short of it (a need entered by hand).
 */
function arrangeNeeds(page: Page, host: Parameters<typeof setUp>[0]) {
  const [c1] = (arrange(host, 'framework.get') as { competencies: Competency[] }).competencies;
  const unit = arrange(host, 'units.create', {
    kind: 'service',
    code: 'SAS',
    nameFr: "Service d'action sociale",
    nameAr: 'مصلحة العمل الاجتماعي',
  }) as {
    id: string;
  };
  const job = arrange(host, 'jobs.create', {
    code: 'AS-01',
    titleFr: 'Assistante sociale',
    titleAr: 'مساعدة اجتماعية',
    requirements: [{ competencyId: c1.id, requiredLevel: 3, importance: 'essential' }],
  }) as { id: string };
  const person = (matricule: string, gender: 'f' | 'm', fr: [string, string], ar: [string, string], level: number) => {
    const p = arrange(host, 'staff.create', {
      matricule,
      lastNameFr: fr[0],
      firstNameFr: fr[1],
      lastNameAr: ar[0],
      firstNameAr: ar[1],
      gender,
      unitId: unit.id,
      jobId: job.id,
    }) as { id: string };
    arrange(host, 'ratings.record', {
      staffId: p.id,
      competencyId: c1.id,
      level,
      validFrom: '2026-01-10',
      source: 'evidence',
      reason: 'Constat',
    });
  };
  person('A-1', 'f', ['Alaoui', 'Amal'], ['العلوي', 'أمل'], 1);
  person('B-2', 'm', ['Bennani', 'Badr'], ['بناني', 'بدر'], 2);
  const org = arrange(host, 'organizations.create', { nameFr: 'Association Nour', nameAr: 'جمعية النور' }) as { id: string };
  arrange(host, 'needs.create', {
    population: 'association',
    organizationId: org.id,
    competencyId: c1.id,
    origin: 'survey',
    importance: 'important',
    peopleCount: 4,
    estimatedGap: 2,
  });
  void page;
  return c1;
}

/**
 * The HR referent's yearly plan: a joint plan with its budget and a funder, an action built from
 * the needs of the register (they become planned, the coverage moves), adoption by the council,
 * a change after adoption with its note (version 2, compared with version 1), and the plan
 * document printed to PDF and read back.
 */
for (const lang of LANGS) {
  test(`${lang}: a plan built from the needs, adopted, changed with a note, and printed`, async ({ page, host }) => {
    const w = words('features/plans/i18n', lang).plans;
    const g = words('features/gaps/i18n', lang).gaps;
    const history = words('features/history/i18n', lang).entities;
    const common = shared(lang).common;
    const ar = lang === 'ar';
    setUp(host, lang);
    const c1 = arrangeNeeds(page, host);
    const inFr = (label: string) => `${label} — ${common.inFrench}`;
    const inAr = (label: string) => `${label} — ${common.inArabic}`;

    // 1. A new joint plan: title in both scripts, a budget of 50 000 MAD, one funder.
    await open(page, host, '/staff');
    await go(page, lang, 'plans');
    await page.getByRole('button', { name: w.newPlan }).first().click();
    const planForm = page.getByRole('dialog', { name: w.newPlan });
    await planForm.getByText(w.audiences.both, { exact: true }).click();
    await planForm.getByRole('textbox', { name: inFr(w.fields.title) }).fill('Plan de formation du Service et des associations');
    await planForm.getByRole('textbox', { name: inAr(w.fields.title) }).fill('مخطط تكوين المصلحة والجمعيات');
    await planForm.getByRole('textbox', { name: w.fields.budget, exact: true }).fill('50 000');
    await planForm.getByRole('button', { name: w.fields.addFunder }).click();
    await planForm.getByRole('textbox', { name: w.fields.funderNameFr }).fill('Commune de Berkane');
    await planForm.getByRole('textbox', { name: w.fields.funderNameAr }).fill('جماعة بركان');
    await planForm.getByRole('textbox', { name: w.fields.funderAmount }).fill('30 000');
    await planForm.getByRole('textbox', { name: inFr(w.fields.context) }).fill('Le plan répond aux écarts mesurés lors des bilans 2025.');
    await planForm.getByRole('textbox', { name: inAr(w.fields.context) }).fill('يستجيب المخطط للفجوات المقيسة خلال تقييمات 2025.');
    await planForm.getByRole('button', { name: common.save }).click();
    await expect(planForm).toBeHidden();
    await expect(page.getByTestId('plan-status')).toHaveText(w.statuses.draft);

    // The list: year, public, state, budget against planned.
    await page.getByRole('button', { name: w.allPlans }).click();
    const list = page.getByRole('table', { name: w.list.label });
    await expect(list.getByRole('row').nth(1)).toContainText(w.audiences.both);
    await expect(list.getByRole('row').nth(1)).toContainText('50 000,00');
    await screenshot(page, `${lang}-plans-list`);
    await page.mouse.move(700, 760);
    await expectNoSeriousViolations(page);
    await list
      .getByRole('button', { name: ar ? 'مخطط تكوين المصلحة والجمعيات' : 'Plan de formation du Service et des associations' })
      .click();

    // Nothing covered yet.
    await page.getByRole('tab', { name: w.tabs.coverage }).click();
    await expect(page.getByTestId('coverage').locator('[data-state="not"]')).toHaveCount(2);

    // 2. An action from the needs: all three chosen, the core proposes its public and head counts.
    await page.getByRole('tab', { name: w.tabs.actions }).click();
    await page.getByRole('button', { name: w.actions.fromNeeds }).click();
    const picker = page.getByRole('dialog', { name: w.picker.title });
    await expect(picker.getByRole('table', { name: w.picker.label }).getByRole('row')).toHaveCount(4);
    await picker.getByRole('checkbox', { name: w.picker.selectAll }).check();
    await expect(picker.getByTestId('needs-chosen')).toHaveText(w.picker.chosen.replace('{{count}}', '3'));
    await screenshot(page, `${lang}-plans-needs-picker`);
    await page.mouse.move(700, 760);
    await expectNoSeriousViolations(page);
    await picker.getByRole('button', { name: w.picker.propose }).click();
    const actionForm = page.getByRole('dialog', { name: w.actions.new });
    // Six people: Amal and Badr (one woman, one man), the association's four.
    await expect(actionForm.getByTestId('proposal')).toContainText(w.form.fromNeeds.replace('{{people}}', '6'));
    await expect(actionForm.getByRole('textbox', { name: w.form.staffCount })).toHaveValue('2');
    await expect(actionForm.getByRole('textbox', { name: w.form.associationCount })).toHaveValue('4');
    await actionForm.getByRole('textbox', { name: inFr(w.form.title) }).fill("Conduite de l'entretien social");
    await actionForm.getByRole('textbox', { name: inAr(w.form.title) }).fill('إدارة المقابلة الاجتماعية');
    await actionForm.getByRole('button', { name: w.form.addCost }).click();
    await actionForm.getByRole('textbox', { name: w.form.costAmount }).fill('9 000');
    await actionForm.getByRole('textbox', { name: w.form.costAmount }).blur();
    await expect(actionForm.getByTestId('action-total')).toContainText('9 000,00');
    await screenshot(page, `${lang}-plans-action-form`);
    await actionForm.getByRole('button', { name: common.save }).click();
    await expect(actionForm).toBeHidden();
    const row = page.locator('tr[data-action="F1"]');
    await expect(row.getByTestId('action-needs')).toHaveText('3');
    await expect(row).toContainText(ar ? 'إدارة المقابلة الاجتماعية' : "Conduite de l'entretien social");
    await screenshot(page, `${lang}-plans-actions`);
    await page.mouse.move(700, 760);
    await expectNoSeriousViolations(page);

    // The coverage: every priority need covered now.
    await page.getByRole('tab', { name: w.tabs.coverage }).click();
    await expect(page.getByTestId('coverage').locator('[data-state="covered"]')).toHaveCount(2);
    await expect(page.getByTestId('coverage-share')).toContainText('100');

    // The needs are planned in the register.
    await go(page, lang, 'gaps');
    await page.getByRole('tab', { name: g.tabs.needs }).click();
    const register = page.getByRole('table', { name: g.needs.register });
    await expect(register.getByRole('row').filter({ hasText: g.needStates.planned })).toHaveCount(3);
    await go(page, lang, 'plans');

    // 3. Adoption: the council's decision.
    await page.getByRole('button', { name: w.steps.adopt }).click();
    const adopt = page.getByRole('dialog', { name: w.steps.adoptTitle });
    await adopt.getByRole('button', { name: w.steps.adoptTitle }).click();
    await expect(adopt.getByText(words('i18n', lang).errors.required)).toBeVisible();
    await adopt.getByRole('textbox', { name: w.steps.decisionReference }).fill(REFERENCE);
    await adopt.getByRole('button', { name: w.steps.adoptTitle }).click();
    await expect(adopt).toBeHidden();
    await expect(page.getByTestId('plan-status')).toHaveText(w.statuses.adopted);
    await expect(page.getByTestId('plan-version')).toHaveText(w.versionN.replace('{{version}}', '1'));

    // 4. A change after adoption asks for a note and makes version 2.
    await row.click();
    const edit = page.getByRole('dialog', { name: w.actions.edit });
    await edit.getByRole('textbox', { name: w.form.sessions }).fill('2');
    await edit.getByRole('button', { name: common.save, exact: true }).click();
    const note = page.getByRole('dialog', { name: w.note.title });
    await note.getByRole('textbox', { name: w.note.label }).fill(ar ? 'فوجان بدل فوج واحد' : 'Deux groupes au lieu d’un');
    await note.getByRole('button', { name: w.note.confirm.replace('{{version}}', '2') }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByTestId('plan-version')).toHaveText(w.versionN.replace('{{version}}', '2'));
    await page.getByRole('tab', { name: w.tabs.versions }).click();
    await expect(page.getByTestId('versions')).toContainText(ar ? 'فوجان بدل فوج واحد' : 'Deux groupes au lieu d’un');
    const compared = page.getByTestId('compare').locator('tr[data-kind="action"]');
    await expect(compared).toContainText(w.versions.changes.changed);
    await expect(compared).toContainText(history.planActions.fields.sessions);
    await screenshot(page, `${lang}-plans-versions`);

    // 5. The budget, the calendar, the coverage.
    await page.getByRole('tab', { name: w.tabs.budget }).click();
    await expect(page.getByTestId('budget-by-funder')).toContainText(ar ? 'جماعة بركان' : 'Commune de Berkane');
    await expect(page.getByTestId('budget-summary')).toContainText('9 000,00');
    await screenshot(page, `${lang}-plans-budget`);
    await page.mouse.move(700, 760);
    await expectNoSeriousViolations(page);
    await page.getByRole('tab', { name: w.tabs.calendar }).click();
    // Quarter 1: January to March.
    await expect(page.getByTestId('calendar').locator('tr[data-action="F1"] td[data-on]')).toHaveCount(3);
    await screenshot(page, `${lang}-plans-calendar`);
    await page.getByRole('tab', { name: w.tabs.coverage }).click();
    await screenshot(page, `${lang}-plans-coverage`);
    await page.mouse.move(700, 760);
    await expectNoSeriousViolations(page);

    // 6. The plan document in the screen's language, then both side by side, printed to PDF.
    for (const which of [lang, 'both'] as const) {
      await page.getByRole('button', { name: w.print }).click();
      await page.getByRole('menuitem', { name: which === 'both' ? common.printBoth : ar ? common.printAr : common.printFr }).click();
      await expect(page).toHaveURL(new RegExp(`#/plan-document\\?plan=.*&lang=${which}`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(String(new Date().getFullYear()));
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${which === 'both' ? `${lang}-both` : lang}-plans-document`);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-plan-'));
      const pdf = path.join(dir, 'plan.pdf');
      await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      const raw = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      const text = squash(raw);
      const fr = words('features/plans/i18n', 'fr').plans;
      const arw = words('features/plans/i18n', 'ar').plans;
      const expected =
        which === 'both'
          ? [fr.document.adoption, arw.document.adoption, fr.document.budget, arw.document.calendar, 'Conduite', 'Berkane']
          : ar
            ? [arw.document.adoption, arw.document.budget, arw.document.signPresident, 'إدارةالمقابلة']
            : [fr.document.adoption, fr.document.budget, fr.document.signPresident, "Conduitedel'entretiensocial"];
      for (const e of expected) expect(text).toContain(squash(e));
      expect(text).toContain(squash(REFERENCE));
      if (!ar) expect(raw).toContain(REFERENCE);
      if (which === lang) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(path.dirname(pdf), 'p')]);
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.png')))
        fs.copyFileSync(
          path.join(dir, f),
          path.join(path.resolve(import.meta.dirname, '../artifacts/screenshots'), `${lang}-plans-document-pdf-${f}`),
        );
      fs.rmSync(dir, { recursive: true, force: true });
      await page.getByRole('link', { name: common.backTo.replace('{{screen}}', shared(lang).nav.plans) }).click();
      await expect(page.getByTestId('plan-status')).toBeVisible();
    }
    void c1;
  });
}

/**
 * From the needs register to the plan: a need's "Plan an action…" opens this year's joint plan
 * with that need already chosen in the picker of an action built from needs.
 */
for (const lang of LANGS) {
  test(`${lang}: a need of the register planned from its own card`, async ({ page, host }) => {
    const w = words('features/plans/i18n', lang).plans;
    const g = words('features/gaps/i18n', lang).gaps;
    setUp(host, lang);
    arrangeNeeds(page, host);
    const year = new Date().getFullYear();
    arrange(host, 'plans.create', {
      year,
      audience: 'both',
      titleFr: `Plan ${year}`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    });
    await open(page, host, '/staff');
    await go(page, lang, 'gaps');
    await page.getByRole('tab', { name: g.tabs.needs }).click();
    await page
      .getByRole('row')
      .filter({ hasText: lang === 'ar' ? 'العلوي أمل' : 'Alaoui Amal' })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('link', { name: g.needs.planAction }).click();
    await expect(page).toHaveURL(/#\/plans\?needs=/);
    const picker = page.getByRole('dialog', { name: w.picker.title });
    await expect(picker.getByTestId('needs-chosen')).toHaveText(w.picker.chosen.replace('{{count}}', '1'));
  });
}
