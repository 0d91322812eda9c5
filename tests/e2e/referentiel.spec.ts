import fs from 'node:fs';
import { LANGS, arrange, expect, expectNoSeriousViolations, go, open, screenshot, setUp, shared, test, words } from './fixtures';

/** A partner's référentiel: one competency changed, one new, a new job sheet requiring it. */
const FILE = {
  format: 'sas-referentiel',
  version: 1,
  categories: [{ code: 'SOC', nameFr: 'Intervention sociale', nameAr: 'التدخل الاجتماعي' }],
  competencies: [
    {
      code: 'SOC-MED',
      category: 'SOC',
      nameFr: 'Médiation familiale',
      nameAr: 'الوساطة الأسرية',
      descriptionFr: 'Accompagner les familles en conflit vers un accord.',
      descriptionAr: 'مواكبة الأسر المتنازعة نحو اتفاق.',
    },
  ],
  jobs: [
    {
      code: 'MED-01',
      titleFr: 'Médiateur familial',
      titleAr: 'وسيط أسري',
      missionFr: 'Prévenir les ruptures familiales.',
      missionAr: 'الوقاية من التفكك الأسري.',
      requirements: [{ competency: 'SOC-MED', level: 3, importance: 'essential' }],
    },
  ],
};

const competencyCodes = (host: Parameters<typeof arrange>[0]) =>
  (arrange(host, 'framework.get', {}) as { competencies: { code: string }[] }).competencies.map((c) => c.code);

/**
 * The framework page exports the référentiel as a file, and imports a partner's: the preview
 * lists what would be created, nothing is written before Confirm, then the new competency is in
 * the catalogue.
 */
for (const lang of LANGS) {
  test(`${lang}: export the référentiel, import a partner's through the preview, confirm`, async ({ page, host }) => {
    const w = words('features/framework/i18n', lang).framework.referentiel;
    setUp(host, lang);
    await open(page, host, '/staff');
    await go(page, lang, 'framework');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: w.export }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^referentiel-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(fs.readFileSync(await saved.path(), 'utf8')) as { format: string; competencies: unknown[] };
    expect(exported.format).toBe('sas-referentiel');
    expect(exported.competencies).toHaveLength(15);

    await page.getByRole('button', { name: w.import }).click();
    const dialog = page.getByRole('dialog', { name: w.title });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'referentiel-partenaire.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(FILE)),
    });
    const preview = dialog.getByRole('region', { name: w.previewTitle });
    const competencies = preview.getByRole('region', { name: w.kinds.competency });
    await expect(competencies).toContainText(w.actions.create);
    await expect(competencies).toContainText('SOC-MED');
    await expect(competencies).toContainText(lang === 'ar' ? 'الوساطة الأسرية' : 'Médiation familiale');
    await expect(preview.getByRole('region', { name: w.kinds.job })).toContainText('MED-01');
    await expect(preview.getByRole('region', { name: w.kinds.category })).toContainText(w.actions.unchanged);
    // The preview is a dry run: nothing written yet.
    expect(competencyCodes(host)).not.toContain('SOC-MED');
    await screenshot(page, `${lang}-referentiel-preview`);
    await expectNoSeriousViolations(page);

    await dialog.getByRole('button', { name: w.confirm }).click();
    await expect(dialog).toContainText(w.doneTitle);
    expect(competencyCodes(host)).toContain('SOC-MED');
    // The done step's own Close button (the × in the title bar has the same name).
    await dialog
      .getByRole('button', { name: shared(lang).common.close })
      .last()
      .click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main')).toContainText(lang === 'ar' ? 'الوساطة الأسرية' : 'Médiation familiale');
  });

  test(`${lang}: a référentiel with a problem is refused whole in the preview`, async ({ page, host }) => {
    const w = words('features/framework/i18n', lang).framework.referentiel;
    setUp(host, lang);
    await open(page, host, '/staff');
    await go(page, lang, 'framework');
    await page.getByRole('button', { name: w.import }).click();
    const dialog = page.getByRole('dialog', { name: w.title });
    const bad = { ...FILE, jobs: [{ ...FILE.jobs[0], requirements: [{ competency: 'NOPE', level: 2, importance: 'useful' }] }] };
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(dialog.getByRole('alert')).toContainText(w.refusedTitle);
    await expect(dialog.getByRole('alert')).toContainText('NOPE');
    await expect(dialog.getByRole('button', { name: w.confirm })).toBeDisabled();
    await screenshot(page, `${lang}-referentiel-refused`);
    expect(competencyCodes(host)).not.toContain('SOC-MED');
  });
}
