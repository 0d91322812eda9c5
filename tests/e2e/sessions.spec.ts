import fs from 'node:fs';
import type { Page } from '@playwright/test';
import {
  LANGS,
  type Lang,
  type Words,
  arrange,
  expect,
  expectNoSeriousViolations,
  go,
  open,
  screenshot,
  setUp,
  shared,
  test,
  words,
} from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

type Host = Parameters<typeof setUp>[0];
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The next working day after today: where "Add a day" puts a new session's first day. */
function nextWorkingDay(): string {
  const d = new Date();
  do d.setDate(d.getDate() + 1);
  while (d.getDay() === 0 || d.getDay() === 6);
  return iso(d);
}

/** A plural sentence of the dictionary as i18next picks it (Intl plural rules), with its placeholders filled. */
function plural(group: Words, key: string, lang: Lang, count: number, params: Record<string, string> = {}): string {
  const form = new Intl.PluralRules(lang).select(count);
  const text = String(group[`${key}_${count === 0 ? 'zero' : form}`] ?? group[`${key}_other`]);
  return Object.entries({ count: String(count), n: String(count), ...params }).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), text);
}

/**
 * This year's plan with an action F1 of the course "Accueil du public" covering two agents'
 * needs; an association with a trainee; a trainer; and another session (outside the plan) with
 * the same trainer on the next working day, 09:00–12:30.
 */
function arrangeTraining(host: Host) {
  const year = new Date().getFullYear();
  const unit = arrange(host, 'units.create', {
    kind: 'service',
    code: 'SAS',
    nameFr: "Service d'action sociale",
    nameAr: 'مصلحة العمل الاجتماعي',
  }) as {
    id: string;
  };
  const person = (matricule: string, gender: 'f' | 'm', fr: [string, string], ar: [string, string]) =>
    arrange(host, 'staff.create', {
      matricule,
      lastNameFr: fr[0],
      firstNameFr: fr[1],
      lastNameAr: ar[0],
      firstNameAr: ar[1],
      gender,
      unitId: unit.id,
    }) as {
      id: string;
    };
  const amal = person('A-1', 'f', ['Alaoui', 'Amal'], ['العلوي', 'أمل']);
  const badr = person('B-2', 'm', ['Bennani', 'Badr'], ['بناني', 'بدر']);
  const need = (staffId: string) =>
    (
      arrange(host, 'needs.create', {
        population: 'staff',
        staffId,
        origin: 'survey',
        titleFr: 'Accueil du public',
        titleAr: 'استقبال العموم',
      }) as { id: string }
    ).id;
  const needIds = [need(amal.id), need(badr.id)];
  const course = arrange(host, 'courses.create', { code: 'ACC', titleFr: 'Accueil du public', titleAr: 'استقبال العموم', hours: 7 }) as {
    id: string;
  };
  const plan = arrange(host, 'plans.create', {
    year,
    audience: 'both',
    titleFr: `Plan ${year}`,
    titleAr: `مخطط ${year}`,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
  }) as { id: string };
  arrange(host, 'actions.create', {
    planId: plan.id,
    code: 'F1',
    titleFr: 'Accueil du public',
    titleAr: 'استقبال العموم',
    courseId: course.id,
    needIds,
  });
  arrange(host, 'trainers.create', { kind: 'external', nameFr: 'Tarik Benali', nameAr: 'طارق بنعلي' });
  const trainer = (arrange(host, 'trainers.list', {}) as { id: string }[])[0];
  const org = arrange(host, 'organizations.create', { nameFr: 'Association Nour', nameAr: 'جمعية النور' }) as { id: string };
  arrange(host, 'trainees.create', {
    organizationId: org.id,
    lastNameFr: 'Zahraoui',
    firstNameFr: 'Nadia',
    lastNameAr: 'الزهراوي',
    firstNameAr: 'نادية',
    gender: 'f',
  });
  const day = nextWorkingDay();
  arrange(host, 'sessions.create', {
    code: 'AUTRE-1',
    courseId: course.id,
    titleFr: 'Accueil du public (autre groupe)',
    titleAr: 'استقبال العموم (مجموعة أخرى)',
    trainerIds: [trainer.id],
    slots: [{ date: day, startTime: '09:00', endTime: '12:30' }],
  });
  return { day };
}

async function openPlan(page: Page, lang: Lang) {
  const w = words('features/plans/i18n', lang).plans;
  await go(page, lang, 'plans');
  // The plans screen opens the plan last looked at, else its list.
  const list = page.getByRole('table', { name: w.list.label });
  await expect(page.getByTestId('plan-status').or(list)).toBeVisible();
  if (await list.isVisible()) await list.getByRole('row').nth(1).click();
  await expect(page.getByTestId('plan-status')).toBeVisible();
}

