import { z } from 'zod';
import { channel } from '../channel';
import { id, isoDate, optionalDate, requiredText, text } from '../common';
import type { Entity } from '../entities';

/**
 * Level 4 (issue 12): the Service's result indicators for a plan axis or action — baseline,
 * target, measurements — with the share of the change attributed to training; and an action's
 * return on investment, estimated (Phillips: benefits against the full cost, participants' time
 * included).
 */
const share = z.number().min(0, { message: 'errors.percent' }).max(1, { message: 'errors.percent' });
const centimes = z.number().int().min(0, { message: 'errors.amount.negative' }).max(100_000_000_000, { message: 'errors.amount.tooLarge' });

const indicatorFields = {
  planId: id,
  axisId: id.nullable().default(null),
  actionId: id.nullable().default(null),
  nameFr: text(200),
  nameAr: text(200),
  unitFr: text(60),
  unitAr: text(60),
  baseline: z.number().nullable().default(null),
  baselineDate: optionalDate,
  target: z.number().nullable().default(null),
  attributedShare: share.default(1),
};
const needsName = (v: { nameFr?: string; nameAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.nameFr && !v.nameAr) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
};
export const resultIndicatorCreate = z.object(indicatorFields).superRefine(needsName);
export const resultIndicatorUpdate = z.object({ id, ...indicatorFields }).superRefine(needsName);
/** A measurement says where it comes from (the register, the survey): a figure without its source proves nothing. */
export const measurementAdd = z.object({ indicatorId: id, date: isoDate, value: z.number(), source: requiredText(300) });

export const measurement = z.object({ id, date: z.string(), value: z.number(), source: z.string() });
export const resultIndicator = z.object({
  id,
  planId: id,
  axisId: id.nullable(),
  actionId: id.nullable(),
  nameFr: z.string(),
  nameAr: z.string(),
  unitFr: z.string(),
  unitAr: z.string(),
  baseline: z.number().nullable(),
  baselineDate: z.string().nullable(),
  target: z.number().nullable(),
  attributedShare: z.number(),
  measurements: z.array(measurement),
  /** The latest measurement, its change from the baseline, the part attributed to training, and the way covered to the target (0–1). */
  latest: measurement.nullable(),
  change: z.number().nullable(),
  attributedChange: z.number().nullable(),
  progress: z.number().nullable(),
});
export type ResultIndicator = z.infer<typeof resultIndicator>;

export const roiSave = z.object({ actionId: id, benefitsCentimes: centimes, participantTimeCentimes: centimes, notes: text(2000) });
export const roi = z.object({
  actionId: id,
  benefitsCentimes: z.number().int(),
  participantTimeCentimes: z.number().int(),
  notes: z.string(),
  /** The action's planned costs, and the actual costs of its sessions. */
  plannedCentimes: z.number().int(),
  actualCentimes: z.number().int(),
  /** Actual costs (planned while none are recorded) + participants' time. */
  fullCostCentimes: z.number().int(),
  /** Benefits ÷ full cost; ROI = (benefits − full cost) ÷ full cost. Null without a cost. */
  benefitCostRatio: z.number().nullable(),
  roi: z.number().nullable(),
});
export type Roi = z.infer<typeof roi>;

const READS: readonly Entity[] = ['resultIndicators', 'indicatorMeasurements', 'plans', 'planAxes', 'planActions'];
const WRITES: readonly Entity[] = ['resultIndicators', 'indicatorMeasurements', 'auditLog'];
const ROI_READS: readonly Entity[] = ['actionRoi', 'planActions', 'planActionCosts', 'sessions', 'sessionCosts'];

export const resultChannels = {
  'results.list': channel({ input: z.object({ planId: id }), output: z.array(resultIndicator), reads: READS }),
  'results.create': channel({ input: resultIndicatorCreate, output: resultIndicator, reads: READS, writes: WRITES }),
  'results.update': channel({ input: resultIndicatorUpdate, output: resultIndicator, reads: READS, writes: WRITES }),
  'results.delete': channel({ input: z.object({ id }), output: z.object({ deleted: z.boolean() }), reads: READS, writes: WRITES }),
  'results.addMeasurement': channel({ input: measurementAdd, output: resultIndicator, reads: READS, writes: WRITES }),
  'results.deleteMeasurement': channel({ input: z.object({ id }), output: resultIndicator, reads: READS, writes: WRITES }),
  'roi.get': channel({ input: z.object({ actionId: id }), output: roi, reads: ROI_READS }),
  'roi.save': channel({ input: roiSave, output: roi, reads: ROI_READS, writes: ['actionRoi', 'auditLog'] }),
};
