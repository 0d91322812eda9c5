import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LANGS, expect, go, open, screenshot, setUp, shared, test, words } from './fixtures';

/**
 * The directory of trainings and trainers, in both languages on the demo data: a course added
 * with a competency and its target level, an external trainer added with their consent, both
 * found in the lists; the three tabs and a form seen; the printed directory read back from the PDF.
 */
for (const lang of LANGS) {
  test(`${lang}: a course and a trainer added, the three tabs, the directory of trainings printed`, async ({ page, host }) => {
    test.setTimeout(180_000);
    const w = words('features/catalogue/i18n', lang).catalogue;
    const common = shared(lang).common;
    const ar = lang === 'ar';
    setUp(host, lang, { demo: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    await open(page, host, '/staff');
    await go(page, lang, 'catalogue');
    await expect(page.getByRole('table', { name: w.tabs.courses }).getByRole('row').nth(1)).toBeVisible();
    await screenshot(page, `${lang}-catalogue-courses`);

    // 1. A course with a competency and its target level.
    const courseTitle = ar ? 'الإصغاء في الميدان' : 'Écoute sur le terrain';
    await page.getByRole('button', { name: w.newCourse }).click();
    const drawer = page.getByRole('dialog', { name: w.newCourse });
    await drawer.getByRole('textbox', { name: w.fields.code }).fill('E2E-01');
    await drawer.getByRole('textbox', { name: `${w.fields.title} — ${ar ? common.inArabic : common.inFrench}` }).fill(courseTitle);
    await drawer.getByRole('button', { name: w.addCompetency }).click();
    await drawer.getByRole('combobox', { name: w.competencyN.replace('{{n}}', '1') }).click();
    await page.getByRole('option', { name: /REL-COM/ }).click();
    await screenshot(page, `${lang}-catalogue-course-form`);
    await drawer.getByRole('button', { name: common.save }).click();
    await expect(drawer).toHaveCount(0);
    await page.getByRole('searchbox', { name: w.searchLabel }).fill('E2E-01');
    const courses = page.getByRole('table', { name: w.tabs.courses });
    await expect(courses.getByRole('row')).toHaveCount(2);
    await expect(courses.getByRole('row').nth(1)).toContainText(courseTitle);
    await expect(courses.getByRole('row').nth(1)).toContainText('REL-COM');

    // 2. An external trainer who consented to be shared (the consent date fills in).
    const trainerName = ar ? 'نادية الفاسي' : 'Nadia Fassi';
    await page.getByRole('tab', { name: w.tabs.trainers }).click();
    await expect(page.getByRole('table', { name: w.tabs.trainers }).getByRole('row').nth(1)).toBeVisible();
    await screenshot(page, `${lang}-catalogue-trainers`);
    await page.getByRole('button', { name: w.newTrainer }).click();
    const tDrawer = page.getByRole('dialog', { name: w.newTrainer });
    await tDrawer.getByRole('textbox', { name: `${w.fields.name} — ${ar ? common.inArabic : common.inFrench}` }).fill(trainerName);
    await tDrawer.getByRole('textbox', { name: w.fields.email }).fill('nadia.fassi@example.ma');
    await tDrawer.getByRole('checkbox', { name: w.fields.shareConsent }).check();
    await expect(tDrawer.getByRole('textbox', { name: w.fields.consentDate })).not.toHaveValue('');
    await screenshot(page, `${lang}-catalogue-trainer-form`);
    await tDrawer.getByRole('button', { name: common.save }).click();
    await expect(tDrawer).toHaveCount(0);
    await page.getByRole('searchbox', { name: w.searchLabel }).fill(trainerName);
    const trainers = page.getByRole('table', { name: w.tabs.trainers });
    await expect(trainers.getByRole('row')).toHaveCount(2);
    await expect(trainers.getByRole('row').nth(1)).toContainText(w.consentYes);

    // 3. The venues.
    await page.getByRole('tab', { name: w.tabs.venues }).click();
    await expect(page.getByRole('table', { name: w.tabs.venues }).getByRole('row')).toHaveCount(6);
    await screenshot(page, `${lang}-catalogue-venues`);

    // 4. The directory of trainings and trainers, printed in the screen's language.
    await page.getByRole('button', { name: w.print }).click();
    await page.getByRole('menuitem', { name: common[ar ? 'printAr' : 'printFr'] }).click();
    await expect(page).toHaveURL(/#\/training-directory\?/);
    await expect(page.getByRole('heading', { name: w.directory.title })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${lang}-catalogue-directory`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-directory-'));
    const pdf = path.join(dir, 'directory.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const raw = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    expect(raw).toContain('E2E-01');
    expect(raw).toContain('nadia.fassi@example.ma');
    // pdftotext splits Arabic words and moves numbers: compare words without spaces or digits.
    const squash = (s: string) => s.normalize('NFKC').replace(/[\s\d\u064B-\u065F]/g, '');
    const text = squash(raw);
    for (const expected of [w.directory.title, w.directory.trainers, courseTitle, trainerName, w.directory.contactWithheld]) {
      expect(text).toContain(squash(expected));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
