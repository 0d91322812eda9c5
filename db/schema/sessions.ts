import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ATTENDANCE_MARKS, DELIVERY_LANGUAGES, ENROLMENT_STATUSES, SESSION_STATUSES } from '../../api/channels/session-enums';
import { COST_ITEMS } from '../../api/channels/training-enums';
import { recordColumns } from './columns';
import { planActions, planFunders } from './plans';
import { trainingNeeds } from './reviews';
import { staff } from './staff';
import { associationTrainees, courses, trainers, venues } from './training';

/**
 * The delivery of the plan (R3.7, R4.4): sessions of a plan action (or outside the plan), their
 * slots, trainers and actual costs; who is enrolled, their attendance per slot, and the
 * attestations issued. Times are the commune's wall-clock time (docs/ARCHITECTURE.md §14).
 */
export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    ...recordColumns,
    code: text('code').notNull(),
    /** Null: a session outside the plan (shown as such and counted apart in the indicators). */
    actionId: text('action_id').references(() => planActions.id, { onDelete: 'restrict' }),
    courseId: text('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'restrict' }),
    titleFr: text('title_fr').notNull().default(''),
    titleAr: text('title_ar').notNull().default(''),
    venueId: text('venue_id').references(() => venues.id, { onDelete: 'restrict' }),
    language: text('language', { enum: DELIVERY_LANGUAGES }).notNull().default('ar_fr'),
    minCapacity: integer('min_capacity').notNull().default(0),
    maxCapacity: integer('max_capacity').notNull().default(20),
    /** When full, new bookings go on a waiting list (else they are refused). */
    waitlist: integer('waitlist', { mode: 'boolean' }).notNull().default(true),
    registrationDeadline: text('registration_deadline'),
    /** Share of the hours (percent) a participant must attend for an attestation. */
    attendanceRequired: integer('attendance_required').notNull().default(80),
    /** A test is planned: an attestation also needs the participant to have passed it. */
    testPlanned: integer('test_planned', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('draft'),
    statusReason: text('status_reason').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    uniqueIndex('training_sessions_code').on(t.code),
    index('training_sessions_action').on(t.actionId),
    index('training_sessions_course').on(t.courseId),
    index('training_sessions_venue').on(t.venueId),
  ],
);

/** A slot: one date, a start and an end in the commune's local time; usually a half-day. */
export const sessionSlots = sqliteTable(
  'session_slots',
  {
    ...recordColumns,
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
  },
  (t) => [index('session_slots_session').on(t.sessionId), index('session_slots_date').on(t.date, t.startTime)],
);

export const sessionTrainers = sqliteTable(
  'session_trainers',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    trainerId: text('trainer_id')
      .notNull()
      .references(() => trainers.id, { onDelete: 'restrict' }),
  },
  (t) => [uniqueIndex('session_trainers_pk').on(t.sessionId, t.trainerId), index('session_trainers_trainer').on(t.trainerId)],
);

/** An actual cost of the session, with its funder (one of its plan's funders). */
export const sessionCosts = sqliteTable(
  'session_costs',
  {
    ...recordColumns,
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    item: text('item', { enum: COST_ITEMS }).notNull(),
    amountCentimes: integer('amount_centimes').notNull().default(0),
    funderId: text('funder_id').references(() => planFunders.id, { onDelete: 'set null' }),
  },
  (t) => [index('session_costs_session').on(t.sessionId)],
);

/** A participant of a session: a staff member or an association's trainee (exactly one). */
export const enrolments = sqliteTable(
  'enrolments',
  {
    ...recordColumns,
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'restrict' }),
    traineeId: text('trainee_id').references(() => associationTrainees.id, { onDelete: 'restrict' }),
    /** The need of the register this enrolment answers, when it came from one. */
    needId: text('need_id').references(() => trainingNeeds.id, { onDelete: 'set null' }),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull().default('requested'),
    /** Who approved or declined: the manager or the association's president, by name. */
    decidedBy: text('decided_by').notNull().default(''),
    reason: text('reason').notNull().default(''),
    /** When the person went on the waiting list: the first in is the first moved up. */
    waitlistedAt: text('waitlisted_at'),
    /** The planned test's result: null when none was taken. */
    passed: integer('passed', { mode: 'boolean' }),
  },
  (t) => [
    uniqueIndex('enrolments_session_staff').on(t.sessionId, t.staffId),
    uniqueIndex('enrolments_session_trainee').on(t.sessionId, t.traineeId),
    index('enrolments_staff').on(t.staffId),
    index('enrolments_trainee').on(t.traineeId),
    check('enrolments_one_participant', sql`(${t.staffId} IS NULL) <> (${t.traineeId} IS NULL)`),
  ],
);

/** One mark per enrolment and slot. */
export const attendance = sqliteTable(
  'attendance',
  {
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    slotId: text('slot_id')
      .notNull()
      .references(() => sessionSlots.id, { onDelete: 'cascade' }),
    mark: text('mark', { enum: ATTENDANCE_MARKS }).notNull(),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('attendance_pk').on(t.enrolmentId, t.slotId), index('attendance_slot').on(t.slotId)],
);

/**
 * An attestation, numbered per year without gaps (SAS-2026-0042). `content` is the canonical JSON
 * of what it states, as signed by the installation's Ed25519 key: the partner's coordinator checks
 * the signature offline against the partner dataset.
 */
export const attestations = sqliteTable(
  'attestations',
  {
    ...recordColumns,
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    issuedOn: text('issued_on').notNull(),
    content: text('content').notNull(),
    /** Base64 Ed25519 signature of `content`, and the raw public key (base64) that made it. */
    signature: text('signature').notNull(),
    signerPublicKey: text('signer_public_key').notNull(),
    revokedAt: text('revoked_at'),
    revokeReason: text('revoke_reason').notNull().default(''),
  },
  (t) => [
    uniqueIndex('attestations_year_sequence').on(t.year, t.sequence),
    uniqueIndex('attestations_number').on(t.number),
    index('attestations_enrolment').on(t.enrolmentId),
  ],
);

/** A scan of the signed sign-in sheet, kept in the database so backups carry it (size-limited). */
export const sessionScans = sqliteTable(
  'session_scans',
  {
    ...recordColumns,
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('session_scans_session').on(t.sessionId)],
);
