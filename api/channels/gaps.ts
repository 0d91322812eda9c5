import { z } from 'zod';
import { id, isoDate, longText, text } from '../common';
import { importance } from './jobs';
import { CAMPAIGN_STATUSES, REVIEW_STATES } from './reviews';

/**
 * The competency history (append-only), the gaps it reveals (a person, the service matrix, a
 * job's candidates) and the training needs register.
 */
export const RATING_SOURCES = ['review', 'follow_up', 'evidence', 'correction', 'import'] as const;
/** What a user records by hand; reviews and (later) training follow-ups write their own. */
export const MANUAL_SOURCES = ['evidence', 'correction'] as const;

export const ratingEntry = z.object({
  id,
  level: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  source: z.enum(RATING_SOURCES),
  reason: z.string(),
  recordedBy: z.string(),
  campaignCode: z.string().nullable(),
});
export type RatingEntry = z.infer<typeof ratingEntry>;

/** A competency of a person's profile: the job's requirement (if any), the current level, the gap. */
export const profileCompetency = z.object({
  competencyId: id,
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  required: z.number().int().nullable(),
  importance: importance.nullable(),
  /** Null: never assessed (shown as such, never as 0). */
  level: z.number().int().nullable(),
  gap: z.number().int().nullable(),
  timeline: z.array(ratingEntry),
});
export type ProfileCompetency = z.infer<typeof profileCompetency>;

export const staffProfile = z.object({
  staffId: id,
  jobId: id.nullable(),
  jobCode: z.string(),
  jobTitleFr: z.string(),
  jobTitleAr: z.string(),
  proficientLevel: z.number().int(),
  /** Importance-weighted share of the required levels reached (0–1); null when nothing is assessed. */
  fit: z.number().nullable(),
  notAssessed: z.number().int(),
  competencies: z.array(profileCompetency),
  reviews: z.array(
    z.object({
      id,
      campaignId: id,
      campaignCode: z.string(),
      campaignTitleFr: z.string(),
      campaignTitleAr: z.string(),
      campaignStatus: z.enum(CAMPAIGN_STATUSES),
      state: z.enum(REVIEW_STATES),
      interviewDate: z.string().nullable(),
      validatedAt: z.string().nullable(),
    }),
  ),
});
export type StaffProfile = z.infer<typeof staffProfile>;

export const ratingRecord = z.object({
  staffId: id,
  competencyId: id,
  level: z.number().int().min(1, { message: 'errors.levelOutOfScale' }).max(10, { message: 'errors.levelOutOfScale' }),
  validFrom: isoDate,
  source: z.enum(MANUAL_SOURCES),
  reason: z.string().trim().min(3, { message: 'errors.reasonRequired' }).max(1000, { message: 'errors.tooLong' }),
});
export type RatingRecord = z.input<typeof ratingRecord>;

/** The service matrix: people × the competencies their jobs require, filtered by unit (with sub-units) and job. */
export const matrixInput = z.object({ unitId: id.nullable().default(null), jobId: id.nullable().default(null) });
export const matrix = z.object({
  proficientLevel: z.number().int(),
  scaleSize: z.number().int(),
  competencies: z.array(
    z.object({
      id,
      code: z.string(),
      nameFr: z.string(),
      nameAr: z.string(),
      /** People of the selection holding it at the proficient level or above. */
      holders: z.number().int(),
      /** People of the selection whose job requires it. */
      requiredBy: z.number().int(),
      /** Required in the selection and held at the proficient level by at most one person. */
      vulnerable: z.boolean(),
    }),
  ),
  people: z.array(
    z.object({
      id,
      matricule: z.string(),
      nameFr: z.string(),
      nameAr: z.string(),
      unitNameFr: z.string(),
      unitNameAr: z.string(),
      jobTitleFr: z.string(),
      jobTitleAr: z.string(),
      fit: z.number().nullable(),
      /** Competencies held at the proficient level or above. */
      versatility: z.number().int(),
      /** Per competency of `competencies`, in the same order: the level (null: not assessed) and the requirement. */
      levels: z.array(z.number().int().nullable()),
      required: z.array(z.number().int().nullable()),
    }),
  ),
  /** Per unit with staff in the selection: the competencies its jobs require that one person or nobody there holds. */
  vulnerabilities: z.array(
    z.object({
      unitId: id,
      unitNameFr: z.string(),
      unitNameAr: z.string(),
      competencyId: id,
      code: z.string(),
      nameFr: z.string(),
      nameAr: z.string(),
      holders: z.number().int(),
      requiredBy: z.number().int(),
    }),
  ),
});
export type Matrix = z.infer<typeof matrix>;

/** `sas gaps`: one row per requirement of the job of every active staff member who holds one. */
export const gapListInput = z.object({ unitCode: z.string().max(30).nullable().default(null) });
export const gapRow = z.object({
  matricule: z.string(),
  competency: z.string(),
  required: z.number().int(),
  level: z.number().int().nullable(),
  gap: z.number().int().nullable(),
  importance,
});