for (const lang of LANGS) {
  test(`${lang}: a session of a plan action, its conflict, enrolment with a waiting list, the calendar and .ics`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    const w = words('features/sessions/i18n', lang).sessions;
    const p = words('features/plans/i18n', lang).plans;
    const common = shared(lang).common;
    const ar = lang === 'ar';
    setUp(host, lang);
    const { day } = arrangeTraining(host);
    const trainer = ar ? 'طارق بنعلي' : 'Tarik Benali';

    // 1. From the plan's action F1: "Create a session" opens the form with the action's proposal.
    await open(page, host, '/staff');
    await openPlan(page, lang);
    const row = page.locator('[data-action="F1"]');
    await row.getByRole('link', { name: p.actions.createSession }).click();
    const form = page.getByRole('dialog', { name: w.form.new });
    await expect(form.getByRole('textbox', { name: `${w.form.title} — ${common.inFrench}` })).toHaveValue('Accueil du public');
    await expect(form.getByTestId('outside-plan')).toHaveCount(0);

    // 2. A training day (two half-days), the trainer who is already elsewhere that morning, 2 places.
    await form.getByRole('button', { name: w.form.addDay }).click();
    await expect(form.locator('[data-slot]')).toHaveCount(2);
    await expect(form.getByTestId('slot-hours').first()).toContainText(w.parts.morning);
    await expect(form.getByTestId('slots-total')).toContainText('6,5');
    // A time typed the quick way ("1730") is read on the 24-hour clock: the afternoon grows by half an hour.
    const end = form.locator('[data-slot="1"]').getByRole('textbox', { name: w.form.end });
    await end.fill('1730');
    await end.press('Tab');
    await expect(end).toHaveValue('17:30');
    await expect(form.getByTestId('slots-total')).toContainText('7');
    await form.getByRole('textbox', { name: w.form.maxCapacity }).fill('2');
    await form.getByRole('combobox', { name: w.form.trainers }).click();
    await page.getByRole('option', { name: trainer }).click();
    await page.keyboard.press('Escape');
    const warning = form.getByTestId('form-conflicts');
    await expect(warning).toContainText(trainer);
    await expect(warning).toContainText('AUTRE-1');
    await expect(warning).toContainText('09:00');
    await screenshot(page, `${lang}-session-form-conflict`);

    // 3. Saving with the conflict asks first; saved anyway, the session's page opens.
    await form.getByRole('button', { name: common.save }).click();
    const confirm = page.getByRole('dialog', { name: w.form.confirmTitle });
    await expect(confirm).toContainText(trainer);
    await confirm.getByRole('button', { name: w.form.saveAnyway }).click();
    await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]+$/);
    const sessionUrl = page.url();
    await expect(page.getByTestId('session-action')).toContainText('F1');
    await expect(page.getByTestId('conflict-details')).toContainText(trainer);

    // 4. Participants: the two agents from the needs the action covers, and an association trainee found by name.
    await page.getByRole('tab', { name: w.tabs.participants }).click();
    await page.getByRole('button', { name: w.participants.add }).click();
    const adding = page.getByRole('dialog', { name: w.participants.add });
    await adding.getByRole('checkbox', { name: plural(w.participants, 'selectAllCandidates', lang, 2) }).check();
    await adding.getByRole('tab', { name: w.participants.bySearch }).click();
    await adding.getByText(String(w.participants.types.association), { exact: true }).click();
    await adding.getByRole('searchbox', { name: w.participants.searchLabel }).fill(ar ? 'الزهراوي' : 'Zahraoui');
    const nadia = ar ? 'الزهراوي نادية' : 'Zahraoui Nadia';
    await adding.getByRole('checkbox', { name: String(w.participants.select).replace('{{name}}', nadia) }).check();
    await adding.getByRole('button', { name: plural(w.participants, 'enrol', lang, 3) }).click();
    await expect(adding).toBeHidden();
    const table = page.getByRole('table', { name: w.participants.label });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table).toContainText(nadia);
    await expect(table).toContainText(w.participants.types.association);

    // 5. Approve all (who approved is asked), then book: two places, the third on the waiting list.
    await table.getByRole('checkbox', { name: w.participants.selectAll }).check();
    await page.getByRole('button', { name: w.participants.approve, exact: true }).click();
    const approving = page.getByRole('dialog', { name: w.participants.approveTitle });
    await approving.getByRole('textbox', { name: w.participants.decidedByLabel }).fill(ar ? 'رئيس المصلحة' : 'Le chef du service');
    await approving.getByRole('button', { name: w.participants.approve }).click();
    await expect(approving).toBeHidden();
    await expect(table.getByText(String(w.enrolmentStatuses.approved), { exact: true })).toHaveCount(3);
    await table.getByRole('checkbox', { name: w.participants.selectAll }).check();
    await page.getByRole('button', { name: w.participants.book }).click();
    await expect(page.getByTestId('change-report')).toBeVisible();
    await expect(table.getByText(String(w.enrolmentStatuses.booked), { exact: true })).toHaveCount(2);
    await expect(table.getByText(String(w.enrolmentStatuses.waitlisted), { exact: true })).toHaveCount(1);
    await expect(table.getByTestId('waitlist-position')).toHaveText(String(w.participants.positionShort).replace('{{n}}', '1'));
    await screenshot(page, `${lang}-session-participants`);
    await page.mouse.move(700, 760);
    await expectNoSeriousViolations(page);

    // 6. The calendar: the session in the month (with its conflict marked), then in its week; the list.
    const code = (await page.getByRole('heading', { level: 3 }).first().innerText())
      .split('—')[0]
      .trim()
      .replace(/[\u2066-\u2069]/g, '');
    await page.getByRole('link', { name: w.all }).click();
    await expect(page.getByTestId('calendar-month')).toBeVisible();
    if (day.slice(0, 7) !== iso(new Date()).slice(0, 7)) await page.getByRole('button', { name: w.calendar.nextMonth }).click();
    const chips = page.getByTestId('calendar-month').locator(`[data-session="${code}"]`);
    await expect(chips).toHaveCount(2);
    await expect(chips.first()).toHaveAttribute('data-conflict', 'true');
    await screenshot(page, `${lang}-sessions-month`);
    await page.mouse.move(700, 760);
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: w.calendar.today }).click();
    await page.getByText(String(w.calendar.week), { exact: true }).click();
    const week = page.getByTestId('calendar-week');
    if ((await week.locator(`[data-day="${day}"]`).count()) === 0) await page.getByRole('button', { name: w.calendar.nextWeek }).click();
    await expect(week.locator(`[data-day="${day}"] [data-session="${code}"]`)).toHaveCount(2);
    await expect(week.locator(`[data-day="${day}"] [data-session="AUTRE-1"]`)).toHaveCount(1);
    await expect(week.locator(`[data-day="${day}"] [data-session="${code}"]`).first()).toContainText(w.statuses.draft);
    await screenshot(page, `${lang}-sessions-week`);
    await page.getByText(String(w.display.list), { exact: true }).click();
    const list = page.getByRole('table', { name: w.list.label });
    const line = list.locator(`[data-session="${code}"]`);
    await expect(line).toContainText('2 / 2');
    await expect(line.getByTestId('conflict-mark')).toBeVisible();
    await screenshot(page, `${lang}-sessions-list`);

    // 7. Back on the plan, the action counts its session.
    await openPlan(page, lang);
    await expect(page.locator('[data-action="F1"]').getByTestId('action-sessions')).toContainText('1');
    await screenshot(page, `${lang}-plan-action-sessions`);
    await page.goto(sessionUrl);
    // 8. The .ics of this session (from its page) is a calendar file.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByRole('button', { name: w.view.ics }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
  });
}

