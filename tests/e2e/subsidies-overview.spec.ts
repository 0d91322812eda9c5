import { D } from './directory-labels';
import { LANGS, arrange, expect, go, open, screenshot, setUp, test, expectNoSeriousViolations } from './fixtures';

type Total = { key: string; count: number };
type Overdue = { year: number; organizationNameFr: string; organizationNameAr: string; grantedCentimes: number };

/** The words of the overview a user reads, per language. */
const W = {
  fr: {
    total: 'Total',
    overdueList: 'Rapports en retard',
    filter: 'Filtrer par organisation ou programme',
    year: 'Année',
    granted: 'Montant accordé',
    next: 'Page suivante',
    range: (a: number, b: number, n: number) => `${a}–${b} sur ${n}`,
  },
  ar: {
    total: 'المجموع',
    overdueList: 'التقارير المتأخرة',
    filter: 'تصفية حسب الهيئة أو البرنامج',
    year: 'السنة',
    granted: 'المبلغ الممنوح',
    next: 'الصفحة التالية',
    range: (a: number, b: number, n: number) => `${a}–${b} من أصل ${n}`,
  },
};

for (const lang of LANGS) {
  test(`${lang}: the subsidies overview adds up the years, and its overdue reports are paged, sorted and filtered`, async ({
    page,
    host,
  }) => {
    const w = W[lang];
    const d = D[lang];
    setUp(host, lang, { demo: true });
    const years = arrange(host, 'subsidies.totals', { by: 'year' }) as Total[];
    const overdue = arrange(host, 'subsidies.overdue', {}) as Overdue[];
    expect(overdue.length).toBeGreaterThan(15);
    await open(page, host, '/staff');
    await go(page, lang, 'directory');
    await page.getByRole('tab', { name: d.subsidiesTab }).click();

    // The grand total of the years: as many subsidies as the years hold together.
    const byYear = page.getByRole('table', { name: d.byYear });
    const total = byYear.getByRole('row', { name: new RegExp(`^${w.total}`) });
    const n = new Intl.NumberFormat('fr-FR'); // the app's figures: thousands apart by a space in both languages
    await expect(total.getByRole('cell').first()).toHaveText(n.format(years.reduce((s, y) => s + y.count, 0)));

    // Overdue reports: 15 to a page, then the next ones.
    const list = page.getByRole('table', { name: w.overdueList });
    const rows = list.getByRole('row');
    await expect(rows).toHaveCount(16);
    await expect(page.getByText(w.range(1, 15, overdue.length))).toBeVisible();
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${lang}-directory-subsidies-totals`);
    await rows.nth(15).scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-directory-subsidies-overdue`);
    await page.getByRole('button', { name: w.next }).click();
    await expect(page.getByText(w.range(16, Math.min(30, overdue.length), overdue.length))).toBeVisible();

    // Sorted by the amount granted, largest first on a second click.
    const granted = list.getByRole('columnheader', { name: new RegExp(w.granted) });
    await granted.getByRole('button').click();
    await expect(granted).toHaveAttribute('aria-sort', 'ascending');
    await granted.getByRole('button').click();
    await expect(granted).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByText(w.range(1, 15, overdue.length))).toBeVisible();
    const largest = overdue.reduce((m, s) => Math.max(m, s.grantedCentimes), 0);
    const first = overdue.find((s) => s.grantedCentimes === largest)!;
    await expect(rows.nth(1)).toContainText(lang === 'fr' ? first.organizationNameFr : first.organizationNameAr);

    // Narrowed to one year, then to one organisation's name.
    const year = overdue[0].year;
    const inYear = overdue.filter((s) => s.year === year);
    await page.getByRole('combobox', { name: w.year, exact: true }).click();
    await page.getByRole('option', { name: String(year), exact: true }).click();
    await expect(page.getByText(w.range(1, Math.min(15, inYear.length), inYear.length))).toBeVisible();
    const name = lang === 'fr' ? inYear[0].organizationNameFr : inYear[0].organizationNameAr;
    await page.getByRole('searchbox', { name: w.filter }).fill(name);
    const named = inYear.filter((s) => (lang === 'fr' ? s.organizationNameFr : s.organizationNameAr) === name).length;
    await expect(rows).toHaveCount(named + 1);
    for (const cell of await rows.locator('td:first-child').all()) await expect(cell).toHaveText(name);
    await screenshot(page, `${lang}-directory-subsidies-overdue-filtered`);

    await expectNoSeriousViolations(page);
  });
}
