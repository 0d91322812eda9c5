import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Host } from '../../shells/host/server';
import { SCREENSHOTS, arrange, expect, go, open, screenshot, setUp, shared, test, words } from './fixtures';

type Competency = { id: string; code: string; nameFr: string; nameAr: string };

/** Codes whose parts the bidirectional algorithm would reorder beside Arabic if they were not isolated. */
const MATRICULE = 'AB-2024/017';
const JOB_CODE = 'AS-01/B';

/** A service, a job with its texts and requirements in both languages, two people on it, one level recorded. */
function arrangeService(host: Host) {
  const [c1, c2] = (arrange(host, 'framework.get') as { competencies: Competency[] }).competencies;
  const unit = arrange(host, 'units.create', {
    kind: 'service',
    code: 'SAS',
    nameFr: "Service d'action sociale",
    nameAr: 'مصلحة العمل الاجتماعي',
  }) as { id: string };
  const job = arrange(host, 'jobs.create', {
    code: JOB_CODE,
    titleFr: 'Assistante sociale',
    titleAr: 'مساعدة اجتماعية',
    missionFr: 'Accueillir et orienter les familles en difficulté.',
    missionAr: 'استقبال الأسر في وضعية صعبة وتوجيهها.',
    activitiesFr: 'Instruire les demandes d’aide.\nTenir les dossiers à jour.',
    activitiesAr: 'دراسة طلبات المساعدة.\nتحيين الملفات.',
    requirements: [
      { competencyId: c1.id, requiredLevel: 3, importance: 'essential' },
      { competencyId: c2.id, requiredLevel: 2, importance: 'useful' },
    ],
  }) as { id: string };
  const person = (matricule: string, fr: [string, string], ar: [string, string]) =>
    arrange(host, 'staff.create', {
      matricule,
      gender: 'f',
      lastNameFr: fr[0],
      firstNameFr: fr[1],
      lastNameAr: ar[0],
      firstNameAr: ar[1],
      unitId: unit.id,
      jobId: job.id,
    }) as { id: string };
  const aicha = person(MATRICULE, ['Bennani', 'Aïcha'], ['بناني', 'عائشة']);
  person('CD-2023/002', ['Alaoui', 'Amal'], ['العلوي', 'أمل']);
  arrange(host, 'ratings.record', {
    staffId: aicha.id,
    competencyId: c1.id,
    level: 2,
    validFrom: '2025-01-10',
    source: 'evidence',
    reason: 'Dossier de suivi',
  });
  return { c1, c2, job };
}

/** The page as a PDF, read back: its text (`-layout` keeps a line's columns on one line) and its page count. */
async function readPdf(page: Page, name: string, options: { format?: 'A4' } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-both-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true, ...options });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOTS, `${name}-pdf`)]);
  const strip = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const layout = strip(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  const raw = strip(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  fs.rmSync(dir, { recursive: true, force: true });
  return { info, layout, raw, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

/** pdftotext splits Arabic words and moves numbers: compare words without spaces, marks or digits. */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\d]/g, '');

/**
 * The three documents that exist in both languages side by side, opened as a user does from the
 * Print menu's third item, printed to PDF and read back: French and Arabic words of each, codes
 * and matricules in their own order, the job sheet's two columns on the same lines of one page,
 * one interview form per person, the synthesis on landscape A4.
 */
test('fr: the job sheet in French and Arabic side by side, one A4 page, both columns on the same lines', async ({ page, host }) => {
  setUp(host, 'fr');
  const { c1 } = arrangeService(host);
  const jobsFr = words('features/jobs/i18n', 'fr').jobs;
  const jobsAr = words('features/jobs/i18n', 'ar').jobs;
  await open(page, host, '/staff');
  await go(page, 'fr', 'jobs');
  await page
    .getByRole('button', { name: /Assistante sociale/ })
    .first()
    .click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: shared('fr').common.printMenu }).click();
  // Three items here (the org chart keeps two).
  await expect(page.getByRole('menuitem')).toHaveCount(3);
  await page.getByRole('menuitem', { name: shared('fr').common.printBoth }).click();
  await expect(page).toHaveURL(/#\/job-sheet\?id=.*&lang=both/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Assistante sociale');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('مساعدة اجتماعية');
  // Each column says its language and direction.
  await expect(page.locator('.job-sheet h2 [lang="ar"][dir="rtl"]').first()).toHaveText(jobsAr.sections.mission);
  await expect(page.locator('.job-sheet h2 [lang="fr"][dir="ltr"]').first()).toHaveText(jobsFr.sections.mission);
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'both-job-sheet');

  const pdf = await readPdf(page, 'both-job-sheet', { format: 'A4' });
  expect(pdf.pages).toBe(1);
  expect(pdf.raw).toContain(JOB_CODE);
  expect(pdf.raw).toContain(c1.code);
  // The French heading and the Arabic heading of a section on one line of the page.
  const missionLine = pdf.layout.split('\n').find((l) => l.includes(jobsFr.sections.mission));
  expect(missionLine).toBeDefined();
  expect(squash(missionLine!)).toContain(squash(jobsAr.sections.mission));
  const text = squash(pdf.raw);
  for (const expected of ['Accueillir et orienter', 'استقبال الأسر', jobsFr.requirements, jobsAr.requirements, c1.nameFr, c1.nameAr])
    expect(text).toContain(squash(expected));
});

