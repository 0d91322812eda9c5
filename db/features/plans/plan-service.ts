import type { z } from 'zod';
import type { Plan, PlanAction, PlanSummary, axisInput, axisUpdate, planCreate, planUpdate } from '../../../api/channels/plans';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { releaseNeeds } from './actions';
import { planCoverage } from './coverage';
import { changeGuard, recordVersion } from './versions';

const SUMMARY = `SELECT p.id, p.year, p.audience, p.title_fr AS titleFr, p.title_ar AS titleAr, p.status, p.version,
    p.budget_centimes AS budgetCentimes,
    coalesce((SELECT sum(c.amount_centimes) FROM plan_action_costs c JOIN plan_actions a ON a.id = c.action_id
              WHERE a.plan_id = p.id AND a.status <> 'cancelled'), 0) AS plannedCentimes,
    (SELECT count(*) FROM plan_actions a WHERE a.plan_id = p.id) AS actions,
    (SELECT count(DISTINCT l.need_id) FROM plan_action_needs l JOIN plan_actions a ON a.id = l.action_id WHERE a.plan_id = p.id) AS needsCovered
  FROM training_plans p`;

export function listPlans(ctx: DataContext): PlanSummary[] {
  return stmt(ctx, `${SUMMARY} ORDER BY p.year DESC, p.audience`).all() as PlanSummary[];
}

type ActionRow = Omit<PlanAction, 'costs' | 'needIds' | 'totalCentimes'>;

export function getPlan(ctx: DataContext, id: string): Plan {
  const summary = stmt(ctx, `${SUMMARY} WHERE p.id = ?`).get(id) as PlanSummary | undefined;
  if (!summary) throw notFound();
  const more = stmt(
    ctx,
    `SELECT context_fr AS contextFr, context_ar AS contextAr, period_start AS periodStart, period_end AS periodEnd, eur_rate AS eurRate,
       evaluation_fr AS evaluationFr, evaluation_ar AS evaluationAr, decision_reference AS decisionReference, decision_date AS decisionDate
     FROM training_plans WHERE id = ?`,
  ).get(id) as Omit<Plan, keyof PlanSummary | 'funders' | 'axes' | 'actionList' | 'byAxis' | 'byFunder' | 'coverage'>;
  const funders = stmt(
    ctx,
    'SELECT id, name_fr AS nameFr, name_ar AS nameAr, amount_centimes AS amountCentimes, position FROM plan_funders WHERE plan_id = ? ORDER BY position, id',
  ).all(id) as Plan['funders'];
  const axes = stmt(
    ctx,
    `SELECT id, code, title_fr AS titleFr, title_ar AS titleAr, programme_result AS programmeResult, action_plan_ref AS actionPlanRef, position
     FROM plan_axes WHERE plan_id = ? ORDER BY position, code, id`,
  ).all(id) as Plan['axes'];
  const actions = stmt(
    ctx,
    `SELECT a.id, a.plan_id AS planId, a.axis_id AS axisId, a.code, a.title_fr AS titleFr, a.title_ar AS titleAr, a.objectives_fr AS objectivesFr,
       a.objectives_ar AS objectivesAr, a.course_id AS courseId, coalesce(c.code, '') AS courseCode, coalesce(c.title_fr, '') AS courseTitleFr,
       coalesce(c.title_ar, '') AS courseTitleAr, a.audience, a.women, a.men, a.staff_count AS staffCount, a.association_count AS associationCount,
       a.sessions, a.modality, a.provider_fr AS providerFr, a.provider_ar AS providerAr, a.hours, a.period_kind AS periodKind,
       a.period_value AS periodValue, a.evaluation_level AS evaluationLevel, a.status, a.position
     FROM plan_actions a LEFT JOIN courses c ON c.id = a.course_id WHERE a.plan_id = ? ORDER BY a.position, a.code, a.id`,
  ).all(id) as ActionRow[];
  const costs = stmt(
    ctx,
    `SELECT c.id, c.action_id AS actionId, c.item, c.amount_centimes AS amountCentimes, c.funder_id AS funderId
     FROM plan_action_costs c JOIN plan_actions a ON a.id = c.action_id WHERE a.plan_id = ? ORDER BY c.rowid`,
  ).all(id) as (PlanAction['costs'][number] & { actionId: string })[];
  const links = stmt(
    ctx,
    'SELECT l.action_id AS actionId, l.need_id AS needId FROM plan_action_needs l JOIN plan_actions a ON a.id = l.action_id WHERE a.plan_id = ?',
  ).all(id) as { actionId: string; needId: string }[];
  const actionList: PlanAction[] = actions.map((a) => {
    const own = costs.filter((c) => c.actionId === a.id).map(({ actionId: _, ...c }) => c);
    return {
      ...a,
      costs: own,
      totalCentimes: own.reduce((s, c) => s + c.amountCentimes, 0),
      needIds: links.filter((l) => l.actionId === a.id).map((l) => l.needId),
    };
  });
  const live = actionList.filter((a) => a.status !== 'cancelled');
  const sumBy = <K extends string | null>(keyOf: (a: PlanAction, c: PlanAction['costs'][number]) => K) => {
    const m = new Map<K, number>();
    for (const a of live) for (const c of a.costs) m.set(keyOf(a, c), (m.get(keyOf(a, c)) ?? 0) + c.amountCentimes);
    return m;
  };
  const byAxis = [...sumBy((a) => a.axisId)].map(([axisId, totalCentimes]) => ({ axisId, totalCentimes }));
  const byFunder = [...sumBy((_, c) => c.funderId)].map(([funderId, totalCentimes]) => ({ funderId, totalCentimes }));
  return { ...summary, ...more, funders, axes, actionList, byAxis, byFunder, coverage: planCoverage(ctx, id, summary.audience) };
}

