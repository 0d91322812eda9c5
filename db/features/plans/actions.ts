import type { z } from 'zod';
import type { actionCreate, actionProposal, actionUpdate } from '../../../api/channels/plans';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { changeGuard } from './versions';

interface NeedRow {
  id: string;
  population: 'staff' | 'unit' | 'association';
  staffId: string | null;
  competencyId: string | null;
  peopleCount: number;
  state: string;
  gender: 'f' | 'm' | null;
  required: number | null;
}

function needsOf(ctx: DataContext, ids: readonly string[]): NeedRow[] {
  const rows = stmt(
    ctx,
    `SELECT n.id, n.population, n.staff_id AS staffId, n.competency_id AS competencyId, n.people_count AS peopleCount, n.state,
       s.gender, (SELECT r.required_level FROM job_requirements r WHERE r.job_id = s.job_id AND r.competency_id = n.competency_id) AS required
     FROM training_needs n LEFT JOIN staff s ON s.id = n.staff_id WHERE n.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as NeedRow[];
  if (rows.length !== new Set(ids).size) throw notFound();
  return rows;
}

/**
 * What an action built from the selected needs would hold: their competencies and the level to
 * reach (the highest any person's job requires), the population and head count (a person once
 * however many of their needs are chosen; units and associations by the people they declared),
 * and the catalogue courses developing those competencies, the ones reaching the levels first,
 * each with the sessions it would take (people ÷ its group size, rounded up).
 */
export function proposeAction(ctx: DataContext, needIds: readonly string[]): z.output<typeof actionProposal> {
  const needs = needsOf(ctx, needIds);
  const people = new Map<string, 'f' | 'm' | null>();
  let associationCount = 0;
  let unitCount = 0;
  for (const n of needs) {
    if (n.population === 'staff' && n.staffId) people.set(n.staffId, n.gender);
    else if (n.population === 'association') associationCount += n.peopleCount;
    else unitCount += n.peopleCount;
  }
  const genders = [...people.values()];
  const staffCount = people.size + unitCount;
  const total = staffCount + associationCount;
  const targets = new Map<string, number | null>();
  for (const n of needs) {
    if (!n.competencyId) continue;
    const before = targets.get(n.competencyId);
    const level = n.required ?? null;
    targets.set(n.competencyId, level === null ? (before ?? null) : Math.max(before ?? 0, level));
  }
  const competencyIds = [...targets.keys()];
  const links = stmt(
    ctx,
    `SELECT c.id AS courseId, c.code, c.title_fr AS titleFr, c.title_ar AS titleAr, c.hours, c.group_size AS groupSize, c.modality,
       c.evaluation_level AS evaluationLevel, cc.competency_id AS competencyId, cc.target_level AS targetLevel
     FROM courses c JOIN course_competencies cc ON cc.course_id = c.id
     WHERE c.archived_at IS NULL AND cc.competency_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(competencyIds)) as {
    courseId: string;
    code: string;
    titleFr: string;
    titleAr: string;
    hours: number;
    groupSize: number;
    modality: z.output<typeof actionProposal>['suggestedCourses'][number]['modality'];
    evaluationLevel: number;
    competencyId: string;
    targetLevel: number;
  }[];
  const byCourse = new Map<string, z.output<typeof actionProposal>['suggestedCourses'][number] & { develops: number }>();
  for (const l of links) {
    const c = byCourse.get(l.courseId) ?? {
      courseId: l.courseId,
      code: l.code,
      titleFr: l.titleFr,
      titleAr: l.titleAr,
      hours: l.hours,
      groupSize: l.groupSize,
      modality: l.modality,
      evaluationLevel: l.evaluationLevel,
      reaches: 0,
      develops: 0,
      sessions: Math.max(1, Math.ceil(total / Math.max(1, l.groupSize))),
    };
    c.develops += 1;
    const target = targets.get(l.competencyId);
    if (target === null || target === undefined || l.targetLevel >= target) c.reaches += 1;
    byCourse.set(l.courseId, c);
  }
  const suggestedCourses = [...byCourse.values()]
    .sort((a, b) => b.reaches - a.reaches || b.develops - a.develops || a.code.localeCompare(b.code))
    .map(({ develops: _, ...c }) => c);
  const hasStaff = staffCount > 0;
  const hasAssociations = associationCount > 0;
  return {
    competencyIds,
    audience: hasStaff && hasAssociations ? 'both' : hasAssociations ? 'associations' : 'staff',
    people: total,
    women: genders.filter((g) => g === 'f').length,
    men: genders.filter((g) => g === 'm').length,
    staffCount,
    associationCount,
    suggestedCourses,
    targets: competencyIds.map((competencyId) => ({ competencyId, level: targets.get(competencyId) ?? null })),
  };
}

