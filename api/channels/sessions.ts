import { z } from 'zod';
import { id, isoDate, longText, optionalDate, text } from '../common';
import { ATTENDANCE_MARKS, DELIVERY_LANGUAGES, ENROLMENT_STATUSES, PARTICIPANT_TYPES, SESSION_STATUSES } from './session-enums';
import { COST_ITEMS } from './training-enums';

/**
 * Training sessions (issue 11): the delivery of a plan action, or a session outside the plan.
 * Slots are wall-clock times of the commune (the installation's time zone, a setting).
 */

/** HH:MM on a 24-hour clock. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'errors.invalidTime' });

export const slotInput = z
  .object({
    id: id.nullable().default(null),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime,
  })
  .refine((s) => s.endTime > s.startTime, { path: ['endTime'], message: 'errors.endBeforeStart' });

const centimes = z.number().int().min(0, { message: 'errors.amount.negative' }).max(100_000_000_000, { message: 'errors.amount.tooLarge' });
export const sessionCostInput = z.object({ item: z.enum(COST_ITEMS), amountCentimes: centimes, funderId: id.nullable().default(null) });

const capacity = z.number().int().min(0, { message: 'errors.capacity.negative' }).max(10_000, { message: 'errors.capacity.tooLarge' });

const sessionFields = {
  /** Empty: the next free code is given (the action's code, then -S1, -S2…). */
  code: z
    .string()
    .trim()
    .max(40, { message: 'errors.tooLong' })
    .regex(/^[\p{L}\p{N}._/-]*$/u, { message: 'errors.invalidCode' })
    .default(''),
  actionId: id.nullable().default(null),
  courseId: z.uuid({
    error: (issue) => (issue.input === undefined || issue.input === '' || issue.input === null ? 'errors.required' : 'errors.invalidId'),
  }),
  titleFr: text(200),
  titleAr: text(200),
  venueId: id.nullable().default(null),
  trainerIds: z.array(id).max(20).default([]),
  slots: z.array(slotInput).min(1, { message: 'errors.session.noSlot' }).max(200),
  language: z.enum(DELIVERY_LANGUAGES).default('ar_fr'),
  minCapacity: capacity.default(0),
  maxCapacity: capacity.min(1, { message: 'errors.capacity.atLeastOne' }).default(20),
  waitlist: z.boolean().default(true),
  registrationDeadline: optionalDate,
  attendanceRequired: z.number().int().min(0).max(100, { message: 'errors.percent' }).default(80),
  testPlanned: z.boolean().default(false),
  costs: z.array(sessionCostInput).max(50).default([]),
  notes: longText(5000),
};
type SessionShape = { minCapacity?: number; maxCapacity?: number; slots: { date: string; startTime: string; endTime: string }[] };
const checkSession = (v: SessionShape, ctx: z.RefinementCtx) => {
  if ((v.minCapacity ?? 0) > (v.maxCapacity ?? 0))
    ctx.addIssue({ code: 'custom', path: ['minCapacity'], message: 'errors.capacity.minAboveMax' });
  const sorted = [...v.slots]
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1], sorted[k]];
    if (a.date === b.date && b.startTime < a.endTime)
      ctx.addIssue({ code: 'custom', path: ['slots', b.i, 'startTime'], message: 'errors.session.slotsOverlap' });
  }
};
export const sessionCreate = z.object(sessionFields).superRefine(checkSession);
export const sessionUpdate = z.object({ id, ...sessionFields }).superRefine(checkSession);
/** A session as the form holds it, before saving: its conflicts are asked while the user types. */
export const sessionDraft = z.object({ id: id.nullable().default(null), ...sessionFields }).superRefine(checkSession);

export const slot = z.object({
  id,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  hours: z.number(),
  /** morning (ends by 13:00), afternoon (starts at 13:00 or later) or day (spans midday). */
  part: z.enum(['morning', 'afternoon', 'day']),
});
export type Slot = z.infer<typeof slot>;

export const CONFLICT_KINDS = ['trainer', 'venue', 'participant', 'venueTooSmall', 'full'] as const;
/** Said before it happens: another session at the same time for a trainer, the venue or a participant, a venue too small, a full session. */
export const conflict = z.object({
  kind: z.enum(CONFLICT_KINDS),
  /** The other session (trainer, venue, participant). */
  otherSessionId: id.nullable(),
  otherCode: z.string(),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  /** Who or what: the trainer's, participant's or venue's name. */
  nameFr: z.string(),
  nameAr: z.string(),
  /** venueTooSmall: the venue's capacity and the session's maximum; full: booked and maximum. */
  have: z.number().int().nullable(),
  need: z.number().int().nullable(),
});
export type Conflict = z.infer<typeof conflict>;