type PlanInput = z.output<typeof planCreate>;
const FIELDS = {
  year: 'year',
  audience: 'audience',
  titleFr: 'title_fr',
  titleAr: 'title_ar',
  contextFr: 'context_fr',
  contextAr: 'context_ar',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  budgetCentimes: 'budget_centimes',
  eurRate: 'eur_rate',
  evaluationFr: 'evaluation_fr',
  evaluationAr: 'evaluation_ar',
} as const;
const KEYS = Object.keys(FIELDS) as (keyof typeof FIELDS)[];

function assertFree(ctx: DataContext, v: PlanInput, id: string | null) {
  const other = stmt(ctx, 'SELECT id FROM training_plans WHERE year = ? AND audience = ?').get(v.year, v.audience) as
    { id: string } | undefined;
  if (other && other.id !== id)
    throw new DomainError('conflict', 'errors.planExists', { issues: [{ path: 'year', message: 'errors.planExists' }] });
}

/** The plan's funders become those given: matched by id, new ones added, missing ones removed (their cost lines keep no funder). */
function writeFunders(ctx: DataContext, planId: string, funders: PlanInput['funders']) {
  const kept = new Set<string>();
  funders.forEach((f, position) => {
    if (f.id && stmt(ctx, 'SELECT 1 FROM plan_funders WHERE id = ? AND plan_id = ?').get(f.id, planId)) {
      stmt(ctx, 'UPDATE plan_funders SET name_fr = ?, name_ar = ?, amount_centimes = ?, position = ?, updated_at = ? WHERE id = ?').run(
        f.nameFr,
        f.nameAr,
        f.amountCentimes,
        position,
        nowIso(),
        f.id,
      );
      kept.add(f.id);
    } else {
      const id = newId();
      stmt(ctx, 'INSERT INTO plan_funders (id, plan_id, name_fr, name_ar, amount_centimes, position) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        planId,
        f.nameFr,
        f.nameAr,
        f.amountCentimes,
        position,
      );
      kept.add(id);
    }
  });
  for (const { id } of stmt(ctx, 'SELECT id FROM plan_funders WHERE plan_id = ?').all(planId) as { id: string }[])
    if (!kept.has(id)) stmt(ctx, 'DELETE FROM plan_funders WHERE id = ?').run(id);
}

export function createPlan(ctx: DataContext, v: PlanInput): Plan {
  const id = newId();
  inTransaction(ctx, () => {
    assertFree(ctx, v, null);
    stmt(
      ctx,
      `INSERT INTO training_plans (id, ${KEYS.map((k) => FIELDS[k]).join(', ')}) VALUES (?, ${KEYS.map(() => '?').join(', ')})`,
    ).run(id, ...KEYS.map((k) => v[k]));
    writeFunders(ctx, id, v.funders);
    recordAudit(ctx, 'plans', id, 'create', [...KEYS, 'funders']);
  });
  return getPlan(ctx, id);
}

