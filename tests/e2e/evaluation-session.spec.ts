import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Host } from '../../shells/host/server';
import { LANGS, SCREENSHOTS, arrange, expect, expectNoSeriousViolations, screenshot, setUp, shared, test, words } from './fixtures';

interface SessionRow {
  id: string;
  code: string;
  status: string;
}
interface Round {
  id: string;
  moment: string;
  expected: number;
  questionnaireTitleFr: string;
  questionnaireTitleAr: string;
  questionnaireId: string;
}

const SEATED = ['booked', 'attended_full', 'attended_partial'];

/**
 * A demo session whose evaluation is not scheduled yet (the demo evaluates only the sessions
 * already delivered) and whose course plans tests (level 2 or more), with two people or more;
 * those waiting for a place are booked, so three anonymous sheets stay within those expected.
 */
function pickSession(host: Host): SessionRow {
  const sessions = arrange(host, 'sessions.list', {}) as SessionRow[];
  const seatedIn = (id: string) => arrange(host, 'enrolments.list', { sessionId: id }) as { status: string; staffId: string | null }[];
  const found = sessions.find((s) => {
    if (!['open', 'confirmed', 'in_progress'].includes(s.status)) return false;
    const detail = arrange(host, 'sessions.get', { id: s.id }) as { course: { evaluationLevel: number }; slots: unknown[] };
    if (detail.course.evaluationLevel < 2 || !detail.slots.length) return false;
    if ((arrange(host, 'rounds.list', { sessionId: s.id }) as Round[]).length) return false;
    return seatedIn(s.id).filter((e) => SEATED.includes(e.status)).length >= 2;
  });
  if (!found) throw new Error('no demo session left to evaluate with a level-2 course');
  // Three people expected to answer (a demo session may be full with two): room for more, and those waiting booked.
  const detail = arrange(host, 'sessions.get', { id: found.id }) as Record<string, unknown> & {
    venue: { id: string } | null;
    trainers: { id: string }[];
    slots: { id: string; date: string; startTime: string; endTime: string }[];
    costs: { item: string; amountCentimes: number; funderId: string | null }[];
    maxCapacity: number;
  };
  arrange(host, 'sessions.update', {
    ...detail,
    venueId: detail.venue?.id ?? null,
    trainerIds: detail.trainers.map((t) => t.id),
    slots: detail.slots.map(({ id, date, startTime, endTime }) => ({ id, date, startTime, endTime })),
    costs: detail.costs.map(({ item, amountCentimes, funderId }) => ({ item, amountCentimes, funderId })),
    maxCapacity: Math.max(detail.maxCapacity, 10),
  });
  const waiting = (arrange(host, 'enrolments.list', { sessionId: found.id }) as { id: string; status: string }[]).filter(
    (e) => e.status === 'waitlisted',
  );
  if (waiting.length)
    arrange(host, 'enrolments.setStatus', { ids: waiting.map((e) => e.id), status: 'booked', decidedBy: 'Chef de service' });
  return found;
}

/** The PDF of the page as printed, its first page as an image beside the screenshots, and its text. */
async function printedText(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-eval-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOTS, `${name}-pdf`)]);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  fs.rmSync(dir, { recursive: true, force: true });
  return text;
}
/** pdftotext splits Arabic words and moves numbers: compare words without spaces or digits. */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\d.:·]/g, '');

