import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { fullCase } from './indicators-fixture';

/**
 * The dashboards' hand-computed case: the indicators' case of 2025 (indicators-fixture.ts's
 * `fullCase`: staff Amal (f, DIR, job), Badr (f, SRV, job), Chama (f, SRV, no job), Elias (m, left
 * in June), Farid (m), Ghita (f, hired 31 December), Hanane (f, left 31 December), Driss (m, hired
 * 2026) — the last five in no unit and without a job; trainees Nadia (f) and Omar (m) of Espoir,
 * Rachid (m) of Nour; sessions S1 (March, evaluated), S2 (across New Year), S3 (cancelled), S4
 * (2024)), with what the other sections read, written with SQL as their services are not this
 * test's subject:
 *
 * - a plan of 2025 (adopted) with funders Commune and Programme; action A1 (course K1, planned
 *   800 MAD Commune + 400 MAD Programme) to which S1 belongs, its actual costs moved to the funders
 *   (1,000 Commune, 200.50 Programme); action A2 (300 MAD Commune) without a session; action A3
 *   cancelled (999 MAD) — so 2 actions, 1 done, planned 1,500 MAD, executed 1,200.50 MAD;
 * - S5, 15 September 2025, delivered without a single mark (imported that way: the service refuses
 *   it today), with an end-of-session round and no sheet;
 * - a 90-day follow-up round on S1 due 10 June 2025: Amal's is done, Elias's, Nadia's, Omar's and
 *   Rachid's are overdue (Badr was absent: none owed);
 * - needs beside the fixture's eight (unit needs of no unit): Amal's (planned, answered by A1),
 *   Badr's (qualified), Farid's (identified), one of unit SRV (fulfilled), one of Espoir (planned);
 * - campaigns BC-2024 (opened March 2024, closed June 2024: Amal, Badr, Chama validated) and
 *   BC-2025 (opened February 2025, still open: Amal and Chama validated, Badr rated, Farid
 *   cancelled). Weighted gaps (essential 3, important 2, useful 1): Amal 2024 = 3·(3−1) + 2·(2−1)
 *   + 1·0 = 8, Amal 2025 = 3·(3−2) + 0 + 1·(2−1) = 4, Badr 2024 = 2·(2−0) = 4, Chama none = 0;
 * - directory: domains Enfance (Espoir, Nour) and Handicap (Espoir), quartier Al Qods (Espoir);
 *   organisation Avenir (no trainee); subsidies of 2025: Espoir granted, Avenir paid, Nour
 *   rejected; Espoir also granted in 2024.
 */