export function updatePlan(ctx: DataContext, v: z.output<typeof planUpdate>): Plan {
  inTransaction(ctx, () => {
    const done = changeGuard(ctx, v.id, v.changeNote);
    assertFree(ctx, v, v.id);
    stmt(ctx, `UPDATE training_plans SET ${KEYS.map((k) => `${FIELDS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...KEYS.map((k) => v[k]),
      nowIso(),
      v.id,
    );
    writeFunders(ctx, v.id, v.funders);
    recordAudit(ctx, 'plans', v.id, 'update', [...KEYS, 'funders']);
    done();
  });
  return getPlan(ctx, v.id);
}

export function deletePlan(ctx: DataContext, id: string): { deleted: boolean } {
  inTransaction(ctx, () => {
    const p = stmt(ctx, 'SELECT status FROM training_plans WHERE id = ?').get(id) as { status: string } | undefined;
    if (!p) throw notFound();
    if (p.status !== 'draft') throw new DomainError('conflict', 'errors.planNotDraft');
    const needs = (
      stmt(
        ctx,
        'SELECT DISTINCT l.need_id AS id FROM plan_action_needs l JOIN plan_actions a ON a.id = l.action_id WHERE a.plan_id = ?',
      ).all(id) as { id: string }[]
    ).map((r) => r.id);
    stmt(ctx, 'DELETE FROM training_plans WHERE id = ?').run(id);
    releaseNeeds(ctx, needs);
    recordAudit(ctx, 'plans', id, 'delete');
  });
  return { deleted: true };
}

/** The way a plan goes: draft ⇄ submitted → adopted (plans.adopt) → in execution → closed. */
const NEXT: Record<string, readonly string[]> = {
  draft: ['submitted'],
  submitted: ['draft'],
  adopted: ['in_execution'],
  in_execution: ['closed'],
  closed: [],
};

export function setPlanStatus(ctx: DataContext, id: string, status: string): Plan {
  inTransaction(ctx, () => {
    const p = stmt(ctx, 'SELECT status FROM training_plans WHERE id = ?').get(id) as { status: string } | undefined;
    if (!p) throw notFound();
    if (!NEXT[p.status]!.includes(status)) throw new DomainError('conflict', 'errors.planStatusStep');
    stmt(ctx, 'UPDATE training_plans SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(), id);
    recordAudit(ctx, 'plans', id, 'update', ['status']);
  });
  return getPlan(ctx, id);
}

/** Adoption by the council: the decision is recorded and the plan as adopted is kept as version 1. */
export function adoptPlan(ctx: DataContext, id: string, decisionReference: string, decisionDate: string): Plan {
  inTransaction(ctx, () => {
    const p = stmt(ctx, 'SELECT status FROM training_plans WHERE id = ?').get(id) as { status: string } | undefined;
    if (!p) throw notFound();
    if (p.status !== 'draft' && p.status !== 'submitted') throw new DomainError('conflict', 'errors.planStatusStep');
    stmt(
      ctx,
      "UPDATE training_plans SET status = 'adopted', decision_reference = ?, decision_date = ?, version = 1, updated_at = ? WHERE id = ?",
    ).run(decisionReference, decisionDate, nowIso(), id);
    stmt(ctx, 'DELETE FROM plan_versions WHERE plan_id = ?').run(id);
    recordVersion(ctx, id, 1, '');
    recordAudit(ctx, 'plans', id, 'update', ['status', 'decisionReference', 'decisionDate', 'version']);
  });
  return getPlan(ctx, id);
}

const AXIS = {
  code: 'code',
  titleFr: 'title_fr',
  titleAr: 'title_ar',
  programmeResult: 'programme_result',
  actionPlanRef: 'action_plan_ref',
  position: 'position',
} as const;
const AXIS_KEYS = Object.keys(AXIS) as (keyof typeof AXIS)[];

export function createAxis(ctx: DataContext, v: z.output<typeof axisInput>): Plan {
  inTransaction(ctx, () => {
    const done = changeGuard(ctx, v.planId, v.changeNote);
    const id = newId();
    stmt(
      ctx,
      `INSERT INTO plan_axes (id, plan_id, ${AXIS_KEYS.map((k) => AXIS[k]).join(', ')}) VALUES (?, ?, ${AXIS_KEYS.map(() => '?').join(', ')})`,
    ).run(id, v.planId, ...AXIS_KEYS.map((k) => v[k]));
    recordAudit(ctx, 'planAxes', id, 'create', AXIS_KEYS);
    done();
  });
  return getPlan(ctx, v.planId);
}

export function updateAxis(ctx: DataContext, v: z.output<typeof axisUpdate>): Plan {
  inTransaction(ctx, () => {
    const row = stmt(ctx, 'SELECT plan_id AS planId FROM plan_axes WHERE id = ?').get(v.id) as { planId: string } | undefined;
    if (!row || row.planId !== v.planId) throw notFound();
    const done = changeGuard(ctx, v.planId, v.changeNote);
    stmt(ctx, `UPDATE plan_axes SET ${AXIS_KEYS.map((k) => `${AXIS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...AXIS_KEYS.map((k) => v[k]),
      nowIso(),
      v.id,
    );
    recordAudit(ctx, 'planAxes', v.id, 'update', AXIS_KEYS);
    done();
  });
  return getPlan(ctx, v.planId);
}

/** Its actions stay in the plan, without an axis. */
export function deleteAxis(ctx: DataContext, id: string, note: string): Plan {
  const row = stmt(ctx, 'SELECT plan_id AS planId FROM plan_axes WHERE id = ?').get(id) as { planId: string } | undefined;
  if (!row) throw notFound();
  inTransaction(ctx, () => {
    const done = changeGuard(ctx, row.planId, note);
    stmt(ctx, 'DELETE FROM plan_axes WHERE id = ?').run(id);
    recordAudit(ctx, 'planAxes', id, 'delete');
    done();
  });
  return getPlan(ctx, row.planId);
}