const OPEN = new Set(['identified', 'qualified', 'planned', 'deferred']);
const setNeedState = (ctx: DataContext, id: string, state: string) => {
  stmt(ctx, 'UPDATE training_needs SET state = ?, updated_at = ? WHERE id = ?').run(state, nowIso(), id);
  recordAudit(ctx, 'needs', id, 'update', ['state']);
};

/**
 * The needs an action answers: those it takes become "planned"; those it lets go, if no other
 * action covers them any more, go back to "identified" (open, for another action or year).
 */
export function linkNeeds(ctx: DataContext, actionId: string, needIds: readonly string[]): void {
  const before = (stmt(ctx, 'SELECT need_id AS id FROM plan_action_needs WHERE action_id = ?').all(actionId) as { id: string }[]).map(
    (r) => r.id,
  );
  const after = new Set(needIds);
  const needs = needIds.length ? needsOf(ctx, needIds) : [];
  const closed = needs.filter((n) => !OPEN.has(n.state) && !before.includes(n.id));
  if (closed.length)
    throw new DomainError('conflict', 'errors.needNotOpen', { issues: [{ path: 'needIds', message: 'errors.needNotOpen' }] });
  stmt(ctx, 'DELETE FROM plan_action_needs WHERE action_id = ?').run(actionId);
  for (const id of after) stmt(ctx, 'INSERT INTO plan_action_needs (action_id, need_id) VALUES (?, ?)').run(actionId, id);
  for (const n of needs) if (n.state !== 'planned' && OPEN.has(n.state)) setNeedState(ctx, n.id, 'planned');
  releaseNeeds(
    ctx,
    before.filter((id) => !after.has(id)),
  );
}

/** Needs no action covers any more go back to "identified" (a need fulfilled or rejected meanwhile stays so). */
export function releaseNeeds(ctx: DataContext, ids: readonly string[]): void {
  for (const id of ids) {
    const still = stmt(ctx, 'SELECT 1 FROM plan_action_needs WHERE need_id = ?').get(id);
    const n = stmt(ctx, 'SELECT state FROM training_needs WHERE id = ?').get(id) as { state: string } | undefined;
    if (!still && n?.state === 'planned') setNeedState(ctx, id, 'identified');
  }
}

type ActionInput = z.output<typeof actionCreate>;

const COLUMNS = {
  axisId: 'axis_id',
  code: 'code',
  titleFr: 'title_fr',
  titleAr: 'title_ar',
  objectivesFr: 'objectives_fr',
  objectivesAr: 'objectives_ar',
  courseId: 'course_id',
  audience: 'audience',
  women: 'women',
  men: 'men',
  staffCount: 'staff_count',
  associationCount: 'association_count',
  sessions: 'sessions',
  modality: 'modality',
  providerFr: 'provider_fr',
  providerAr: 'provider_ar',
  hours: 'hours',
  periodKind: 'period_kind',
  periodValue: 'period_value',
  evaluationLevel: 'evaluation_level',
  status: 'status',
} as const;
const KEYS = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];

