import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import type { Host } from '../../shells/host/server';
import { LANGS, SCREENSHOTS, arrange, expect, expectNoSeriousViolations, screenshot, setUp, test, words } from './fixtures';

const SESSION_CODE = 'FOR-11-S1';

/** Checks a paper attestation in the verify dialog (opened from where the page has its button): the verdict in French and in Arabic. */
async function verify(page: Page, lang: 'fr' | 'ar', number: string, code: string, result: string) {
  const v = words('features/sessions/attestations/i18n', lang).attestations.verify;
  await page.getByRole('button', { name: v.open }).click();
  const dialog = page.getByRole('dialog', { name: v.title });
  await dialog.getByRole('textbox', { name: v.number }).fill(number);
  await dialog.getByRole('textbox', { name: v.code }).fill(code);
  await dialog.getByRole('button', { name: v.check }).click();
  for (const l of ['fr', 'ar'] as const)
    await expect(
      dialog.getByText(words('features/sessions/attestations/i18n', l).attestations.verify.headline[result], { exact: true }),
    ).toBeVisible();
}

/** A course, two staff members (and `extra` more), one session of two half-days a day for `days` days, everyone booked and the session confirmed. */
function arrangeSession(host: Host, { extra = 0, days = 1 }: { extra?: number; days?: number } = {}) {
  const unit = arrange(host, 'units.create', {
    kind: 'service',
    code: 'SAS',
    nameFr: "Service d'action sociale",
    nameAr: 'مصلحة العمل الاجتماعي',
  }) as { id: string };
  const staff = (matricule: string, fr: [string, string], ar: [string, string]) =>
    arrange(host, 'staff.create', {
      matricule,
      gender: 'f',
      lastNameFr: fr[0],
      firstNameFr: fr[1],
      lastNameAr: ar[0],
      firstNameAr: ar[1],
      unitId: unit.id,
    }) as {
      id: string;
    };
  const a = staff('M-001', ['Bennani', 'Aïcha'], ['بناني', 'عائشة']);
  const b = staff('M-002', ['Alaoui', 'Amal'], ['العلوي', 'أمل']);
  const more = Array.from({ length: extra }, (_, i) =>
    staff(`M-1${String(i).padStart(2, '0')}`, [`Tazi${i}`, 'Zahra'], [`التازي${i}`, 'زهرة']),
  );
  const course = arrange(host, 'courses.create', {
    code: 'FOR-11',
    titleFr: 'Accueil des familles',
    titleAr: 'استقبال الأسر',
    objectivesFr: 'Accueillir et orienter les familles.',
    objectivesAr: 'استقبال الأسر وتوجيهها.',
    hours: 7,
    modality: 'in_person',
    competencies: [],
  }) as { id: string };
  const session = arrange(host, 'sessions.create', {
    code: SESSION_CODE,
    courseId: course.id,
    titleFr: 'Accueil des familles',
    titleAr: 'استقبال الأسر',
    slots: Array.from({ length: days }, (_, d) => `2026-03-${String(2 + d).padStart(2, '0')}`).flatMap((date) => [
      { date, startTime: '09:00', endTime: '12:30' },
      { date, startTime: '14:00', endTime: '17:30' },
    ]),
  }) as { id: string };
  const change = arrange(host, 'enrolments.add', {
    sessionId: session.id,
    participants: [a, b, ...more].map((p) => ({ staffId: p.id })),
  }) as {
    enrolments: { id: string }[];
  };
  const ids = change.enrolments.map((e) => e.id);
  arrange(host, 'enrolments.setStatus', { ids, status: 'approved', decidedBy: 'Chef de service' });
  arrange(host, 'enrolments.setStatus', { ids, status: 'booked', decidedBy: 'Chef de service' });
  // Attendance is taken once the session is confirmed.
  arrange(host, 'sessions.setStatus', { id: session.id, status: 'open' });
  arrange(host, 'sessions.setStatus', { id: session.id, status: 'confirmed' });
  return { session };
}

async function readPdf(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-paper-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOTS, `${name}-pdf`)]);
  const strip = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const raw = strip(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // Each page's own text, for what must be on every page.
  const pageTexts = Array.from({ length: pages }, (_, i) =>
    strip(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' })),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return { raw, pages, pageTexts };
}
/** pdftotext splits Arabic words and moves numbers: compare words without spaces or digits. */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\d]/g, '');

