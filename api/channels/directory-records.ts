import { z } from 'zod';
import { archived, id, isoDate, longText, optionalDate, text, timestamps } from '../common';
import { TERM_KINDS } from './directory';

/** What hangs off an organisation (services, partnerships, subsidies, checks) and the lists. */

const serviceFields = {
  organizationId: id,
  nameFr: text(200),
  nameAr: text(200),
  descriptionFr: longText(),
  descriptionAr: longText(),
  eligibilityFr: text(1000),
  eligibilityAr: text(1000),
  feesFr: text(300),
  feesAr: text(300),
  scheduleFr: text(500),
  scheduleAr: text(500),
};
const needsName = (v: { nameFr?: string; nameAr?: string }, ctx: z.RefinementCtx) => {
  if (!v.nameFr?.trim() && !v.nameAr?.trim()) ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'errors.nameOneLanguage' });
};
export const serviceCreate = z.object(serviceFields).superRefine(needsName);
export const serviceUpdate = z.object({ id, ...serviceFields }).superRefine(needsName);
const str = z.string();
export const service = z.object({
  id,
  organizationId: id,
  nameFr: str,
  nameAr: str,
  descriptionFr: str,
  descriptionAr: str,
  eligibilityFr: str,
  eligibilityAr: str,
  feesFr: str,
  feesAr: str,
  scheduleFr: str,
  scheduleAr: str,
  ...timestamps,
});
export const byOrganization = z.object({ organizationId: id });

const partnershipFields = {
  organizationId: id,
  titleFr: text(300),
  titleAr: text(300),
  startDate: optionalDate,
  endDate: optionalDate,
  documentRef: text(120),
};
export const partnershipCreate = z.object(partnershipFields);
export const partnershipUpdate = z.object({ id, ...partnershipFields });
export const partnership = z.object({
  id,
  organizationId: id,
  titleFr: z.string(),
  titleAr: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  documentRef: z.string(),
  ...timestamps,
});

export const SUBSIDY_STATUSES = ['requested', 'granted', 'rejected', 'paid', 'report_received'] as const;
/** Amounts are integer centimes of MAD (100 = 1 MAD): exact sums, two decimals as in budgets. */
const centimes = z.number().int().min(0, { message: 'errors.amount.negative' }).max(100_000_000_000, { message: 'errors.amount.tooLarge' });
const subsidyFields = {
  organizationId: id,
  year: z.number().int().min(1990).max(2100),
  programmeFr: text(300),
  programmeAr: text(300),
  purposeFr: text(1000),
  purposeAr: text(1000),
  requestedCentimes: centimes.default(0),
  grantedCentimes: centimes.default(0),
  status: z.enum(SUBSIDY_STATUSES).default('requested'),
  decisionDate: optionalDate,
  deliberationRef: text(120),
  reportDueDate: optionalDate,
};
/** A subsidy says what it is about: an amount, or at least the programme it was requested under. */
const needsAmountOrProgramme = (
  v: { requestedCentimes?: number; grantedCentimes?: number; programmeFr?: string; programmeAr?: string },
  ctx: z.RefinementCtx,
) => {
  if (!v.requestedCentimes && !v.grantedCentimes && !v.programmeFr?.trim() && !v.programmeAr?.trim())
    ctx.addIssue({ code: 'custom', path: ['requestedCentimes'], message: 'errors.amount.orProgramme' });
};
export const subsidyCreate = z.object(subsidyFields).superRefine(needsAmountOrProgramme);
export const subsidyUpdate = z.object({ id, ...subsidyFields }).superRefine(needsAmountOrProgramme);
export const subsidy = z.object({
  id,
  organizationId: id,
  organizationNameFr: z.string(),
  organizationNameAr: z.string(),
  year: z.number().int(),
  programmeFr: z.string(),
  programmeAr: z.string(),
  purposeFr: z.string(),
  purposeAr: z.string(),
  requestedCentimes: z.number().int(),
  grantedCentimes: z.number().int(),
  status: z.enum(SUBSIDY_STATUSES),
  decisionDate: z.string().nullable(),
  deliberationRef: z.string(),
  reportDueDate: z.string().nullable(),
  ...timestamps,
});
export const subsidyListInput = z.object({
  organizationId: id.nullable().default(null),
  year: z.number().int().nullable().default(null),
  status: z.enum(SUBSIDY_STATUSES).nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export const subsidyListOutput = z.object({ total: z.number().int(), rows: z.array(subsidy) });

export const subsidyTotalsInput = z.object({
  by: z.enum(['year', 'domain', 'quartier']),
  /** Restrict to one year (useful with `domain` and `quartier`). */
  year: z.number().int().nullable().default(null),
});
/** `key` is the year, the domain's or the quartier's term id ('' when the organisation has no quartier). */
export const subsidyTotal = z.object({
  key: z.string(),
  labelFr: z.string(),
  labelAr: z.string(),
  count: z.number().int(),
  requestedCentimes: z.number().int(),
  grantedCentimes: z.number().int(),
});
export const overdueInput = z.object({ today: optionalDate });

export const termListInput = z.object({ kind: z.enum(TERM_KINDS).nullable().default(null), includeArchived: z.boolean().default(false) });
export const termCreate = z
  .object({ kind: z.enum(TERM_KINDS), nameFr: text(120), nameAr: text(120), code: text(60) })
  .superRefine(needsName);
export const termUpdate = z
  .object({ id, nameFr: text(120), nameAr: text(120), position: z.number().int().min(0).optional() })
  .superRefine(needsName);

const criterionFields = {
  nameFr: text(300),
  nameAr: text(300),
  weight: z.number().int().min(1).max(10).default(1),
  validityMonths: z.number().int().min(1).max(120).nullable().default(null),
};
export const criterionCreate = z.object({ code: text(60), ...criterionFields }).superRefine(needsName);
export const criterionUpdate = z.object({ id, ...criterionFields, position: z.number().int().min(0).optional() }).superRefine(needsName);
export const criterion = z.object({
  id,
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  weight: z.number().int(),
  validityMonths: z.number().int().nullable(),
  position: z.number().int(),
  ...archived,
});

export const checkSet = z.object({
  organizationId: id,
  criterionId: id,
  met: z.boolean(),
  checkedOn: isoDate,
  note: text(500),
});
export const check = z.object({
  criterionId: id,
  nameFr: z.string(),
  nameAr: z.string(),
  weight: z.number().int(),
  met: z.boolean().nullable(),
  checkedOn: z.string().nullable(),
  /** A met check older than the criterion's validity no longer counts. */
  valid: z.boolean(),
  note: z.string(),
});
export const checksOutput = z.object({ score: z.number().int().nullable(), checks: z.array(check) });