export const personRef = z.object({ id, nameFr: z.string(), nameAr: z.string() });

export const sessionRow = z.object({
  id,
  code: z.string(),
  courseId: id,
  courseCode: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  actionId: id.nullable(),
  actionCode: z.string(),
  planId: id.nullable(),
  planYear: z.number().int().nullable(),
  venueId: id.nullable(),
  venueNameFr: z.string(),
  venueNameAr: z.string(),
  status: z.enum(SESSION_STATUSES),
  minCapacity: z.number().int(),
  maxCapacity: z.number().int(),
  requested: z.number().int(),
  booked: z.number().int(),
  waitlisted: z.number().int(),
  staffCount: z.number().int(),
  associationCount: z.number().int(),
  trainers: z.array(personRef),
  slots: z.array(slot),
  hours: z.number(),
  /** Kinds of conflict the session has now (the calendar marks them). */
  conflicts: z.array(z.enum(CONFLICT_KINDS)),
});
export type SessionRow = z.infer<typeof sessionRow>;

export const POPULATIONS = ['all', 'staff', 'associations'] as const;
export const sessionListInput = z.object({
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  planId: id.nullable().default(null),
  actionId: id.nullable().default(null),
  courseId: id.nullable().default(null),
  trainerId: id.nullable().default(null),
  venueId: id.nullable().default(null),
  /** Sessions with enrolled staff, association trainees, or any. */
  population: z.enum(POPULATIONS).default('all'),
  status: z.enum(SESSION_STATUSES).nullable().default(null),
  /** Sessions outside the plan only. */
  outsidePlan: z.boolean().default(false),
});

export const sessionCost = z.object({ id, item: z.enum(COST_ITEMS), amountCentimes: z.number().int(), funderId: id.nullable() });
export const scanInfo = z.object({ id, fileName: z.string(), mimeType: z.string(), size: z.number().int(), createdAt: z.string() });