/** The staff ranked by how well they fit a job (a replacement, a mobility). */
export const jobRanking = z.array(
  z.object({
    staffId: id,
    matricule: z.string(),
    nameFr: z.string(),
    nameAr: z.string(),
    unitNameFr: z.string(),
    unitNameAr: z.string(),
    currentJobTitleFr: z.string(),
    currentJobTitleAr: z.string(),
    holdsJob: z.boolean(),
    fit: z.number().nullable(),
    notAssessed: z.number().int(),
    /** Σ gap over the job's requirements the person was assessed on. */
    totalGap: z.number().int(),
  }),
);

// ——— Training needs ———

export const NEED_STATES = ['identified', 'qualified', 'planned', 'fulfilled', 'rejected', 'deferred'] as const;
export const OPEN_NEED_STATES = ['identified', 'qualified', 'planned', 'deferred'] as const;
export const NEED_ORIGINS = ['gap', 'interview', 'request', 'regulation', 'action_plan', 'survey'] as const;
/** What a user enters by hand (gap needs come from the history). */
export const MANUAL_ORIGINS = ['interview', 'request', 'regulation', 'action_plan', 'survey'] as const;
export const NEED_POPULATIONS = ['staff', 'unit', 'association'] as const;
/** Weights of the priority score: score = Σ over people of weight × gap. */
export const IMPORTANCE_WEIGHT = { essential: 3, important: 2, useful: 1 } as const;

export const need = z.object({
  id,
  population: z.enum(NEED_POPULATIONS),
  staffId: id.nullable(),
  unitId: id.nullable(),
  organizationId: id.nullable(),
  competencyId: id.nullable(),
  /** Who or what the need concerns, in both scripts (a person, a unit, an association). */
  subjectFr: z.string(),
  subjectAr: z.string(),
  competencyCode: z.string(),
  competencyFr: z.string(),
  competencyAr: z.string(),
  origin: z.enum(NEED_ORIGINS),
  titleFr: z.string(),
  titleAr: z.string(),
  description: z.string(),
  importance,
  peopleCount: z.number().int(),
  /** The gap today: computed from the history for a person's need, estimated for the others. */
  gap: z.number().int().nullable(),
  state: z.enum(NEED_STATES),
  stateReason: z.string(),
  deferredTo: z.number().int().nullable(),
  fulfilledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Need = z.infer<typeof need>;

export const needListInput = z.object({
  population: z.enum(NEED_POPULATIONS).nullable().default(null),
  state: z.enum(NEED_STATES).nullable().default(null),
  /** `open`: identified, qualified, planned or deferred. */
  openOnly: z.boolean().default(false),
  competencyId: id.nullable().default(null),
  staffId: id.nullable().default(null),
  organizationId: id.nullable().default(null),
});

const needFields = {
  population: z.enum(NEED_POPULATIONS),
  staffId: id.nullable().default(null),
  unitId: id.nullable().default(null),
  organizationId: id.nullable().default(null),
  competencyId: id.nullable().default(null),
  origin: z.enum(MANUAL_ORIGINS),
  titleFr: text(200),
  titleAr: text(200),
  description: longText(3000),
  importance: importance.default('important'),
  peopleCount: z.number().int().min(1, { message: 'errors.atLeastOne' }).max(100_000).default(1),
  estimatedGap: z.number().int().min(1, { message: 'errors.atLeastOne' }).max(10).default(1),
};
const checkNeed = (
  v: {
    population: string;
    staffId?: string | null;
    unitId?: string | null;
    organizationId?: string | null;
    competencyId?: string | null;
    titleFr?: string;
    titleAr?: string;
  },
  ctx: z.RefinementCtx,
) => {
  const subject = { staff: 'staffId', unit: 'unitId', association: 'organizationId' } as const;
  const key = subject[v.population as keyof typeof subject];
  if (!v[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'errors.required' });
  if (!v.competencyId && !v.titleFr && !v.titleAr) ctx.addIssue({ code: 'custom', path: ['titleFr'], message: 'errors.needSubject' });
};
export const needCreate = z.object(needFields).superRefine(checkNeed);
export const needUpdate = z.object({ id, ...needFields }).superRefine(checkNeed);

export const needSetState = z
  .object({
    id,
    state: z.enum(['identified', 'qualified', 'planned', 'rejected', 'deferred']),
    reason: longText(1000),
    deferredTo: z.number().int().min(2000).max(2100).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.state === 'rejected' && v.reason.length < 3) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errors.reasonRequired' });
    if (v.state === 'deferred' && !v.deferredTo) ctx.addIssue({ code: 'custom', path: ['deferredTo'], message: 'errors.required' });
  });

/** The needs aggregated by competency and population, with the parts of the score shown. */
export const priorityRow = z.object({
  competencyId: id.nullable(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  population: z.enum(NEED_POPULATIONS),
  people: z.number().int(),
  meanGap: z.number(),
  highestImportance: importance,
  score: z.number().int(),
  needs: z.number().int(),
});
export type PriorityRow = z.infer<typeof priorityRow>;

/** `sas needs`: one row per competency with a positive score over the active staff's gaps, highest first. */
export const needScore = z.object({ competency: z.string(), people: z.number().int(), score: z.number().int() });