/**
 * The demo's delivered plan as a user first finds it: sessions in the list (one with a conflict
 * left to see), the month's calendar, and a session's participants.
 */
for (const lang of LANGS) {
  test(`${lang}: the demo's sessions in the list, the calendar and a session's page`, async ({ page, host }) => {
    test.setTimeout(120_000);
    const w = words('features/sessions/i18n', lang).sessions;
    setUp(host, lang, { demo: true });
    await open(page, host, '/staff');
    await go(page, lang, 'sessions');
    await expect(page.getByTestId('calendar-month')).toBeVisible();
    await screenshot(page, `${lang}-demo-sessions-month`);
    await page.getByText(String(w.display.list), { exact: true }).click();
    const list = page.getByRole('table', { name: w.list.label });
    await expect(list.getByRole('row').nth(1)).toBeVisible();
    await expect(list.getByTestId('conflict-mark').first()).toBeVisible();
    await expect(list.getByText(String(w.statuses.cancelled), { exact: true }).first()).toBeVisible();
    await screenshot(page, `${lang}-demo-sessions-list`);
    await list.getByRole('row').nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]+$/);
    await page.getByRole('tab', { name: w.tabs.participants }).click();
    await expect(page.getByRole('table', { name: w.participants.label })).toBeVisible();
    await screenshot(page, `${lang}-demo-session-participants`);
  });
}