for (const lang of LANGS) {
  test(`${lang}: a session's evaluation — rounds scheduled, paper sheets typed by keyboard, tests scored, a blank form printed`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    setUp(host, lang, { demo: true });
    const ev = words('features/sessions/evaluation/i18n', lang).sessionEvaluation;
    const session = pickSession(host);
    const back = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';

    await page.goto(`${host.url}/#/sessions/${session.id}`);
    await page.getByRole('tab', { name: ev.tab }).click();
    await expect(page.getByText(ev.empty)).toBeVisible();

    // Scheduling says what the course's level gives, then lists the rounds.
    await page.getByRole('button', { name: ev.schedule }).click();
    const dialog = page.getByRole('dialog', { name: ev.schedule });
    await expect(dialog.getByText(ev.plan.tests)).toBeVisible();
    await dialog.getByRole('button', { name: ev.plan.confirm, exact: true }).click();
    await expect(dialog).toBeHidden();
    const rounds = page.getByRole('table', { name: ev.roundsLabel.replace('{{code}}', session.code) });
    const endRow = rounds.locator('tr[data-round="end_sheet"]');
    await expect(endRow).toContainText(ev.moments.end_sheet);
    await expect(rounds.locator('tr[data-round="pre_test"]')).toContainText(ev.named);
    await expect(endRow).toContainText(ev.anonymous);
    const scheduled = arrange(host, 'rounds.list', { sessionId: session.id }) as Round[];
    const end = scheduled.find((r) => r.moment === 'end_sheet')!;
    await expect(endRow.locator('[data-rate]')).toHaveText('0 %');

    // Three anonymous end-of-session sheets, keyboard only: a digit per scale moves on by itself,
    // the comment opens its small field, Enter keeps it and goes to the next sheet.
    await page.getByRole('button', { name: ev.typeSheetsOf.replace('{{moment}}', ev.moments.end_sheet) }).click();
    const grid = page.getByRole('grid');
    await grid.getByRole('gridcell').first().click();
    await page.keyboard.type('45454');
    await page.keyboard.type('Utile');
    await page.keyboard.press('Enter');
    await page.keyboard.type('55445');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    // Sheet 3: a 7 on a five-point scale is said in its cell, which keeps the cursor; nothing is saved until it is put right.
    await page.keyboard.type('37');
    await expect(grid.locator('[aria-invalid="true"]')).toContainText(ev.cell.scale.replace('{{max}}', '5'));
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toContainText(ev.grid.fixFirst_one);
    await page.keyboard.type('4343');
    await expect(grid.locator('[aria-invalid="true"]')).toHaveCount(0);
    await screenshot(page, `${lang}-evaluation-sheets-typed`);
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText(ev.grid.saved);
    await expect(endRow.locator('[data-rate]')).toHaveText(`${Math.round((3 / end.expected) * 100)} %`);
    await expect(endRow).toContainText(`3 / ${end.expected}`);
    await expectNoSeriousViolations(page);
    await screenshot(page, `${lang}-evaluation-tab`);
    // A sheet typed by mistake goes after a confirmation, and the count follows.
    const third = ev.grid.sheetN.replace('{{n}}', '3');
    await grid.getByRole('button', { name: ev.grid.deleteSheet.replace('{{sheet}}', third) }).click();
    const common = shared(lang).common;
    await page.getByRole('dialog').getByRole('button', { name: common.delete, exact: true }).click();
    await expect(endRow).toContainText(`2 / ${end.expected}`);

    // The test before the session, named: one row per participant; O, a choice's number, two choices together.
    await page.getByRole('button', { name: ev.typeSheetsOf.replace('{{moment}}', ev.moments.pre_test) }).click();
    await grid.getByRole('gridcell').first().click();
    await page.keyboard.type('O2');
    await page.keyboard.type('13');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.type('N1');
    await page.keyboard.type('2');
    await page.keyboard.press(back);
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText(ev.grid.saved);
    const scored = grid.locator('tbody tr').filter({ hasText: /\d+ \/ \d+/ });
    await expect(scored).toHaveCount(2);
    for (const row of await scored.all()) await expect(row).toContainText(new RegExp(`${ev.grid.passedYes}|${ev.grid.passedNo}`));
    await screenshot(page, `${lang}-evaluation-test-scored`);

    // The blank end-of-session sheet for the room, in the interface's language.
    await page.getByRole('button', { name: ev.printOf.replace('{{moment}}', ev.moments.end_sheet) }).click();
    await page.getByRole('menuitem', { name: common[lang === 'ar' ? 'printAr' : 'printFr'] }).click();
    const title = lang === 'ar' ? end.questionnaireTitleAr : end.questionnaireTitleFr;
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await screenshot(page, `${lang}-evaluation-blank-form`);
    const questionnaire = arrange(host, 'questionnaires.get', { id: end.questionnaireId }) as {
      questions: { textFr: string; textAr: string }[];
    };
    const text = await printedText(page, `${lang}-evaluation-blank-form`);
    expect(text).toContain(session.code);
    expect(squash(text)).toContain(squash(title));
    expect(squash(text)).toContain(squash(lang === 'ar' ? questionnaire.questions[0].textAr : questionnaire.questions[0].textFr));
    expect(squash(text)).toContain(squash(ev.form.anonymous));

    // French and Arabic side by side: both titles on the same sheet.
    await page.goBack();
    await page.getByRole('tab', { name: ev.tab }).click();
    await page.getByRole('button', { name: ev.printOf.replace('{{moment}}', ev.moments.end_sheet) }).click();
    await page.getByRole('menuitem', { name: common.printBoth }).click();
    const both = squash(await printedText(page, `${lang}-evaluation-blank-form-both`));
    expect(both).toContain(squash(end.questionnaireTitleFr));
    expect(both).toContain(squash(end.questionnaireTitleAr));
  });
}