export function dashboardCase(ctx: DataContext) {
  const k = fullCase(ctx);
  const run = (sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).run(...params);
  const id = () => newId();

  const plan = id();
  run(
    "INSERT INTO training_plans (id, year, title_fr, title_ar, period_start, period_end, status) VALUES (?, 2025, 'Plan 2025', 'مخطط 2025', '2025-01-01', '2025-12-31', 'adopted')",
    plan,
  );
  const commune = id();
  const programme = id();
  run("INSERT INTO plan_funders (id, plan_id, name_fr, name_ar, position) VALUES (?, ?, 'Commune', 'الجماعة', 0)", commune, plan);
  run("INSERT INTO plan_funders (id, plan_id, name_fr, name_ar, position) VALUES (?, ?, 'Programme', 'البرنامج', 1)", programme, plan);
  const action = (code: string, status: string, costs: [number, string][]) => {
    const a = id();
    run(
      'INSERT INTO plan_actions (id, plan_id, code, title_fr, course_id, status, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
      a,
      plan,
      code,
      `Action ${code}`,
      k.courseId,
      status,
      Number(code.slice(1)),
    );
    for (const [mad, funder] of costs)
      run(
        "INSERT INTO plan_action_costs (id, action_id, item, amount_centimes, funder_id) VALUES (?, ?, 'venue', ?, ?)",
        id(),
        a,
        mad * 100,
        funder,
      );
    return a;
  };
  const a1 = action('A1', 'in_progress', [
    [800, commune],
    [400, programme],
  ]);
  const a2 = action('A2', 'planned', [[300, commune]]);
  const a3 = action('A3', 'cancelled', [[999, commune]]);
  run('UPDATE training_sessions SET action_id = ? WHERE id = ?', a1, k.s1.id);
  run('UPDATE session_costs SET funder_id = ? WHERE session_id = ? AND amount_centimes = 100000', commune, k.s1.id);
  run('UPDATE session_costs SET funder_id = ? WHERE session_id = ? AND amount_centimes = 20050', programme, k.s1.id);

  const s5 = k.session(['2025-09-15']);
  run("UPDATE training_sessions SET status = 'delivered' WHERE id = ?", s5.id);
  const reaction = ctx.sqlite.prepare("SELECT id FROM questionnaires WHERE code = 'R-1'").pluck().get() as string;
  run(
    "INSERT INTO evaluation_rounds (id, session_id, questionnaire_id, moment, due_date) VALUES (?, ?, ?, 'end_sheet', '2025-09-15')",
    id(),
    s5.id,
    reaction,
  );
  run(
    "INSERT INTO evaluation_rounds (id, session_id, questionnaire_id, moment, due_date) VALUES (?, ?, ?, 'follow_up_90', '2025-06-10')",
    id(),
    k.s1.id,
    reaction,
  );

  const need = (population: string, state: string, who: { staffId?: string; unitId?: string; organizationId?: string }) => {
    const n = id();
    run(
      "INSERT INTO training_needs (id, population, staff_id, unit_id, organization_id, origin, title_fr, state) VALUES (?, ?, ?, ?, ?, 'request', 'Besoin', ?)",
      n,
      population,
      who.staffId ?? null,
      who.unitId ?? null,
      who.organizationId ?? null,
      state,
    );
    return n;
  };
  const amalNeed = need('staff', 'planned', { staffId: k.amal.id });
  run('INSERT INTO plan_action_needs (action_id, need_id) VALUES (?, ?)', a1, amalNeed);
  need('staff', 'qualified', { staffId: k.badr.id });
  need('staff', 'identified', { staffId: k.farid.id });
  need('unit', 'fulfilled', { unitId: k.srv.id });
  need('association', 'planned', { organizationId: k.org.id });

  const campaign = (code: string, openedAt: string, closedAt: string | null) => {
    const c = id();
    run(
      'INSERT INTO review_campaigns (id, code, title_fr, period_start, period_end, status, opened_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      c,
      code,
      `Bilans ${code.slice(3)}`,
      openedAt.slice(0, 10),
      openedAt.slice(0, 10),
      closedAt ? 'closed' : 'open',
      openedAt,
      closedAt,
    );
    return c;
  };
  const review = (campaignId: string, staffId: string, state: string, items: [string, number, string, number][] = []) => {
    const r = id();
    run('INSERT INTO reviews (id, campaign_id, staff_id, state) VALUES (?, ?, ?, ?)', r, campaignId, staffId, state);
    for (const [competencyId, required, importance, agreed] of items)
      run(
        'INSERT INTO review_items (id, review_id, competency_id, required_level, importance, agreed_level) VALUES (?, ?, ?, ?, ?, ?)',
        id(),
        r,
        competencyId,
        required,
        importance,
        agreed,
      );
    return r;
  };
  const bc2024 = campaign('BC-2024', '2024-03-01T08:00:00.000Z', '2024-06-30T16:00:00.000Z');
  const bc2025 = campaign('BC-2025', '2025-02-01T08:00:00.000Z', null);
  review(bc2024, k.amal.id, 'validated', [
    [k.c1.id, 3, 'essential', 1],
    [k.c2.id, 2, 'important', 1],
    [k.c3.id, 2, 'useful', 2],
  ]);
  review(bc2024, k.badr.id, 'validated', [
    [k.c1.id, 3, 'essential', 3],
    [k.c2.id, 2, 'important', 0],
  ]);
  review(bc2024, k.chama.id, 'validated');
  review(bc2025, k.amal.id, 'validated', [
    [k.c1.id, 3, 'essential', 2],
    [k.c2.id, 2, 'important', 2],
    [k.c3.id, 2, 'useful', 1],
  ]);
  const badrReview = review(bc2025, k.badr.id, 'rated', [[k.c1.id, 3, 'essential', 1]]);
  review(bc2025, k.chama.id, 'validated');
  review(bc2025, k.farid.id, 'cancelled');

  const term = (kind: string, code: string, nameFr: string, nameAr: string) => {
    const t = id();
    run('INSERT INTO directory_terms (id, kind, code, name_fr, name_ar) VALUES (?, ?, ?, ?, ?)', t, kind, code, nameFr, nameAr);
    return t;
  };
  const enfance = term('domain', 'ENF', 'Enfance', 'الطفولة');
  const handicap = term('domain', 'HAN', 'Handicap', 'الإعاقة');
  const alQods = term('quartier', 'QDS', 'Al Qods', 'القدس');
  const tag = (organizationId: string, termId: string) =>
    run('INSERT INTO organization_terms (organization_id, term_id) VALUES (?, ?)', organizationId, termId);
  tag(k.org.id, enfance);
  tag(k.org.id, handicap);
  tag(k.nour.id, enfance);
  run('INSERT INTO organization_locations (id, organization_id, quartier_id) VALUES (?, ?, ?)', id(), k.org.id, alQods);
  const avenir = id();
  run(
    "INSERT INTO organizations (id, name_fr, name_ar, sort_name_fr) VALUES (?, 'Association Avenir', 'جمعية المستقبل', 'association avenir')",
    avenir,
  );
  const subsidy = (organizationId: string, year: number, status: string) =>
    run('INSERT INTO subsidies (id, organization_id, year, status) VALUES (?, ?, ?, ?)', id(), organizationId, year, status);
  subsidy(k.org.id, 2025, 'granted');
  subsidy(avenir, 2025, 'paid');
  subsidy(k.nour.id, 2025, 'rejected');
  subsidy(k.org.id, 2024, 'granted');

  return { ...k, plan, commune, programme, a1, a2, a3, s5, bc2024, bc2025, badrReview, enfance, handicap, alQods, avenir };
}
