import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { FollowUp, FollowUpRow } from '../../api/channels/evaluation';
import type { StaffProfile } from '../../api/channels/gaps';
import { LANGS, arrange, expect, go, open, screenshot, setUp, shared, test, words } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

type Host = Parameters<typeof setUp>[0];

/** A segment of a segmented control, clicked by its label (its radio input is hidden under it). */
const segment = (page: Page, label: string) => page.locator('label', { hasText: new RegExp(`^${label}$`) }).click();

/** pdftotext splits Arabic words and moves numbers: compare words without spaces, marks or digits. */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\s\d]/g, '');

/**
 * A follow-up due for a staff member, on a session whose course develops a competency the
 * person's job requires above their level: recording the required level closes the gap.
 */
function followUpClosingAGap(host: Host) {
  const due = arrange(host, 'followUps.list', { status: 'due' }) as FollowUpRow[];
  for (const row of due.filter((r) => r.staffId)) {
    const fu = arrange(host, 'followUps.get', { enrolmentId: row.enrolmentId, moment: row.moment }) as FollowUp;
    const profile = arrange(host, 'ratings.profile', { staffId: row.staffId }) as StaffProfile;
    for (const c of fu.competencies) {
      const p = profile.competencies.find((x) => x.competencyId === c.id);
      if (p?.required && p.gap && p.gap > 0) return { row, fu, code: c.code, required: p.required };
    }
  }
  throw new Error('the demo has no follow-up due that could close a gap');
}

