import type { z } from 'zod';
import type { versionDiff } from '../../../api/channels/plans';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId } from '../../core/ids';
import { stmt } from '../../core/statements';

type Row = Record<string, unknown> & { id: string };

/** The plan as it stands, whole: what a version keeps and what two versions are compared on. */
export function snapshotOf(ctx: DataContext, planId: string) {
  const all = (sql: string) => stmt(ctx, sql).all(planId) as Row[];
  const plan = stmt(
    ctx,
    `SELECT id, year, audience, title_fr AS titleFr, title_ar AS titleAr, context_fr AS contextFr, context_ar AS contextAr,
       period_start AS periodStart, period_end AS periodEnd, budget_centimes AS budgetCentimes, eur_rate AS eurRate,
       evaluation_fr AS evaluationFr, evaluation_ar AS evaluationAr FROM training_plans WHERE id = ?`,
  ).get(planId) as Row;
  return {
    plan,
    funders: all(
      'SELECT id, name_fr AS nameFr, name_ar AS nameAr, amount_centimes AS amountCentimes FROM plan_funders WHERE plan_id = ? ORDER BY position, id',
    ),
    axes: all(
      'SELECT id, code, title_fr AS titleFr, title_ar AS titleAr, programme_result AS programmeResult, action_plan_ref AS actionPlanRef FROM plan_axes WHERE plan_id = ? ORDER BY position, id',
    ),
    actions: all(
      `SELECT a.id, a.axis_id AS axisId, a.code, a.title_fr AS titleFr, a.title_ar AS titleAr, a.objectives_fr AS objectivesFr,
         a.objectives_ar AS objectivesAr, a.course_id AS courseId, a.audience, a.women, a.men, a.staff_count AS staffCount,
         a.association_count AS associationCount, a.sessions, a.modality, a.provider_fr AS providerFr, a.provider_ar AS providerAr,
         a.hours, a.period_kind AS periodKind, a.period_value AS periodValue, a.evaluation_level AS evaluationLevel, a.status,
         (SELECT json_group_array(json_array(c.item, c.amount_centimes, c.funder_id)) FROM plan_action_costs c WHERE c.action_id = a.id) AS costs,
         (SELECT count(*) FROM plan_action_needs n WHERE n.action_id = a.id) AS needs
       FROM plan_actions a WHERE a.plan_id = ? ORDER BY a.position, a.id`,
    ),
  };
}
type Snapshot = ReturnType<typeof snapshotOf>;

/**
 * Records a version of the plan: at adoption (version 1), and after each change to an adopted
 * plan (the next version, with the change note the user gave). Call inside the change's
 * transaction, after the change.
 */
export function recordVersion(ctx: DataContext, planId: string, version: number, note: string): void {
  const id = newId();
  stmt(ctx, 'INSERT INTO plan_versions (id, plan_id, version, note, snapshot) VALUES (?, ?, ?, ?, ?)').run(
    id,
    planId,
    version,
    note,
    JSON.stringify(snapshotOf(ctx, planId)),
  );
  recordAudit(ctx, 'planVersions', id, 'create', ['version', 'note']);
}

/**
 * What a change to a plan requires, by its state: a draft or a submitted plan changes freely; an
 * adopted one (or in execution) changes only with a note, and the change makes its next version;
 * a closed plan does not change. Returns a function to call once the change is written.
 */
export function changeGuard(ctx: DataContext, planId: string, note: string): () => void {
  const p = stmt(ctx, 'SELECT status, version FROM training_plans WHERE id = ?').get(planId) as
    { status: string; version: number } | undefined;
  if (!p) throw new DomainError('not_found', 'errors.notFound');
  if (p.status === 'closed') throw new DomainError('conflict', 'errors.planClosed');
  if (p.status !== 'adopted' && p.status !== 'in_execution') return () => undefined;
  if (!note.trim())
    throw new DomainError('invalid_input', 'errors.changeNoteRequired', {
      issues: [{ path: 'changeNote', message: 'errors.changeNoteRequired' }],
    });
  return () => {
    const next = p.version + 1;
    stmt(ctx, 'UPDATE training_plans SET version = ? WHERE id = ?').run(next, planId);
    recordVersion(ctx, planId, next, note.trim());
  };
}

export function listVersions(ctx: DataContext, planId: string) {
  return stmt(ctx, 'SELECT version, note, created_at AS createdAt FROM plan_versions WHERE plan_id = ? ORDER BY version').all(planId) as {
    version: number;
    note: string;
    createdAt: string;
  }[];
}

const name = (r: Row | undefined, fr: string, ar: string) => ({ nameFr: String(r?.[fr] ?? ''), nameAr: String(r?.[ar] ?? '') });

/** What changed between two versions of a plan: records added, removed, and the fields that changed. */
export function compareVersions(ctx: DataContext, planId: string, from: number, to: number): z.output<typeof versionDiff> {
  const load = (v: number) => {
    const row = stmt(ctx, 'SELECT snapshot FROM plan_versions WHERE plan_id = ? AND version = ?').get(planId, v) as
      { snapshot: string } | undefined;
    if (!row) throw new DomainError('not_found', 'errors.planVersionUnknown');
    return JSON.parse(row.snapshot) as Snapshot;
  };
  const a = load(from);
  const b = load(to);
  const out: z.output<typeof versionDiff> = [];
  const fieldsChanged = (x: Row, y: Row) =>
    Object.keys({ ...x, ...y }).filter((k) => k !== 'id' && JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  const planFields = fieldsChanged(a.plan, b.plan);
  if (planFields.length)
    out.push({ kind: 'plan', code: String(b.plan.year), ...name(b.plan, 'titleFr', 'titleAr'), change: 'changed', fields: planFields });
  const lists: ['funder' | 'axis' | 'action', Row[], Row[], string, string][] = [
    ['funder', a.funders, b.funders, 'nameFr', 'nameAr'],
    ['axis', a.axes, b.axes, 'titleFr', 'titleAr'],
    ['action', a.actions, b.actions, 'titleFr', 'titleAr'],
  ];
  for (const [kind, before, after, fr, ar] of lists) {
    const old = new Map(before.map((r) => [r.id, r]));
    const now = new Map(after.map((r) => [r.id, r]));
    for (const r of after) {
      const o = old.get(r.id);
      const code = String(r.code ?? '');
      if (!o) out.push({ kind, code, ...name(r, fr, ar), change: 'added', fields: [] });
      else {
        const fields = fieldsChanged(o, r);
        if (fields.length) out.push({ kind, code, ...name(r, fr, ar), change: 'changed', fields });
      }
    }
    for (const r of before)
      if (!now.has(r.id)) out.push({ kind, code: String(r.code ?? ''), ...name(r, fr, ar), change: 'removed', fields: [] });
  }
  return out;
}