export const sessionDetail = sessionRow.extend({
  language: z.enum(DELIVERY_LANGUAGES),
  waitlist: z.boolean(),
  registrationDeadline: z.string().nullable(),
  attendanceRequired: z.number().int(),
  testPlanned: z.boolean(),
  statusReason: z.string(),
  notes: z.string(),
  costs: z.array(sessionCost),
  totalCostCentimes: z.number().int(),
  /** The action's plan funders, for the cost lines (empty outside the plan). */
  funders: z.array(z.object({ id, nameFr: z.string(), nameAr: z.string() })),
  action: z
    .object({ id, code: z.string(), titleFr: z.string(), titleAr: z.string(), objectivesFr: z.string(), objectivesAr: z.string() })
    .nullable(),
  course: z.object({
    id,
    code: z.string(),
    titleFr: z.string(),
    titleAr: z.string(),
    objectivesFr: z.string(),
    objectivesAr: z.string(),
    hours: z.number(),
    evaluationLevel: z.number().int(),
    attestation: z.string(),
  }),
  venue: z.object({ id, nameFr: z.string(), nameAr: z.string(), address: z.string(), capacity: z.number().int() }).nullable(),
  conflictDetails: z.array(conflict),
  scans: z.array(scanInfo),
  /** Enrolments still without an outcome: the session cannot close while there are any. */
  pendingOutcomes: z.number().int(),
  /** Slots × seated participants without a mark: the session is "delivered" once this is 0. */
  missingMarks: z.number().int(),
  attestationsIssued: z.number().int(),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

/** What a new session of an action (or of a course, outside the plan) starts with. */
export const sessionProposal = z.object({
  code: z.string(),
  actionId: id.nullable(),
  courseId: id.nullable(),
  titleFr: z.string(),
  titleAr: z.string(),
  maxCapacity: z.number().int(),
  testPlanned: z.boolean(),
  /** The course's hours, to guide the slots. */
  hours: z.number(),
  /** Sessions the action planned and sessions it already has. */
  plannedSessions: z.number().int(),
  existingSessions: z.number().int(),
});

export const statusChange = z
  .object({ id, status: z.enum(SESSION_STATUSES), reason: z.string().trim().max(1000, { message: 'errors.tooLong' }).default('') })
  .superRefine((v, ctx) => {
    if ((v.status === 'postponed' || v.status === 'cancelled') && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errors.reasonRequired' });
  });

/** A scan of the signed sheet: 10 MB at most, PDF or image. */
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] as const;
export const scanAdd = z.object({
  sessionId: id,
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.enum(SCAN_TYPES, { message: 'errors.scan.type' }),
  contentBase64: z.string().max(Math.ceil((SCAN_MAX_BYTES * 4) / 3) + 4, { message: 'errors.scan.tooLarge' }),
});

export const icsInput = z.object({
  sessionId: id.nullable().default(null),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
});
export const icsOutput = z.object({ fileName: z.string(), text: z.string(), events: z.number().int() });

/* ---- Enrolment and attendance ---- */

export const participantInput = z
  .object({ staffId: id.nullable().default(null), traineeId: id.nullable().default(null), needId: id.nullable().default(null) })
  .refine((p) => (p.staffId === null) !== (p.traineeId === null), { message: 'errors.enrolment.oneParticipant' });

export const enrolmentAdd = z.object({
  sessionId: id,
  participants: z.array(participantInput).min(1, { message: 'errors.enrolment.nobody' }).max(2000),
});

/** What the user may set by hand; outcomes come from the attendance. */
export const ENROLMENT_MOVES = ['requested', 'approved', 'declined', 'booked', 'cancelled'] as const;
export const enrolmentSetStatus = z
  .object({
    ids: z.array(id).min(1).max(2000),
    status: z.enum(ENROLMENT_MOVES),
    /** The manager or the association's president who approved or declined. */
    decidedBy: text(160),
    reason: z.string().trim().max(1000, { message: 'errors.tooLong' }).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'declined' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errors.reasonRequired' });
  });

export const enrolment = z.object({
  id,
  sessionId: id,
  participantType: z.enum(PARTICIPANT_TYPES),
  staffId: id.nullable(),
  traineeId: id.nullable(),
  /** Matricule for staff; empty for association trainees. */
  matricule: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  sortNameFr: z.string(),
  sortNameAr: z.string(),
  gender: z.enum(['f', 'm']),
  /** The unit (staff) or the organisation (association trainee). */
  groupFr: z.string(),
  groupAr: z.string(),
  /** Who approves: the unit's head, or the association's president. */
  approverFr: z.string(),
  approverAr: z.string(),
  needId: id.nullable(),
  status: z.enum(ENROLMENT_STATUSES),
  decidedBy: z.string(),
  reason: z.string(),
  /** 1 for the first on the waiting list; null when not waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  hoursAttended: z.number(),
  /** Share of the session's hours attended (0–1). */
  attendanceRate: z.number(),
  /** Reached the attendance needed (and passed, where a test was planned). */
  eligible: z.boolean(),
  attestation: z.object({ id, number: z.string(), revoked: z.boolean() }).nullable(),
  /** Other sessions this person is in at the same time. */
  conflicts: z.array(conflict),
});
export type Enrolment = z.infer<typeof enrolment>;

export const enrolmentChange = z.object({
  enrolments: z.array(enrolment),
  /** People moved up from the waiting list by this change. */
  promoted: z.array(personRef),
  /** Bookings that went on the waiting list because the session is full. */
  waitlisted: z.array(personRef),
  /** What the change makes collide (participants in two sessions, a full session). */
  warnings: z.array(conflict),
});

/** People who could be enrolled: those whose needs the action covers, not enrolled yet. */
export const enrolmentCandidate = z.object({
  participantType: z.enum(PARTICIPANT_TYPES),
  staffId: id.nullable(),
  traineeId: id.nullable(),
  needId: id.nullable(),
  nameFr: z.string(),
  nameAr: z.string(),
  groupFr: z.string(),
  groupAr: z.string(),
  gender: z.enum(['f', 'm']),
  /** The gap or estimated gap of the need (null when none is known). */
  gap: z.number().nullable(),
});

export const attendanceGrid = z.object({
  sessionId: id,
  slots: z.array(slot),
  rows: z.array(
    z.object({
      enrolmentId: id,
      nameFr: z.string(),
      nameAr: z.string(),
      sortNameFr: z.string(),
      sortNameAr: z.string(),
      status: z.enum(ENROLMENT_STATUSES),
      /** One mark per slot, in the slots' order (null: not marked yet). */
      marks: z.array(z.enum(ATTENDANCE_MARKS).nullable()),
      hoursAttended: z.number(),
      attendanceRate: z.number(),
    }),
  ),
});
export type AttendanceGrid = z.infer<typeof attendanceGrid>;

export const attendanceSave = z.object({
  sessionId: id,
  marks: z
    .array(z.object({ enrolmentId: id, slotId: id, mark: z.enum(ATTENDANCE_MARKS).nullable() }))
    .min(1)
    .max(100_000),
});

export const enrolmentPassed = z.object({ id, passed: z.boolean().nullable() });