for (const lang of LANGS) {
  test(`${lang}: attendance by keyboard, attestations with the signatories, the sign-in sheet on paper`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    setUp(host, lang);
    arrange(host, 'settings.update', {
      signatories: [{ nameFr: 'Karim Idrissi', nameAr: 'كريم الإدريسي', titleFr: 'Président de la commune', titleAr: 'رئيس الجماعة' }],
    });
    const { session } = arrangeSession(host);
    const att = words('features/sessions/attendance/i18n', lang).attendance;
    const atw = words('features/sessions/attestations/i18n', lang).attestations;

    // The session view's Émargement tab, by keyboard only: Tab into the grid (one cell is in the tab order),
    // P P for the first person (Alaoui, first by name in both scripts), P A for the second.
    await page.goto(`${host.url}/#/sessions/${session.id}`);
    await page.getByRole('tab', { name: att.tab }).click();
    const grid = page.getByRole('grid');
    const marks = grid.locator('[role="gridcell"][tabindex]');
    await expect(marks).toHaveCount(4);
    for (let i = 0; i < 8 && !(await marks.first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(marks.first()).toBeFocused();
    for (const key of ['p', 'p', 'p', 'a']) await page.keyboard.press(key);
    const unsaved = (att[`unsaved_${new Intl.PluralRules(lang).select(4)}`] as string).replace('{{count}}', '4');
    await expect(page.getByText(unsaved)).toBeVisible();
    await screenshot(page, `${lang}-attendance-grid`);
    await expectNoSeriousViolations(page);
    // Another tab and back: the marks typed are still there, waiting to be saved.
    await page.getByRole('tab', { name: words('features/sessions/i18n', lang).sessions.tabs.details }).click();
    await page.getByRole('tab', { name: att.tab }).click();
    await expect(page.getByText(unsaved)).toBeVisible();
    await marks.first().focus();
    await page.keyboard.press('Control+s');
    await expect(page.getByText(att.saved)).toBeVisible();
    // Hours and rate per person, computed from the marks.
    const first = grid.getByRole('row', { name: lang === 'ar' ? /العلوي/ : /Alaoui/ });
    const second = grid.getByRole('row', { name: lang === 'ar' ? /بناني/ : /Bennani/ });
    await expect(first).toContainText('100 %');
    await expect(second).toContainText('3,5');
    await expect(second).toContainText('50 %');

    // Attestations: the one eligible gets one; its code checks out in the verify dialog, said in both languages.
    await page.getByRole('tab', { name: atw.tab }).click();
    await page.getByRole('button', { name: new RegExp(atw.issueAll_one.split('(')[0].trim()) }).click();
    await expect(page.getByRole('status').first()).toBeVisible();
    await screenshot(page, `${lang}-attestations-tab`);
    await expectNoSeriousViolations(page);
    const issuedRow = page.getByRole('row', { name: lang === 'ar' ? /العلوي/ : /Alaoui/ });
    const number = (await issuedRow.getByText(/SAS-\d{4}-\d{4}/).textContent())!.replace(/[\u2066-\u2069]/g, '').trim();
    const code = (await issuedRow.locator('code').textContent())!.trim();
    await verify(page, lang, number, code, 'valid');
    await screenshot(page, `${lang}-verify-valid`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // The attestation on paper: Arabic shaped (real letters, not ????), the signatory from the settings, the code.
    await page.goto(`${host.url}/#/attestations?session=${session.id}&lang=${lang}`);
    // A fresh page (the hash alone would keep a screen that failed to draw).
    await page.reload();
    await expect(page.locator('.sp-attestation')).toHaveCount(1);
    const attestation = await readPdf(page, `${lang}-attestation`);
    expect(attestation.raw).not.toContain('????');
    expect(squash(attestation.raw)).toContain(squash(lang === 'ar' ? 'كريم الإدريسي' : 'Karim Idrissi'));
    expect(squash(attestation.raw)).toContain(squash(lang === 'ar' ? 'استقبال الأسر' : 'Accueil des familles'));
    expect(attestation.raw).toMatch(/SAS-\d{4}-\d{4}/);
    await screenshot(page, `${lang}-attestation-page`);

    // The sign-in sheet, from the session's print menu: the session's code, the participants, "page 1 / N".
    const common = words('i18n', lang).common;
    const menu = words('features/sessions/paper/i18n', lang).sessionPaper.menu;
    await page.goto(`${host.url}/#/sessions/${session.id}`);
    await page.reload();
    await page.getByRole('button', { name: common.printMenu, exact: true }).click();
    await page.getByRole('menuitem', { name: `${menu.sheet} — ${lang === 'ar' ? common.printAr : common.printFr}` }).click();
    await expect(page).toHaveURL(new RegExp(`#/sign-in-sheet\\?session=${session.id}&lang=${lang}`));
    await expect(page.locator('.sp-page').first()).toBeVisible();
    const sheet = await readPdf(page, `${lang}-sign-in-sheet`);
    expect(sheet.raw).toContain(SESSION_CODE);
    expect(squash(sheet.raw)).toContain(squash(lang === 'ar' ? 'بناني' : 'Bennani'));
    expect(squash(sheet.raw)).toContain(squash(lang === 'ar' ? 'العلوي' : 'Alaoui'));
    expect(sheet.raw).toMatch(new RegExp(`1 / ${sheet.pages}`));
    await screenshot(page, `${lang}-sign-in-sheet`);

    // The settings' signatories and time zone, as the user sees them.
    await page.goto(`${host.url}/#/settings`);
    await page.reload();
    const section = page.getByRole('region', { name: atw.settings.title });
    await expect(section.getByRole('textbox', { name: atw.settings.nameFr }).first()).toHaveValue('Karim Idrissi');
    await expect(section.getByRole('combobox', { name: atw.settings.timeZone })).toHaveValue('Africa/Casablanca');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-settings-attestations`);

    // The staff drawer's Formations tab: the session followed in full (Alaoui, first by name in both scripts) and its attestation number.
    const pw = words('features/passport/i18n', lang).passport;
    await page.goto(`${host.url}/#/staff`);
    await page.reload();
    await page
      .getByRole('row', { name: lang === 'ar' ? /العلوي/ : /Alaoui/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('tab', { name: pw.tab }).click();
    await expect(drawer).toContainText(SESSION_CODE);
    await expect(drawer).toContainText(/SAS-\d{4}-\d{4}/);
    await screenshot(page, `${lang}-staff-passport`);
    // Printed for the personnel file, French and Arabic side by side.
    await drawer.getByRole('button', { name: pw.print }).click();
    await page.getByRole('menuitem', { name: words('i18n', lang).common.printBoth }).click();
    await expect(page).toHaveURL(/#\/passport\?staff=.*&lang=both/);
    await expect(page.locator('.sp-doc')).toBeVisible();
    const passport = await readPdf(page, `${lang}-passport-both`);
    for (const expected of ['Alaoui Amal', 'العلوي أمل', 'Accueil des familles', 'استقبال الأسر'])
      expect(squash(passport.raw)).toContain(squash(expected));
    expect(passport.raw).toMatch(/SAS-\d{4}-\d{4}/);

    // The convocations: one page per person, each slot's times, the course's objectives.
    const paper = words('features/sessions/paper/i18n', lang).sessionPaper;
    await page.goto(`${host.url}/#/session-letters?session=${session.id}&lang=${lang}`);
    await page.reload();
    await expect(page.locator('.sp-letter')).toHaveCount(2);
    const letters = await readPdf(page, `${lang}-convocations`);
    expect(letters.pages).toBe(2);
    expect(squash(letters.raw)).toContain(squash(paper.letters.convocation));
    expect(letters.raw).toContain('09:00');
    expect(letters.raw).toContain('17:30');
    expect(squash(letters.raw)).toContain(squash(lang === 'ar' ? 'استقبال الأسر وتوجيهها' : 'Accueillir et orienter les familles'));

    // Revoked with a reason: the partner's check says so, with the reason, from the Partners screen.
    await page.goto(`${host.url}/#/sessions/${session.id}`);
    await page.getByRole('tab', { name: atw.tab }).click();
    await page.getByRole('button', { name: atw.revokeNamed.replace('{{name}}', lang === 'ar' ? 'العلوي أمل' : 'Alaoui Amal') }).click();
    await page.getByRole('textbox', { name: atw.reason }).fill(lang === 'ar' ? 'خطأ في الحضور' : 'Erreur de présence');
    await page.getByRole('button', { name: words('i18n', lang).common.save }).click();
    await expect(page.getByRole('row', { name: lang === 'ar' ? /العلوي/ : /Alaoui/ })).toContainText(atw.revoked);
    await page.goto(`${host.url}/#/partners`);
    await verify(page, lang, number, code, 'revoked');
    await expect(page.getByRole('dialog')).toContainText(lang === 'ar' ? 'خطأ في الحضور' : 'Erreur de présence');
    await screenshot(page, `${lang}-verify-revoked`);
  });
}

test('a long session: one sign-in sheet per ten people and six half-days, each numbered and coded; attestations side by side, one page each', async ({
  page,
  host,
}) => {
  setUp(host, 'fr');
  // 14 people + 5 blank lines = 2 sheets of lines; 8 half-days = 2 sheets of columns: 4 pages.
  const { session } = arrangeSession(host, { extra: 12, days: 4 });
  await page.goto(`${host.url}/#/sign-in-sheet?session=${session.id}&lang=both`);
  await expect(page.locator('.sp-page')).toHaveCount(4);
  const sheet = await readPdf(page, 'both-sign-in-sheet-long');
  expect(sheet.pages).toBe(4);
  sheet.pageTexts.forEach((text, i) => {
    expect(text).toContain(SESSION_CODE);
    expect(text).toContain(`page ${i + 1} / 4`);
  });

  const grid = arrange(host, 'attendance.grid', { sessionId: session.id }) as { slots: { id: string }[]; rows: { enrolmentId: string }[] };
  arrange(host, 'attendance.save', {
    sessionId: session.id,
    marks: grid.rows.flatMap((r) => grid.slots.map((s) => ({ enrolmentId: r.enrolmentId, slotId: s.id, mark: 'present' }))),
  });
  // Issuing signs with the installation's key, fetched asynchronously.
  expect((await dispatchAsync('attestations.issue', { sessionId: session.id, enrolmentIds: [] }, host.ctx)).ok).toBe(true);
  await page.goto(`${host.url}/#/attestations?session=${session.id}&lang=both`);
  await page.reload();
  await expect(page.locator('.sp-attestation')).toHaveCount(14);
  const attestations = await readPdf(page, 'both-attestations');
  expect(attestations.pages).toBe(14);
  expect(squash(attestations.raw)).toContain(squash('شهادة تكوين'));
  expect(squash(attestations.raw)).toContain(squash('Attestation de formation'));
});