function checkReferences(ctx: DataContext, v: ActionInput) {
  if (v.axisId && !stmt(ctx, 'SELECT 1 FROM plan_axes WHERE id = ? AND plan_id = ?').get(v.axisId, v.planId))
    throw new DomainError('invalid_input', 'errors.notInPlan', { issues: [{ path: 'axisId', message: 'errors.notInPlan' }] });
  if (v.courseId && !stmt(ctx, 'SELECT 1 FROM courses WHERE id = ?').get(v.courseId)) throw notFound();
  v.costs.forEach((c, i) => {
    if (c.funderId && !stmt(ctx, 'SELECT 1 FROM plan_funders WHERE id = ? AND plan_id = ?').get(c.funderId, v.planId))
      throw new DomainError('invalid_input', 'errors.notInPlan', {
        issues: [{ path: `costs.${i}.funderId`, message: 'errors.notInPlan' }],
      });
  });
}

function writeCosts(ctx: DataContext, actionId: string, costs: ActionInput['costs']) {
  stmt(ctx, 'DELETE FROM plan_action_costs WHERE action_id = ?').run(actionId);
  for (const c of costs)
    stmt(ctx, 'INSERT INTO plan_action_costs (id, action_id, item, amount_centimes, funder_id) VALUES (?, ?, ?, ?, ?)').run(
      newId(),
      actionId,
      c.item,
      c.amountCentimes,
      c.funderId,
    );
}

export function createAction(ctx: DataContext, v: ActionInput): string {
  const done = changeGuard(ctx, v.planId, v.changeNote);
  checkReferences(ctx, v);
  const id = newId();
  const position = (
    stmt(ctx, 'SELECT coalesce(max(position), 0) + 1 AS p FROM plan_actions WHERE plan_id = ?').get(v.planId) as { p: number }
  ).p;
  stmt(
    ctx,
    `INSERT INTO plan_actions (id, plan_id, position, ${KEYS.map((k) => COLUMNS[k]).join(', ')}) VALUES (?, ?, ?, ${KEYS.map(() => '?').join(', ')})`,
  ).run(id, v.planId, position, ...KEYS.map((k) => v[k]));
  writeCosts(ctx, id, v.costs);
  linkNeeds(ctx, id, v.needIds);
  recordAudit(ctx, 'planActions', id, 'create', [...KEYS, 'costs', 'needs']);
  done();
  return id;
}

export function updateAction(ctx: DataContext, v: z.output<typeof actionUpdate>): void {
  const row = stmt(ctx, 'SELECT plan_id AS planId FROM plan_actions WHERE id = ?').get(v.id) as { planId: string } | undefined;
  if (!row) throw notFound();
  if (row.planId !== v.planId) throw new DomainError('invalid_input', 'errors.notInPlan');
  const done = changeGuard(ctx, v.planId, v.changeNote);
  checkReferences(ctx, v);
  stmt(ctx, `UPDATE plan_actions SET ${KEYS.map((k) => `${COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...KEYS.map((k) => v[k]),
    nowIso(),
    v.id,
  );
  writeCosts(ctx, v.id, v.costs);
  linkNeeds(ctx, v.id, v.needIds);
  recordAudit(ctx, 'planActions', v.id, 'update', [...KEYS, 'costs', 'needs']);
  done();
}

export function deleteAction(ctx: DataContext, id: string, note: string): string {
  const row = stmt(ctx, 'SELECT plan_id AS planId FROM plan_actions WHERE id = ?').get(id) as { planId: string } | undefined;
  if (!row) throw notFound();
  const done = changeGuard(ctx, row.planId, note);
  const needs = (stmt(ctx, 'SELECT need_id AS id FROM plan_action_needs WHERE action_id = ?').all(id) as { id: string }[]).map((r) => r.id);
  stmt(ctx, 'DELETE FROM plan_actions WHERE id = ?').run(id);
  releaseNeeds(ctx, needs);
  recordAudit(ctx, 'planActions', id, 'delete');
  done();
  return row.planId;
}