test('ar: the campaign interview forms in French and Arabic, one person per A4 page', async ({ page, host }) => {
  test.setTimeout(90_000);
  setUp(host, 'ar');
  const { c1 } = arrangeService(host);
  const campaign = arrange(host, 'campaigns.create', {
    code: 'BC-2025',
    titleFr: 'Bilan annuel 2025',
    titleAr: 'التقييم السنوي 2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    instructionsFr: 'Remplir avant l’entretien.',
    instructionsAr: 'تملأ قبل المقابلة.',
  }) as { id: string };
  arrange(host, 'campaigns.open', { id: campaign.id });
  const fr = words('features/reviews/i18n', 'fr').reviews;
  const ar = words('features/reviews/i18n', 'ar').reviews;
  await open(page, host, '/staff');
  await go(page, 'ar', 'reviews');
  await page.getByRole('button', { name: ar.print.campaign }).click();
  await page.getByRole('menuitem', { name: shared('ar').common.printBoth }).click();
  await expect(page).toHaveURL(/#\/interview-form\?campaign=.*&lang=both/);
  await expect(page.locator('.interview-form')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(fr.sheet.title);
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(ar.sheet.title);
  await expect(page.locator('.iv-matricule')).toHaveText(['CD-2023/002', MATRICULE]);
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'both-interview-form');

  const pdf = await readPdf(page, 'both-interview-form', { format: 'A4' });
  // One person per page, the table within the page's width.
  expect(pdf.pages).toBe(2);
  expect(pdf.raw).toContain(MATRICULE);
  const text = squash(pdf.raw);
  for (const expected of [
    fr.sheet.title,
    ar.sheet.title,
    fr.review.competency,
    ar.review.competency,
    fr.sheet.scale,
    ar.sheet.scale,
    'Remplir avant',
    'تملأ قبل المقابلة',
    c1.nameFr,
    c1.nameAr,
    'Bennani',
    'بناني',
    fr.sheet.signPerson,
    ar.sheet.signPerson,
  ])
    expect(text).toContain(squash(expected));
  const width = await page.evaluate(() => {
    const doc = document.querySelector('.interview-doc')!.getBoundingClientRect();
    const table = document.querySelector('.iv-items')!.getBoundingClientRect();
    return { doc: doc.width, table: table.right - doc.left };
  });
  expect(width.table).toBeLessThanOrEqual(width.doc);
});

test('fr: the service synthesis in French and Arabic on landscape A4', async ({ page, host }) => {
  setUp(host, 'fr');
  const { c1 } = arrangeService(host);
  const fr = words('features/gaps/i18n', 'fr').gaps;
  const ar = words('features/gaps/i18n', 'ar').gaps;
  await open(page, host, '/staff');
  await go(page, 'fr', 'gaps');
  await page.getByRole('button', { name: fr.synthesis.print }).click();
  await page.getByRole('menuitem', { name: shared('fr').common.printBoth }).click();
  await expect(page).toHaveURL(/#\/gaps-synthesis\?lang=both/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fr.synthesis.title);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ar.synthesis.title);
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'both-gaps-synthesis');

  const pdf = await readPdf(page, 'both-gaps-synthesis');
  expect(pdf.info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  expect(pdf.raw).toContain(c1.code);
  const text = squash(pdf.raw);
  for (const expected of [
    fr.matrix.title,
    ar.matrix.title,
    fr.status.oneBelow,
    ar.status.oneBelow,
    'Alaoui',
    'العلوي',
    c1.nameFr,
    c1.nameAr,
  ])
    expect(text).toContain(squash(expected));
});
