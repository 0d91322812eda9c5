import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, recordColumns } from './columns';
import { competencies } from './competencies';
import { directoryTerms, organizations } from './directory';
import { staff } from './staff';
import {
  ATTESTATIONS,
  AUDIENCES,
  COURSE_MODALITIES,
  COURSE_ORIGINS,
  TRAINEE_FUNCTIONS,
  TRAINER_KINDS,
} from '../../api/channels/training-enums';

/**
 * The shared directory of trainings and trainers (R3.9): the catalogue of courses, the trainers
 * and the venues, and the social workers of local associations who attend trainings (R4.x).
 */

/** A course of the catalogue. Archived, never deleted once a plan or a session uses it. */
export const courses = sqliteTable(
  'courses',
  {
    ...recordColumns,
    code: text('code').notNull(),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    domainFr: text('domain_fr').notNull().default(''),
    domainAr: text('domain_ar').notNull().default(''),
    objectivesFr: text('objectives_fr').notNull().default(''),
    objectivesAr: text('objectives_ar').notNull().default(''),
    programmeFr: text('programme_fr').notNull().default(''),
    programmeAr: text('programme_ar').notNull().default(''),
    prerequisitesFr: text('prerequisites_fr').notNull().default(''),
    prerequisitesAr: text('prerequisites_ar').notNull().default(''),
    audience: text('audience', { enum: AUDIENCES }).notNull().default('both'),
    /** Standard duration in hours (a half-day is 3.5). */
    hours: real('hours').notNull().default(0),
    modality: text('modality', { enum: COURSE_MODALITIES }).notNull().default('in_person'),
    /** The highest Kirkpatrick level planned for its evaluation (1 reaction … 4 results). */
    evaluationLevel: integer('evaluation_level').notNull().default(1),
    attestation: text('attestation', { enum: ATTESTATIONS }).notNull().default('attendance'),
    costPerParticipantCentimes: integer('cost_per_participant_centimes').notNull().default(0),
    /** How many people one session takes: a plan's number of sessions is people ÷ this, rounded up. */
    groupSize: integer('group_size').notNull().default(20),
    origin: text('origin', { enum: COURSE_ORIGINS }).notNull().default('internal'),
    /** Languages of delivery, as ISO codes separated by commas ("ar,fr"). */
    languages: text('languages').notNull().default(''),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex('courses_code').on(t.code)],
);

/** A competency a course develops, and the level it aims to reach. */
export const courseCompetencies = sqliteTable(
  'course_competencies',
  {
    courseId: text('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'restrict' }),
    targetLevel: integer('target_level').notNull(),
  },
  (t) => [uniqueIndex('course_competencies_pk').on(t.courseId, t.competencyId), index('course_competencies_competency').on(t.competencyId)],
);

/**
 * A trainer: a staff member (internal), an external person, or an organisation of the social
 * directory. Contacts are personal data: shared with other communes only with consent.
 */
export const trainers = sqliteTable(
  'trainers',
  {
    ...recordColumns,
    kind: text('kind', { enum: TRAINER_KINDS }).notNull(),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'restrict' }),
    organizationId: text('organization_id').references(() => organizations.id, { onDelete: 'restrict' }),
    nameFr: text('name_fr').notNull().default(''),
    nameAr: text('name_ar').notNull().default(''),
    bioFr: text('bio_fr').notNull().default(''),
    bioAr: text('bio_ar').notNull().default(''),
    languages: text('languages').notNull().default(''),
    dailyRateCentimes: integer('daily_rate_centimes').notNull().default(0),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    /** The trainer agreed to be listed in the directory shared with the network's communes. */
    shareConsent: integer('share_consent', { mode: 'boolean' }).notNull().default(false),
    consentDate: text('consent_date'),
    /** May be booked for two sessions at the same time (an organisation with several trainers). */
    allowDoubleBooking: integer('allow_double_booking', { mode: 'boolean' }).notNull().default(false),
    archivedAt: archivedAt(),
  },
  (t) => [index('trainers_staff').on(t.staffId), index('trainers_organization').on(t.organizationId)],
);

export const trainerExpertise = sqliteTable(
  'trainer_expertise',
  {
    trainerId: text('trainer_id')
      .notNull()
      .references(() => trainers.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'restrict' }),
  },
  (t) => [uniqueIndex('trainer_expertise_pk').on(t.trainerId, t.competencyId), index('trainer_expertise_competency').on(t.competencyId)],
);

/** A place where trainings are held (the multi-purpose hall, a women's training centre, an association's premises). */
export const venues = sqliteTable('venues', {
  ...recordColumns,
  nameFr: text('name_fr').notNull().default(''),
  nameAr: text('name_ar').notNull().default(''),
  address: text('address').notNull().default(''),
  quartierId: text('quartier_id').references(() => directoryTerms.id, { onDelete: 'set null' }),
  capacity: integer('capacity').notNull().default(0),
  accessible: integer('accessible', { mode: 'boolean' }).notNull().default(false),
  equipment: text('equipment').notNull().default(''),
  archivedAt: archivedAt(),
});

/**
 * A social worker, educator, animator or volunteer of an organisation of the directory who takes
 * part in trainings. Only what the trainings need: phone and e-mail only if needed, and the date
 * and scope of their consent.
 */
export const associationTrainees = sqliteTable(
  'association_trainees',
  {
    ...recordColumns,
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    firstNameFr: text('first_name_fr').notNull().default(''),
    lastNameFr: text('last_name_fr').notNull().default(''),
    firstNameAr: text('first_name_ar').notNull().default(''),
    lastNameAr: text('last_name_ar').notNull().default(''),
    sortNameFr: text('sort_name_fr').notNull().default(''),
    sortNameAr: text('sort_name_ar').notNull().default(''),
    gender: text('gender', { enum: ['f', 'm'] }).notNull(),
    function: text('function', { enum: TRAINEE_FUNCTIONS }).notNull().default('social_worker'),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    consentDate: text('consent_date'),
    consentScope: text('consent_scope').notNull().default(''),
    archivedAt: archivedAt(),
  },
  (t) => [index('association_trainees_organization').on(t.organizationId), index('association_trainees_sort_fr').on(t.sortNameFr)],
);