for (const lang of LANGS) {
  test(`${lang}: follow-ups due, one recorded with a new level that closes a gap, a manager's batch printed`, async ({ page, host }) => {
    test.setTimeout(120_000);
    setUp(host, lang, { demo: true });
    const w = words('features/evaluations/i18n', lang).evaluations;
    const g = words('features/gaps/i18n', lang).gaps;
    const common = shared(lang).common;
    const target = followUpClosingAGap(host);
    const name = lang === 'ar' ? target.row.nameAr : target.row.nameFr;

    // The navigation counts the follow-ups due, on the home screen already.
    await open(page, host, '/staff');
    await expect(page.getByTestId('follow-ups-due')).toBeVisible();
    await go(page, lang, 'evaluations');
    await expect(page.getByRole('tab', { name: w.tabs.followUps })).toHaveAttribute('aria-selected', 'true');
    const list = page.getByTestId('follow-up-list');
    await expect(list.locator('tr[data-follow-up]').first()).toBeVisible();
    // Overdue ones say so in words.
    await segment(page, w.followUps.statuses.overdue);
    await expect(list.getByText(w.followUps.overdue).first()).toBeVisible();
    await screenshot(page, `${lang}-evaluations-follow-ups`);
    await segment(page, w.followUps.statuses.due);

    // Record the follow-up: every objective rated, a decision, and the required level.
    await list.locator(`tr[data-follow-up="${target.row.enrolmentId}:${target.row.moment}"]`).getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toContainText(target.row.sessionCode);
    const objectives = drawer.locator('[data-objective]');
    const count = await objectives.count();
    for (let i = 0; i < count; i++) {
      await objectives.nth(i).getByRole('combobox', { name: w.form.frequency }).click();
      await page.getByRole('option', { name: w.frequencies.often, exact: true }).click();
      await objectives.nth(i).getByRole('combobox', { name: w.form.autonomyLabel }).click();
      await page.getByRole('option', { name: w.autonomy.alone, exact: true }).click();
    }
    await drawer.getByRole('checkbox', { name: w.obstacles.no_time }).check();
    await drawer.getByRole('radio', { name: w.decisions.none }).check();
    await drawer.getByRole('combobox', { name: w.form.competency }).click();
    await page.getByRole('option', { name: new RegExp(`^${target.code} `) }).click();
    await drawer.getByRole('combobox', { name: w.form.level, exact: true }).click();
    await page.getByRole('option', { name: new RegExp(`^${target.required} `) }).click();
    await screenshot(page, `${lang}-evaluations-follow-up-form`);
    await drawer.getByRole('button', { name: common.save }).click();
    await expect(drawer).toBeHidden();

    // Said plainly, with the gap now closed; the person's competencies show it too.
    const note = page.getByTestId('follow-up-saved');
    await expect(note).toContainText(name);
    await expect(note).toContainText(target.code);
    await screenshot(page, `${lang}-evaluations-follow-up-saved`);
    await note.getByRole('link', { name: w.saved.seeCompetencies }).click();
    const staff = page.getByRole('dialog');
    await expect(staff.getByRole('tab', { name: words('features/staff/i18n', lang).staff.tabs.competencies })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(staff.locator(`tr[data-competency="${target.code}"] [data-testid="gap"]`)).toHaveText(g.profile.noGap);
    await page.keyboard.press('Escape');

    // The batch of one manager, printed to PDF in the screen's language.
    await go(page, lang, 'evaluations');
    const manager = (await list.locator('tr[data-follow-up]').first().getAttribute('data-manager-key'))!;
    const managerRow = (arrange(host, 'followUps.list', { status: 'due' }) as FollowUpRow[]).find(
      (r) => (r.managerId ?? '') === manager || manager.startsWith('contact:'),
    )!;
    await page.getByRole('combobox', { name: w.followUps.manager }).click();
    await page
      .getByRole('option', { name: (lang === 'ar' ? managerRow.managerAr : managerRow.managerFr) || w.followUps.noManager })
      .first()
      .click();
    await page.getByRole('button', { name: w.followUps.print }).click();
    await page.getByRole('menuitem', { name: lang === 'ar' ? common.printAr : common.printFr }).click();
    await expect(page).toHaveURL(/#\/follow-up-batch\?manager=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.batch.documentTitle);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.fu-person').first()).toBeVisible();
    await screenshot(page, `${lang}-evaluations-batch`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-follow-ups-'));
    const pdf = path.join(dir, 'batch.pdf');
    await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    for (const e of [w.batch.documentTitle, w.batch.signature, w.frequencies.always, w.autonomy.passes_on, w.decisions.coaching])
      expect(text).toContain(squash(e));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`${lang}: a draft questionnaire with two questions, published, then a new version`, async ({ page, host }) => {
    setUp(host, lang, { demo: true });
    const w = words('features/evaluations/i18n', lang).evaluations.questionnaires;
    const common = shared(lang).common;
    await open(page, host, '/evaluations?tab=questionnaires');
    await expect(page.getByTestId('questionnaire-list').locator('tr[data-questionnaire]').first()).toBeVisible();
    await screenshot(page, `${lang}-evaluations-questionnaires`);

    await page.getByRole('button', { name: w.new }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: w.code }).fill(`E2E-${lang}`);
    await drawer.getByRole('textbox', { name: `${w.title} — ${common.inFrench}` }).fill('Avis sur l’atelier');
    await drawer.getByRole('textbox', { name: `${w.title} — ${common.inArabic}` }).fill('رأي في الورشة');
    await drawer.getByRole('button', { name: w.addQuestion }).click();
    await drawer.getByRole('button', { name: w.addQuestion }).click();
    const q = drawer.locator('[data-question]');
    await q
      .nth(0)
      .getByRole('textbox', { name: `${w.text} — ${common.inFrench}` })
      .fill('Le contenu était clair');
    await q
      .nth(0)
      .getByRole('textbox', { name: `${w.text} — ${common.inArabic}` })
      .fill('كان المحتوى واضحا');
    await q.nth(1).getByRole('combobox', { name: w.type }).click();
    await page.getByRole('option', { name: w.types.text, exact: true }).click();
    await q
      .nth(1)
      .getByRole('textbox', { name: `${w.text} — ${common.inArabic}` })
      .fill('ملاحظات أخرى');
    await screenshot(page, `${lang}-evaluations-questionnaire-draft`);
    await drawer.getByRole('button', { name: w.publish }).click();
    await expect(drawer.getByTestId('questionnaire-read-only')).toBeVisible();
    await expect(drawer.getByText(w.statuses.published, { exact: true })).toBeVisible();

    await drawer.getByRole('button', { name: w.newVersion }).click();
    await expect(drawer.getByTestId('questionnaire-note')).toBeVisible();
    await expect(drawer.locator('[data-question]')).toHaveCount(2);
    await expect(drawer.getByRole('button', { name: w.publish })).toBeVisible();
    await page.keyboard.press('Escape');
    const rows = page.getByTestId('questionnaire-list').locator(`tr[data-questionnaire^="E2E-${lang}@"]`);
    await expect(rows).toHaveCount(2);
    await expect(page.getByTestId('questionnaire-list').locator(`tr[data-questionnaire="E2E-${lang}@2"]`)).toContainText(w.statuses.draft);
  });
}
