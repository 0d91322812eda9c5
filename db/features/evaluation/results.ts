import type { z } from 'zod';
import type { ResultIndicator, Roi, measurementAdd, resultIndicatorCreate, roiSave } from '../../../api/channels/results';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { plucked, stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';

/**
 * Level 4: result indicators of a plan's axis or action (baseline, target, measurements, the
 * share attributed to training) and an action's estimated return on investment.
 */

type IndicatorInput = z.output<typeof resultIndicatorCreate>;

const FIELDS = [
  ['planId', 'plan_id'],
  ['axisId', 'axis_id'],
  ['actionId', 'action_id'],
  ['nameFr', 'name_fr'],
  ['nameAr', 'name_ar'],
  ['unitFr', 'unit_fr'],
  ['unitAr', 'unit_ar'],
  ['baseline', 'baseline'],
  ['baselineDate', 'baseline_date'],
  ['target', 'target'],
  ['attributedShare', 'attributed_share'],
] as const;

export function getResultIndicator(ctx: DataContext, id: string): ResultIndicator {
  const row = stmt(ctx, `SELECT id, ${FIELDS.map(([f, c]) => `${c} AS ${f}`).join(', ')} FROM result_indicators WHERE id = ?`).get(id) as
    Omit<ResultIndicator, 'measurements' | 'latest' | 'change' | 'attributedChange' | 'progress'> | undefined;
  if (!row) throw notFound();
  const measurements = stmt(ctx, 'SELECT id, date, value, source FROM indicator_measurements WHERE indicator_id = ? ORDER BY date, id').all(
    id,
  ) as ResultIndicator['measurements'];
  const latest = measurements.at(-1) ?? null;
  const change = latest && row.baseline !== null ? latest.value - row.baseline : null;
  const span = row.target !== null && row.baseline !== null ? row.target - row.baseline : null;
  return {
    ...row,
    measurements,
    latest,
    change,
    attributedChange: change === null ? null : change * row.attributedShare,
    // Progress towards the target, from the baseline: 0 at the baseline, 1 at the target (either direction).
    progress: change !== null && span ? change / span : null,
  };
}

export function listResultIndicators(ctx: DataContext, planId: string): ResultIndicator[] {
  const ids = plucked(ctx, 'SELECT id FROM result_indicators WHERE plan_id = ? ORDER BY name_fr, name_ar, id').all(planId) as string[];
  return ids.map((id) => getResultIndicator(ctx, id));
}

/** The axis and the action, when given, belong to the indicator's plan. */
function checkPlanLinks(ctx: DataContext, input: IndicatorInput): void {
  if (!stmt(ctx, 'SELECT 1 FROM training_plans WHERE id = ?').get(input.planId)) throw notFound();
  if (input.axisId && !stmt(ctx, 'SELECT 1 FROM plan_axes WHERE id = ? AND plan_id = ?').get(input.axisId, input.planId))
    throw new DomainError('invalid_input', 'errors.result.notOfPlan', { issues: [{ path: 'axisId', message: 'errors.result.notOfPlan' }] });
  if (input.actionId && !stmt(ctx, 'SELECT 1 FROM plan_actions WHERE id = ? AND plan_id = ?').get(input.actionId, input.planId))
    throw new DomainError('invalid_input', 'errors.result.notOfPlan', {
      issues: [{ path: 'actionId', message: 'errors.result.notOfPlan' }],
    });
}

export function createResultIndicator(ctx: DataContext, input: IndicatorInput): ResultIndicator {
  const id = newId();
  inTransaction(ctx, () => {
    checkPlanLinks(ctx, input);
    stmt(
      ctx,
      `INSERT INTO result_indicators (id, ${FIELDS.map(([, c]) => c).join(', ')}) VALUES (?, ${FIELDS.map(() => '?').join(', ')})`,
    ).run(id, ...FIELDS.map(([f]) => input[f]));
    recordAudit(ctx, 'resultIndicators', id, 'create');
  });
  return getResultIndicator(ctx, id);
}

export function updateResultIndicator(ctx: DataContext, input: IndicatorInput & { id: string }): ResultIndicator {
  inTransaction(ctx, () => {
    if (!stmt(ctx, 'SELECT 1 FROM result_indicators WHERE id = ?').get(input.id)) throw notFound();
    checkPlanLinks(ctx, input);
    stmt(ctx, `UPDATE result_indicators SET ${FIELDS.map(([, c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...FIELDS.map(([f]) => input[f]),
      nowIso(),
      input.id,
    );
    recordAudit(
      ctx,
      'resultIndicators',
      input.id,
      'update',
      FIELDS.map(([f]) => f),
    );
  });
  return getResultIndicator(ctx, input.id);
}

export function deleteResultIndicator(ctx: DataContext, id: string): { deleted: boolean } {
  inTransaction(ctx, () => {
    if (!stmt(ctx, 'SELECT 1 FROM result_indicators WHERE id = ?').get(id)) throw notFound();
    stmt(ctx, 'DELETE FROM result_indicators WHERE id = ?').run(id);
    recordAudit(ctx, 'resultIndicators', id, 'delete');
  });
  return { deleted: true };
}

export function addMeasurement(ctx: DataContext, input: z.output<typeof measurementAdd>): ResultIndicator {
  inTransaction(ctx, () => {
    const unit = stmt(ctx, 'SELECT unit_fr AS fr, unit_ar AS ar FROM result_indicators WHERE id = ?').get(input.indicatorId) as
      { fr: string; ar: string } | undefined;
    if (!unit) throw notFound();
    // A share in per cent lies between 0 and 100: −15 % is a typo, and would show a progress of −143 %.
    if ((unit.fr.trim() === '%' || unit.ar.trim() === '%') && (input.value < 0 || input.value > 100))
      throw new DomainError('invalid_input', 'errors.percentValue', { issues: [{ path: 'value', message: 'errors.percentValue' }] });
    const id = newId();
    stmt(ctx, 'INSERT INTO indicator_measurements (id, indicator_id, date, value, source) VALUES (?, ?, ?, ?, ?)').run(
      id,
      input.indicatorId,
      input.date,
      input.value,
      input.source,
    );
    recordAudit(ctx, 'indicatorMeasurements', id, 'create');
  });
  return getResultIndicator(ctx, input.indicatorId);
}

export function deleteMeasurement(ctx: DataContext, id: string): ResultIndicator {
  const indicatorId = plucked(ctx, 'SELECT indicator_id FROM indicator_measurements WHERE id = ?').get(id) as string | undefined;
  if (!indicatorId) throw notFound();
  inTransaction(ctx, () => {
    stmt(ctx, 'DELETE FROM indicator_measurements WHERE id = ?').run(id);
    recordAudit(ctx, 'indicatorMeasurements', id, 'delete');
  });
  return getResultIndicator(ctx, indicatorId);
}

/**
 * The ROI of an action: benefits against its full cost — the actual costs of its sessions, or
 * its planned costs while none are recorded, plus the participants' time.
 */
export function getRoi(ctx: DataContext, actionId: string): Roi {
  if (!stmt(ctx, 'SELECT 1 FROM plan_actions WHERE id = ?').get(actionId)) throw notFound();
  const saved = stmt(
    ctx,
    'SELECT benefits_centimes AS benefitsCentimes, participant_time_centimes AS participantTimeCentimes, notes FROM action_roi WHERE action_id = ?',
  ).get(actionId) as Pick<Roi, 'benefitsCentimes' | 'participantTimeCentimes' | 'notes'> | undefined;
  const plannedCentimes = plucked(ctx, 'SELECT coalesce(sum(amount_centimes), 0) FROM plan_action_costs WHERE action_id = ?').get(
    actionId,
  ) as number;
  const actualCentimes = plucked(
    ctx,
    'SELECT coalesce(sum(c.amount_centimes), 0) FROM session_costs c JOIN training_sessions t ON t.id = c.session_id WHERE t.action_id = ?',
  ).get(actionId) as number;
  const base = saved ?? { benefitsCentimes: 0, participantTimeCentimes: 0, notes: '' };
  const fullCostCentimes = (actualCentimes || plannedCentimes) + base.participantTimeCentimes;
  return {
    actionId,
    ...base,
    plannedCentimes,
    actualCentimes,
    fullCostCentimes,
    benefitCostRatio: fullCostCentimes > 0 ? base.benefitsCentimes / fullCostCentimes : null,
    roi: fullCostCentimes > 0 ? (base.benefitsCentimes - fullCostCentimes) / fullCostCentimes : null,
  };
}

export function saveRoi(ctx: DataContext, input: z.output<typeof roiSave>): Roi {
  inTransaction(ctx, () => {
    if (!stmt(ctx, 'SELECT 1 FROM plan_actions WHERE id = ?').get(input.actionId)) throw notFound();
    const existing = plucked(ctx, 'SELECT id FROM action_roi WHERE action_id = ?').get(input.actionId) as string | undefined;
    const id = existing ?? newId();
    stmt(
      ctx,
      `INSERT INTO action_roi (id, action_id, benefits_centimes, participant_time_centimes, notes) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (action_id) DO UPDATE SET benefits_centimes = excluded.benefits_centimes,
         participant_time_centimes = excluded.participant_time_centimes, notes = excluded.notes, updated_at = ?`,
    ).run(id, input.actionId, input.benefitsCentimes, input.participantTimeCentimes, input.notes, nowIso());
    recordAudit(ctx, 'actionRoi', id, existing ? 'update' : 'create');
  });
  return getRoi(ctx, input.actionId);
}
