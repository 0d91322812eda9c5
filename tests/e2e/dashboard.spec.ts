import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Indicators } from '../../api/channels/evaluation';
import { closeContext } from '../../db/core/context';
import { dispatch } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { generateKeys } from '../../db/features/backup/keys';
import { openAppDatabase } from '../../db/installation/open-database';
import { LANGS, SCREENSHOTS, expect, expectNoSeriousViolations, go, open, screenshot, setUp, test, words } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

/** A figure as the screen writes it ("1 234", "57 %"), read back as a number. */
const numberIn = async (locator: Locator): Promise<number> => Number((await locator.innerText()).replace(/\D/g, ''));
const card = (page: Page, key: string) => page.locator(`[data-indicator="${key}"]`);

/** Opens a figure's records and gives the drawer, once its rows have come. */
async function records(page: Page, opener: Locator): Promise<Locator> {
  await opener.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.locator('[data-total]')).toBeVisible();
  return drawer;
}

/** The horizontal middle of an element on screen. */
const middle = async (locator: Locator): Promise<number> => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width / 2;
};

for (const lang of LANGS) {
  test(`${lang}: the dashboard's figures lead to their records, filter by unit, flag data quality, mirror in Arabic`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    setUp(host, lang, { demo: true });
    const w = words('features/dashboard/i18n', lang).dashboard;
    await open(page, host, '/staff');
    await go(page, lang, 'dashboard');
    await expect(card(page, 'staffTrained').locator('[data-value]')).toHaveText(/\d/);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `${lang}-dashboard`);
    await page.screenshot({ path: `${SCREENSHOTS}/${lang}-dashboard-full.png`, fullPage: true });

    // Staff trained: the figure is the number of people its drawer lists.
    const trained = await numberIn(card(page, 'staffTrained').locator('[data-value]'));
    expect(trained).toBeGreaterThan(0);
    let drawer = await records(page, card(page, 'staffTrained').getByRole('button'));
    await expect(drawer.locator('[data-total]')).toHaveAttribute('data-total', String(trained));
    await expect(drawer.locator('tr[data-record]')).toHaveCount(Math.min(trained, 500));
    await screenshot(page, `${lang}-dashboard-records`);

    // A record leads to its screen: the person's drawer opens on the staff screen.
    const first = drawer.locator('tr[data-record]').first();
    // Its detail starts with the matricule, which the person's form then shows.
    const matricule = (await first.locator('td').nth(1).innerText()).split(' · ')[0].trim();
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/#\/staff\?person=/);
    const staffWords = words('features/staff/i18n', lang).staff;
    await expect(page.getByRole('dialog').getByRole('textbox', { name: staffWords.matricule, exact: true })).toHaveValue(matricule);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // A unit filter: fewer staff, said to be filtered, kept in the address (a reload finds it).
    await go(page, lang, 'dashboard');
    const active = card(page, 'staffActive').locator('[data-value]');
    await expect(active).toHaveText(/\d/);
    const allActive = await numberIn(active);
    await page.getByRole('combobox', { name: w.filters.unit }).click();
    const option = page.getByRole('option').nth(1);
    const unitName = (await option.innerText()).trim();
    await option.click();
    await expect(page.getByTestId('dashboard-filtered')).toHaveText(w.filtered);
    await expect(page).toHaveURL(/#\/dashboard\?(.*&)?unit=/);
    await expect.poll(() => numberIn(active)).toBeLessThan(allActive);
    const unitActive = await numberIn(active);
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: w.filters.unit }).inputValue()).toContain(unitName);
    await expect.poll(() => numberIn(active)).toBe(unitActive);
    await page.getByRole('button', { name: w.filters.reset }).click();
    await expect(page.getByTestId('dashboard-filtered')).toHaveCount(0);
    await expect.poll(() => numberIn(active)).toBe(allActive);
    await expect(page).not.toHaveURL(/unit=/);

    // A year without training: zeros, and a dash with its reason where a figure cannot be computed.
    const empty = String(new Date().getFullYear() - 8);
    await page.getByRole('combobox', { name: w.filters.year }).click();
    await page.getByRole('option', { name: empty, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`year=${empty}`));
    await expect(card(page, 'sessionsDelivered').locator('[data-value]')).toHaveText('0');
    await expect(card(page, 'satisfactionIndex').locator('[data-value]')).toHaveText('—');
    await expect(card(page, 'satisfactionIndex')).toContainText(w.why.satisfactionIndex);
    await page.getByRole('combobox', { name: w.filters.year }).click();
    await page.getByRole('option', { name: String(new Date().getFullYear()), exact: true }).click();
    await expect.poll(() => numberIn(active)).toBe(allActive);

    // A data-quality flag: its count is the number of records it lists.
    const flag = page.locator('[data-flag="followUpsOverdue"]');
    const overdue = await numberIn(flag.locator('span').first());
    drawer = await records(page, flag);
    await expect(drawer).toContainText(w.figures.followUpsOverdue);
    await expect(drawer.locator('[data-total]')).toHaveAttribute('data-total', String(overdue));
    await page.keyboard.press('Escape');

    // A chart's values by keyboard: the table under the chart opens the same records as its bar.
    const chart = page.locator(`[data-chart="${w.charts.hoursByMonth}"]`);
    const cells = chart.locator('button[data-cell$=":staffHours"]');
    await cells.first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog').locator('[data-total]')).toBeVisible();
    await page.keyboard.press('Escape');

    // The months run with the reading: January right of December in Arabic, left in French.
    const ticks = await chart.locator('.recharts-cartesian-axis-tick-value').evaluateAll((nodes) =>
      nodes.map((n) => {
        const box = n.getBoundingClientRect();
        return { text: (n.textContent ?? '').trim(), x: box.x + box.width / 2 };
      }),
    );
    const monthLabel = (month: number) =>
      new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : 'fr-FR', { month: 'short', numberingSystem: 'latn' }).format(
        new Date(2000, month - 1, 15),
      );
    const january = ticks.find((k) => k.text === monthLabel(1))!.x;
    const december = ticks.find((k) => k.text === monthLabel(12))!.x;
    expect(lang === 'ar' ? january > december : january < december).toBe(true);
    // The value axis (the hours) stands at the reading start: right of the bars in Arabic.
    const plot = await middle(chart.locator('.recharts-cartesian-grid'));
    const values = ticks.filter((k) => /^[\d\s.,]+$/.test(k.text));
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((k) => (lang === 'ar' ? k.x > plot : k.x < plot))).toBe(true);
    // The bars follow their months.
    const bars = chart.locator('g[data-series="staffHours"]:has(path)');
    const months = await bars.evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-bar'))));
    expect(months.length).toBeGreaterThan(1);
    const xs = await Promise.all(months.map((m) => middle(chart.locator(`g[data-bar="${m}"][data-series="staffHours"]`))));
    const byPosition = months
      .map((m, i) => ({ m, x: xs[i] }))
      .sort((a, b) => a.x - b.x)
      .map((o) => o.m);
    expect(byPosition).toEqual([...months].sort((a, b) => (lang === 'ar' ? b - a : a - b)));

    await expectNoSeriousViolations(page);

    // An organisation's link (an association reached, a trainee's association) opens its drawer in the directory.
    const org = host.ctx.sqlite.prepare('SELECT id, name_fr AS nameFr, name_ar AS nameAr FROM organizations ORDER BY id LIMIT 1').get() as {
      id: string;
      nameFr: string;
      nameAr: string;
    };
    await page.goto(`${host.url}/#/directory?org=${org.id}`);
    await expect(page.getByRole('dialog')).toContainText(lang === 'ar' ? org.nameAr || org.nameFr : org.nameFr || org.nameAr);
  });
}

