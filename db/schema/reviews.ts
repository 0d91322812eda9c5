import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';
import { competencies } from './competencies';
import { organizations } from './directory';
import { jobProfiles } from './jobs';
import { orgUnits } from './organisation';
import { staff } from './staff';
import { IMPORTANCES } from '../../api/channels/jobs';
import { CAMPAIGN_SCOPES, CAMPAIGN_STATUSES, REVIEW_STATES } from '../../api/channels/reviews';
import { NEED_ORIGINS, NEED_POPULATIONS, NEED_STATES, RATING_SOURCES } from '../../api/channels/gaps';

/**
 * A competency review campaign (campagne de bilan des compétences). Opening it freezes who is
 * reviewed and what each one's job required at that moment (`reviews`, `review_items`); closing
 * it locks every review; reopening it is recorded with its reason.
 */
export const reviewCampaigns = sqliteTable(
  'review_campaigns',
  {
    ...recordColumns,
    code: text('code').notNull(),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    /** `service`: every active member of the Service; `units`: the chosen units and those below them. */
    scope: text('scope', { enum: CAMPAIGN_SCOPES }).notNull().default('service'),
    selfDue: text('self_due'),
    managerDue: text('manager_due'),
    interviewDue: text('interview_due'),
    instructionsFr: text('instructions_fr').notNull().default(''),
    instructionsAr: text('instructions_ar').notNull().default(''),
    status: text('status', { enum: CAMPAIGN_STATUSES }).notNull().default('draft'),
    openedAt: text('opened_at'),
    closedAt: text('closed_at'),
    /** The reason given the last time the closed campaign was reopened (the audit log keeps every time). */
    reopenReason: text('reopen_reason').notNull().default(''),
  },
  (t) => [uniqueIndex('review_campaigns_code').on(t.code)],
);

/** The units a campaign of scope `units` covers (with the units below them, resolved at opening). */
export const reviewCampaignUnits = sqliteTable(
  'review_campaign_units',
  {
    campaignId: text('campaign_id')
      .notNull()
      .references(() => reviewCampaigns.id, { onDelete: 'cascade' }),
    unitId: text('unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
  },
  (t) => [uniqueIndex('review_campaign_units_pk').on(t.campaignId, t.unitId), index('review_campaign_units_unit').on(t.unitId)],
);

/** One person's review in a campaign, with the job and unit they held when it opened. */
export const reviews = sqliteTable(
  'reviews',
  {
    ...recordColumns,
    campaignId: text('campaign_id')
      .notNull()
      .references(() => reviewCampaigns.id, { onDelete: 'cascade' }),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    jobId: text('job_id').references(() => jobProfiles.id, { onDelete: 'set null' }),
    unitId: text('unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    /** Who rates and holds the interview (the unit's head when the campaign opened, changeable). */
    assessorId: text('assessor_id').references(() => staff.id, { onDelete: 'set null' }),
    state: text('state', { enum: REVIEW_STATES }).notNull().default('not_started'),
    personComment: text('person_comment').notNull().default(''),
    assessorComment: text('assessor_comment').notNull().default(''),
    interviewDate: text('interview_date'),
    personSignedOn: text('person_signed_on'),
    assessorSignedOn: text('assessor_signed_on'),
    validatedAt: text('validated_at'),
    cancelReason: text('cancel_reason').notNull().default(''),
  },
  (t) => [
    uniqueIndex('reviews_campaign_staff').on(t.campaignId, t.staffId),
    index('reviews_staff').on(t.staffId),
    index('reviews_assessor').on(t.assessorId),
  ],
);

/**
 * One competency of a review: the job's requirement as it was when the campaign opened (null
 * for a competency outside the job sheet), and the three ratings.
 */
export const reviewItems = sqliteTable(
  'review_items',
  {
    ...recordColumns,
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'restrict' }),
    requiredLevel: integer('required_level'),
    importance: text('importance', { enum: IMPORTANCES }),
    selfLevel: integer('self_level'),
    managerLevel: integer('manager_level'),
    agreedLevel: integer('agreed_level'),
    justification: text('justification').notNull().default(''),
    notApplicable: integer('not_applicable', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('review_items_review_competency').on(t.reviewId, t.competencyId),
    index('review_items_competency').on(t.competencyId),
  ],
);

/**
 * A person's competency history, append-only: each row is a level held from `valid_from`; the
 * next row for the same person and competency sets its `valid_to`. A correction is a new row with
 * its reason, never an edit of a level. The current level is the row whose `valid_to` is null.
 */
export const competencyRatings = sqliteTable(
  'competency_ratings',
  {
    ...recordColumns,
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'restrict' }),
    level: integer('level').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    source: text('source', { enum: RATING_SOURCES }).notNull(),
    reviewId: text('review_id').references(() => reviews.id, { onDelete: 'set null' }),
    /** The operator who recorded it (the settings' name), and why. */
    recordedBy: text('recorded_by').notNull().default(''),
    reason: text('reason').notNull().default(''),
  },
  (t) => [
    index('competency_ratings_staff_competency').on(t.staffId, t.competencyId, t.validFrom),
    index('competency_ratings_current').on(t.competencyId, t.staffId, t.validTo),
  ],
);

/**
 * A training need. Those of origin `gap` are kept in step with the history by the needs service
 * (a gap of at least 1 on an essential or important requirement; fulfilled when a later level
 * closes it); the others are entered by hand for a person, a unit or an association.
 */
export const trainingNeeds = sqliteTable(
  'training_needs',
  {
    ...recordColumns,
    population: text('population', { enum: NEED_POPULATIONS }).notNull(),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    unitId: text('unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    organizationId: text('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    competencyId: text('competency_id').references(() => competencies.id, { onDelete: 'restrict' }),
    origin: text('origin', { enum: NEED_ORIGINS }).notNull(),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    description: text('description').notNull().default(''),
    importance: text('importance', { enum: IMPORTANCES }).notNull().default('important'),
    /** For a need entered by hand: how many people it concerns and the gap in levels (estimated). */
    peopleCount: integer('people_count').notNull().default(1),
    estimatedGap: integer('estimated_gap').notNull().default(1),
    state: text('state', { enum: NEED_STATES }).notNull().default('identified'),
    stateReason: text('state_reason').notNull().default(''),
    deferredTo: integer('deferred_to'),
    fulfilledAt: text('fulfilled_at'),
    archivedAt: archivedAt(),
  },
  (t) => [
    index('training_needs_staff_competency').on(t.staffId, t.competencyId),
    index('training_needs_competency').on(t.competencyId),
    index('training_needs_organization').on(t.organizationId),
  ],
);
