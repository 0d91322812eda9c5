import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Host } from '../../shells/host/server';
import { LANGS, SCREENSHOTS, arrange, expect, go, open, screenshot, setUp, shared, test, words } from './fixtures';

/** The page as printed (A4 from its own CSS), its first page beside the screenshots, and its text. */
async function printed(page: Page, name: string, imagePages = 1) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-report-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  // Each page looked at beside the screenshots (`name-pdf.png`, then `name-pdf-2.png`…).
  for (let p = 1; p <= imagePages; p++)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      `${p}`,
      '-l',
      `${p}`,
      '-singlefile',
      pdf,
      path.join(SCREENSHOTS, `${name}-pdf${p > 1 ? `-${p}` : ''}`),
    ]);
  const strip = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');
  const raw = strip(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  const layout = strip(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  fs.rmSync(dir, { recursive: true, force: true });
  return { raw, layout, pages };
}
/** pdftotext splits Arabic words and moves numbers: compare the words without spaces, digits or punctuation. */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u064b-\u0652\u0670]/g, '')
    .replace(/[\s\d.,:;·()«»/%—–-]/g, '');
const digits = (s: string) => s.replace(/\D/g, '');
const fill = (s: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((out, [k, v]) => out.replaceAll(`{{${k}}}`, String(v)), s);

interface Indicators {
  trainingHours: number;
  sessionsDelivered: number;
}
interface Report {
  reaction: { satisfactionIndex: number | null; sheets: number } | null;
}

/** A delivered demo session whose end-of-session sheets were typed in (the demo evaluates the past ones). */
function deliveredWithSheets(host: Host) {
  const sessions = arrange(host, 'sessions.list', {}) as { id: string; code: string; status: string }[];
  for (const s of sessions.filter((x) => ['delivered', 'evaluated', 'closed'].includes(x.status))) {
    const report = arrange(host, 'sessions.report', { sessionId: s.id }) as Report;
    if (report.reaction?.satisfactionIndex != null) return { ...s, index: report.reaction.satisfactionIndex };
  }
  throw new Error('no delivered demo session with end-of-session sheets');
}

for (const lang of LANGS) {
  test(`${lang}: lessons recorded, the annual report printed with the year's figures, its lessons and its annex`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    setUp(host, lang, { demo: true });
    const r = words('features/reports/i18n', lang).reports;
    const rFr = words('features/reports/i18n', 'fr').reports;
    const rAr = words('features/reports/i18n', 'ar').reports;
    const year = new Date().getFullYear();
    const lessonFr = 'Former les chefs de service avant leurs équipes.';
    const lessonAr = 'تكوين رؤساء المصالح قبل فرقهم.';

    await open(page, host, '/staff');
    await go(page, lang, 'evaluations');
    await page.getByRole('tab', { name: r.lessons.tab }).click();
    await expect(page.getByText(r.lessons.never)).toBeVisible();
    await page.getByRole('textbox', { name: r.lessons.fr }).fill(lessonFr);
    await page.getByRole('textbox', { name: r.lessons.ar }).fill(lessonAr);
    // Unsaved lessons hold the year and the printing back until they are saved.
    await expect(page.getByTestId('lessons-unsaved')).toHaveText(r.lessons.saveFirst);
    await expect(page.getByRole('button', { name: r.lessons.print })).toHaveCount(0);
    await page.getByRole('button', { name: r.lessons.save }).click();
    await expect(page.getByRole('status').filter({ hasText: r.lessons.saved })).toBeVisible();
    await expect(page.getByRole('button', { name: r.lessons.save })).toBeDisabled();
    expect(arrange(host, 'lessons.get', { year })).toMatchObject({ lessonsFr: lessonFr, lessonsAr: lessonAr });
    await screenshot(page, `${lang}-annual-report-tab`);

    await page.getByRole('button', { name: r.lessons.print }).click();
    await page.getByRole('menuitem', { name: shared(lang).common[lang === 'fr' ? 'printFr' : 'printAr'] }).click();
    await expect(page).toHaveURL(new RegExp(`#/annual-report\\?year=${year}&lang=${lang}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(r.annual.title, { year }));
    // The same figure as the year's indicators (the dashboard without filters equals them).
    const indicators = arrange(host, 'indicators.year', { year }) as Indicators;
    const hours = new Intl.NumberFormat('fr-FR').format(indicators.trainingHours);
    await expect(page.locator('[data-indicator="trainingHours"] td')).toHaveText(hours);
    await expect(page.locator('[data-indicator="sessionsDelivered"] td')).toHaveText(String(indicators.sessionsDelivered));
    await expect(page.locator('tr[data-result="R3.8"]')).toContainText(r.annex.indicators.evaluation);
    await expect(page.locator('.rp-chart svg').first()).toBeVisible();
    await screenshot(page, `${lang}-annual-report`);
    await page.locator('.rp-annex').scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-annual-report-annex`);

    const pdf = await printed(page, `${lang}-annual-report`, 3);
    expect(pdf.pages).toBeGreaterThanOrEqual(2); // the annex starts its own page
    const hoursLine = pdf.layout.split('\n').find((l) => squash(l).includes(squash(r.indicators.trainingHours)));
    expect(hoursLine, 'the training hours line').toBeDefined();
    expect(digits(hoursLine!)).toContain(digits(hours));
    expect(pdf.raw).toContain('R3.8');
    expect(pdf.raw).toContain('R4.1');
    // The annex's line of R3.8, its indicator and the records that prove it (a table cell wraps its words).
    expect(squash(pdf.raw)).toContain(squash(r.annex.indicators.evaluation));
    if (lang === 'fr') {
      expect(pdf.raw).toContain(fill(rFr.annual.title, { year }));
      expect(pdf.raw).toContain(lessonFr);
      expect(squash(pdf.raw)).toContain(squash(rFr.annex.procedure.split('{{')[0]));
    } else {
      // Arabic readable: shaped letters come back as the words typed, not as boxes or question marks.
      const text = squash(pdf.raw);
      expect(text).toContain(squash(fill(rAr.annual.title, { year })));
      expect(text).toContain(squash(lessonAr));
      expect(text).toContain(squash(rAr.annex.indicators.evaluation));
      expect(pdf.raw).not.toContain('??');
    }

    // Both languages side by side: each title in its own script, the lessons of both.
    await page.goBack();
    await page.getByRole('tab', { name: r.lessons.tab }).click();
    await page.getByRole('button', { name: r.lessons.print }).click();
    await page.getByRole('menuitem', { name: shared(lang).common.printBoth }).click();
    await expect(page).toHaveURL(new RegExp(`#/annual-report\\?year=${year}&lang=both`));
    await expect(page.locator('.rp-annex')).toBeVisible();
    await screenshot(page, `${lang}-annual-report-both`);
    const both = await printed(page, `${lang}-annual-report-both`, 3);
    expect(both.raw).toContain(fill(rFr.annual.title, { year }));
    expect(both.raw).toContain(lessonFr);
    expect(squash(both.raw)).toContain(squash(fill(rAr.annual.title, { year })));
    expect(squash(both.raw)).toContain(squash(lessonAr));
  });

  test(`${lang}: the report of a delivered demo session, with its satisfaction index, printed`, async ({ page, host }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    setUp(host, lang, { demo: true });
    const r = words('features/reports/i18n', lang).reports;
    const ev = words('features/sessions/evaluation/i18n', lang).sessionEvaluation;
    const session = deliveredWithSheets(host);
    const index = `${Math.round(session.index * 100)} %`;

    await page.goto(`${host.url}/#/sessions/${session.id}`);
    await page.getByRole('tab', { name: ev.tab }).click();
    await page.getByRole('button', { name: r.session.open }).click();
    await page.getByRole('menuitem', { name: shared(lang).common[lang === 'fr' ? 'printFr' : 'printAr'] }).click();
    await expect(page).toHaveURL(new RegExp(`#/session-report\\?session=${session.id}&lang=${lang}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.session.title);
    await expect(page.locator('[data-figure="satisfaction"]')).toHaveText(index);
    await screenshot(page, `${lang}-session-report`);

    const pdf = await printed(page, `${lang}-session-report`, 2);
    expect(pdf.raw).toContain(session.code);
    const line = pdf.layout.split('\n').find((l) => squash(l).includes(squash(r.session.satisfaction)));
    expect(line, 'the satisfaction line').toBeDefined();
    expect(digits(line!)).toContain(digits(index));
    expect(squash(pdf.raw)).toContain(squash(r.session.reaction));

    // Back returns to the session the report was opened from, not to the list of sessions.
    await page.getByRole('link', { name: shared(lang).common.backTo.replace('{{screen}}', shared(lang).nav.sessions) }).click();
    await expect(page).toHaveURL(new RegExp(`#/sessions/${session.id}`));
  });
}