for (const lang of LANGS) {
  test(`${lang}: the dashboard prints within the page's width`, async ({ page, host }) => {
    setUp(host, lang, { demo: true });
    await open(page, host, '/dashboard');
    await expect(card(page, 'staffActive')).toBeVisible();
    // Printed, the page is an A4's width: nothing may stand beyond it (in Arabic an element set
    // 9999 px aside once made Chromium shrink the whole page and cut its left half).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
    const beyond = await page.evaluate(
      () =>
        [...document.querySelectorAll('body *')].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < -1 || r.right > 719);
        }).length,
    );
    expect(beyond).toBe(0);
  });
}

const PASSPHRASE = 'Ahfir partage 2026';

/** A partner commune with the demo data that shares only its aggregates; what its year's indicators are. */
async function aggregatesBackup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-partner-'));
  const ctx = openAppDatabase(path.join(dir, 'ahfir.sqlite'));
  dispatch('demo.load', { scale: 'commune' }, ctx);
  dispatch('settings.setup', { communeFr: 'Ahfir', communeAr: 'أحفير', role: 'sas', operatorName: 'Partenaire', language: 'fr' }, ctx);
  const year = dispatch('indicators.year', { year: new Date().getFullYear() }, ctx) as { ok: true; value: Indicators };
  const file = path.join(dir, 'sas-ahfir.sasbackup');
  await createBackup(ctx, { to: { passphrase: PASSPHRASE, scryptLogN: 12 }, keys: await generateKeys(), out: file, profile: 'aggregates' });
  closeContext(ctx);
  return { dir, file, indicators: year.value };
}

for (const lang of LANGS) {
  test(`${lang}: on a partner's aggregates the dashboard shows the partner's indicators, without filters`, async ({ page, host }) => {
    test.setTimeout(120_000);
    const partner = await aggregatesBackup();
    const p = words('features/partners/i18n', lang).partners;
    const w = words('features/dashboard/i18n', lang).dashboard;
    setUp(host, lang, { role: 'coordinator' });
    await open(page, host, '/partners');
    await page.locator('input[type=file]').setInputFiles(partner.file);
    await page.getByLabel(p.import.passphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: p.import.run }).click();
    const commune = lang === 'fr' ? 'Ahfir' : 'أحفير';
    const opener = page.getByRole('button', { name: p.list.openNamed.replace('{{name}}', commune) });
    await expect(opener).toBeVisible({ timeout: 30_000 });
    await opener.click();
    await go(page, lang, 'dashboard');

    await expect(page.getByText(w.aggregatesOnly)).toBeVisible();
    await expect(card(page, 'staffActive').locator('[data-value]')).toHaveText(/\d/);
    expect(await numberIn(card(page, 'staffActive').locator('[data-value]'))).toBe(partner.indicators.staffActive);
    expect(await numberIn(card(page, 'sessionsDelivered').locator('[data-value]'))).toBe(partner.indicators.sessionsDelivered);
    // Only the year can be chosen; no figure leads to records the partner did not send.
    await expect(page.getByRole('combobox', { name: w.filters.year })).toBeVisible();
    await expect(page.getByRole('combobox', { name: w.filters.unit })).toHaveCount(0);
    await expect(card(page, 'staffActive').getByRole('button')).toHaveCount(0);
    await expect(page.locator('[data-flag]')).toHaveCount(0);
    await screenshot(page, `${lang}-dashboard-partner`);
    fs.rmSync(partner.dir, { recursive: true, force: true });
  });
}
