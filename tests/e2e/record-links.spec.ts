import { LANGS, arrange, expect, go, open, screenshot, setUp, test } from './fixtures';

type Job = { id: string; code: string; titleFr: string; titleAr: string; holders: number };
type Competency = { id: string; code: string; nameFr: string; nameAr: string; requiredByJobs: number };

/** The words a user reads, per language. */
const W = {
  fr: {
    jobs: 'Fiches de poste',
    holders: (n: number) => `${n} agents`,
    jobPill: (name: string) => `Poste : ${name}`,
    staffCount: (n: number) => `${n} agents`,
    edit: 'Modifier',
    print: 'Imprimer…',
    otherLang: 'En arabe',
    code: 'Code',
    titleFr: 'Intitulé du poste — français',
    save: 'Enregistrer',
    mission: 'Mission',
    requiredBy: (n: number) => `Requise par ${n} postes`,
    competencyPill: (name: string) => `Requièrent la compétence : ${name}`,
    back: 'Revenir à « Fiches de poste »',
  },
  ar: {
    jobs: 'بطاقات الوظائف',
    holders: (n: number) => (n > 10 ? `${n} موظفا` : `${n} موظفين`),
    jobPill: (name: string) => `الوظيفة: ${name}`,
    staffCount: (n: number) => (n > 10 ? `${n} موظفا` : `${n} موظفين`),
    edit: 'تعديل',
    print: 'طباعة…',
    otherLang: 'بالفرنسية',
    code: 'الرمز',
    titleFr: 'تسمية الوظيفة — بالفرنسية',
    save: 'حفظ',
    mission: 'المهمة',
    requiredBy: (n: number) => `تتطلبها ${n} وظائف`,
    competencyPill: (name: string) => `تتطلب الكفاءة: ${name}`,
    back: 'الرجوع إلى «بطاقات الوظائف»',
  },
};

for (const lang of LANGS) {
  test(`${lang}: a job's holders, the jobs requiring a competency, a job sheet read first then edited and printed`, async ({
    page,
    host,
  }) => {
    const w = W[lang];
    setUp(host, lang, { demo: true });
    const jobs = arrange(host, 'jobs.list', {}) as Job[];
    // A job held by a few people (3 to 10, so the Arabic plural is the "few" one).
    const job = jobs.find((j) => j.holders >= 3 && j.holders <= 10)!;
    const title = lang === 'fr' ? job.titleFr : job.titleAr;
    await open(page, host, '/staff');
    await go(page, lang, 'jobs');

    // The holders are a link to the staff list filtered by the job.
    const row = page.getByRole('table', { name: w.jobs }).getByRole('row').filter({ hasText: job.code });
    await row.getByRole('link', { name: new RegExp(`^${w.holders(job.holders)}`) }).click();
    await expect(page).toHaveURL(new RegExp(`#/staff\\?job=${job.id}$`));
    await expect(page.getByText(w.jobPill(title))).toBeVisible();
    await expect(page.getByText(w.staffCount(job.holders), { exact: true })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(job.holders + 1);
    await screenshot(page, `${lang}-staff-by-job`);

    // The job sheet opens to be read: no field, Edit and Print.
    await go(page, lang, 'jobs');
    await page
      .getByRole('button', { name: new RegExp(title) })
      .first()
      .click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('heading', { name: title, level: 3, exact: true })).toBeVisible();
    await expect(drawer.getByRole('heading', { name: w.mission })).toBeVisible();
    await expect(drawer.getByRole('textbox')).toHaveCount(0);
    await expect(drawer.getByRole('link', { name: w.holders(job.holders) })).toHaveAttribute('href', `#/staff?job=${job.id}`);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${lang}-job-sheet`);

    // Edit: the form, saved, and the sheet is read again with the change.
    await drawer.getByRole('button', { name: w.edit, exact: true }).click();
    await expect(drawer.getByRole('textbox', { name: w.code, exact: true })).toHaveValue(job.code);
    await screenshot(page, `${lang}-job-sheet-edit`);
    await drawer.getByRole('textbox', { name: w.titleFr, exact: true }).fill(`${job.titleFr} (révisé)`);
    await drawer.getByRole('button', { name: w.save }).click();
    await expect(drawer.getByRole('textbox')).toHaveCount(0);
    if (lang === 'fr') await expect(drawer.getByRole('heading', { name: `${job.titleFr} (révisé)`, level: 3, exact: true })).toBeVisible();
    expect((arrange(host, 'jobs.get', { id: job.id }) as Job).titleFr).toBe(`${job.titleFr} (révisé)`);

    // Print, in the other language: the same sheet as a document, with the shared print toolbar.
    await drawer.getByRole('button', { name: w.print }).click();
    await page.getByRole('menuitem', { name: w.otherLang, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/job-sheet\\?id=${job.id}&lang=${lang === 'fr' ? 'ar' : 'fr'}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'fr' ? job.titleAr : `${job.titleFr} (révisé)`);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await screenshot(page, `${lang}-job-sheet-print`);
    await page.getByRole('link', { name: w.back }).click();
    await expect(page.getByRole('table', { name: w.jobs })).toBeVisible();

    // The framework's "required by N jobs" leads to those jobs.
    const framework = arrange(host, 'framework.get', { includeArchived: true }) as { competencies: Competency[] };
    const competency = framework.competencies.find((c) => c.requiredByJobs >= 3 && c.requiredByJobs <= 10)!;
    const name = lang === 'fr' ? competency.nameFr : competency.nameAr;
    await go(page, lang, 'framework');
    await page.getByRole('listitem', { name }).scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-framework-required-by`);
    await page
      .getByRole('listitem', { name })
      .getByRole('link', { name: new RegExp(`^${w.requiredBy(competency.requiredByJobs)}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/jobs\\?competency=${competency.id}$`));
    await expect(page.getByText(w.competencyPill(name))).toBeVisible();
    await expect(page.getByRole('table', { name: w.jobs }).getByRole('row')).toHaveCount(competency.requiredByJobs + 1);
    await screenshot(page, `${lang}-jobs-by-competency`);
  });
}
