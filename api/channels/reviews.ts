import { z } from 'zod';
import { id, isoDate, longText, optionalDate, text } from '../common';
import { importance } from './jobs';

/**
 * Competency review campaigns (bilan des compétences) and the individual reviews they hold.
 * A campaign is prepared (draft), opened (the people and their job requirements are frozen),
 * closed (every review locked) and may be reopened with a reason.
 */
export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const;
export const CAMPAIGN_SCOPES = ['service', 'units'] as const;
/** A review's way: not started → self-assessed → rated by the manager → discussed → validated, or cancelled. */
export const REVIEW_STATES = ['not_started', 'self_assessed', 'rated', 'discussed', 'validated', 'cancelled'] as const;
/** The states a user moves a review between by saving it; validating and cancelling have their own channels. */
export const WORKING_STATES = ['not_started', 'self_assessed', 'rated', 'discussed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

const code = z.string().trim().min(1, { message: 'errors.required' }).max(30, { message: 'errors.tooLong' });

const campaignFields = {
  code,
  titleFr: text(200),
  titleAr: text(200),
  periodStart: isoDate,
  periodEnd: isoDate,
  scope: z.enum(CAMPAIGN_SCOPES).default('service'),
  unitIds: z.array(id).max(500).default([]),
  selfDue: optionalDate,
  managerDue: optionalDate,
  interviewDue: optionalDate,
  instructionsFr: longText(5000),
  instructionsAr: longText(5000),
};

const checkCampaign = (
  v: { titleFr?: string; titleAr?: string; periodStart: string; periodEnd: string; scope?: string; unitIds?: string[] },
  ctx: z.RefinementCtx,
) => {
  if (!v.titleFr && !v.titleAr) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.nameOneLanguage' });
  if (v.periodEnd < v.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'errors.endBeforeStart' });
  if (v.scope === 'units' && !v.unitIds?.length) ctx.addIssue({ code: 'custom', path: ['unitIds'], message: 'errors.chooseUnits' });
};

export const campaignCreate = z.object(campaignFields).superRefine(checkCampaign);
export const campaignUpdate = z.object({ id, ...campaignFields }).superRefine(checkCampaign);

const stateCounts = z.object(Object.fromEntries(REVIEW_STATES.map((s) => [s, z.number().int()])) as Record<ReviewState, z.ZodNumber>);

export const campaignSummary = z.object({
  id,
  code: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  total: z.number().int(),
  counts: stateCounts,
  overdue: z.number().int(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

/** A review as the campaign board lists it. */
export const boardRow = z.object({
  id,
  staffId: id,
  matricule: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  unitNameFr: z.string(),
  unitNameAr: z.string(),
  jobTitleFr: z.string(),
  jobTitleAr: z.string(),
  assessorNameFr: z.string(),
  assessorNameAr: z.string(),
  state: z.enum(REVIEW_STATES),
  /** The step whose due date has passed while the review has not reached it. */
  overdue: z.enum(['self', 'manager', 'interview']).nullable(),
  items: z.number().int(),
});
export type BoardRow = z.infer<typeof boardRow>;

export const campaign = campaignSummary.extend({
  scope: z.enum(CAMPAIGN_SCOPES),
  unitIds: z.array(id),
  selfDue: z.string().nullable(),
  managerDue: z.string().nullable(),
  interviewDue: z.string().nullable(),
  instructionsFr: z.string(),
  instructionsAr: z.string(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reopenReason: z.string(),
  reviews: z.array(boardRow),
});
export type Campaign = z.infer<typeof campaign>;

export const campaignReopen = z.object({ id, reason: z.string().trim().min(3, { message: 'errors.reasonRequired' }).max(1000) });

const level = z.number().int().min(1, { message: 'errors.levelOutOfScale' }).max(10, { message: 'errors.levelOutOfScale' });

/** One competency of a review as the review form shows it. */
export const reviewItem = z.object({
  competencyId: id,
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  categoryFr: z.string(),
  categoryAr: z.string(),
  /** Null for a competency outside the job sheet. */
  requiredLevel: z.number().int().nullable(),
  importance: importance.nullable(),
  selfLevel: z.number().int().nullable(),
  managerLevel: z.number().int().nullable(),
  agreedLevel: z.number().int().nullable(),
  justification: z.string(),
  notApplicable: z.boolean(),
  /** The person's level in the history when the review was read (what validation would change). */
  currentLevel: z.number().int().nullable(),
});
export type ReviewItem = z.infer<typeof reviewItem>;

export const review = z.object({
  id,
  campaignId: id,
  campaignCode: z.string(),
  campaignTitleFr: z.string(),
  campaignTitleAr: z.string(),
  campaignStatus: z.enum(CAMPAIGN_STATUSES),
  staffId: id,
  matricule: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  unitNameFr: z.string(),
  unitNameAr: z.string(),
  jobCode: z.string(),
  jobTitleFr: z.string(),
  jobTitleAr: z.string(),
  assessorId: id.nullable(),
  assessorNameFr: z.string(),
  assessorNameAr: z.string(),
  state: z.enum(REVIEW_STATES),
  personComment: z.string(),
  assessorComment: z.string(),
  interviewDate: z.string().nullable(),
  personSignedOn: z.string().nullable(),
  assessorSignedOn: z.string().nullable(),
  validatedAt: z.string().nullable(),
  cancelReason: z.string(),
  /** True once validated or cancelled, or while the campaign is not open: nothing can change. */
  locked: z.boolean(),
  items: z.array(reviewItem),
});
export type Review = z.infer<typeof review>;

export const reviewItemInput = z.object({
  competencyId: id,
  selfLevel: level.nullable().default(null),
  managerLevel: level.nullable().default(null),
  agreedLevel: level.nullable().default(null),
  justification: longText(2000),
  notApplicable: z.boolean().default(false),
});
export type ReviewItemInput = z.input<typeof reviewItemInput>;

export const reviewSave = z.object({
  id,
  state: z.enum(WORKING_STATES),
  assessorId: id.nullable().default(null),
  personComment: longText(5000),
  assessorComment: longText(5000),
  interviewDate: optionalDate,
  personSignedOn: optionalDate,
  assessorSignedOn: optionalDate,
  /** Every item of the review; a competency not in the review is added as outside the job sheet. */
  items: z.array(reviewItemInput).max(300),
});
export type ReviewSave = z.input<typeof reviewSave>;

/** Validating writes the agreed levels into the history from this date (the interview's by default). */
export const reviewValidate = z.object({ id, validFrom: optionalDate });
export const reviewCancel = z.object({ id, reason: z.string().trim().min(3, { message: 'errors.reasonRequired' }).max(1000) });

/** `sas review import` and the ratings import of the campaign page. */
export const reviewImportInput = z.object({
  campaignCode: code,
  fileName: z.string().max(260),
  contentBase64: z.string().max(70_000_000),
  dryRun: z.boolean().default(false),
});
export const reviewImportOutput = z.object({
  campaign: z.string(),
  imported: z.number().int(),
  dryRun: z.boolean(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string(), key: z.string(), params: z.record(z.string(), z.string()) })),
});
export const reviewExportInput = z.object({ id, format: z.enum(['csv', 'xlsx']) });
export const fileOutput = z.object({ fileName: z.string(), contentBase64: z.string() });
