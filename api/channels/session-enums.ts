/**
 * The fixed vocabularies of training sessions, enrolment, attendance and attestations, shared by
 * the schema (db/schema/sessions.ts) and the contract (api/channels/sessions.ts).
 */

/**
 * A session's life: draft → open (for enrolment) → confirmed → in_progress → delivered (attendance
 * complete) → evaluated → closed; postponed (back to open with new dates) or cancelled, with a reason.
 */
export const SESSION_STATUSES = [
  'draft',
  'open',
  'confirmed',
  'in_progress',
  'delivered',
  'evaluated',
  'closed',
  'postponed',
  'cancelled',
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** The moves a user may make; the service checks the rules each one has (docs/ARCHITECTURE.md §14). */
export const SESSION_TRANSITIONS: Record<SessionStatus, readonly SessionStatus[]> = {
  draft: ['open', 'cancelled'],
  open: ['draft', 'confirmed', 'postponed', 'cancelled'],
  confirmed: ['open', 'in_progress', 'postponed', 'cancelled'],
  in_progress: ['confirmed', 'delivered', 'cancelled'],
  delivered: ['in_progress', 'evaluated', 'closed'],
  evaluated: ['delivered', 'closed'],
  closed: [],
  postponed: ['open', 'cancelled'],
  cancelled: [],
};
/** Moves that need a reason (kept on the session and in the History). */
export const SESSION_REASON_NEEDED: readonly SessionStatus[] = ['postponed', 'cancelled'];

/**
 * An enrolment: requested → approved (by the manager or the association's president) or declined →
 * booked or waitlisted → attended_full, attended_partial, absent, excused (the outcome, from the
 * attendance); or cancelled by the participant.
 */
export const ENROLMENT_STATUSES = [
  'requested',
  'approved',
  'declined',
  'booked',
  'waitlisted',
  'attended_full',
  'attended_partial',
  'absent',
  'excused',
  'cancelled',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
/** Still going to the session (or hoping to): counts for conflicts between sessions. */
export const ACTIVE_ENROLMENT: readonly EnrolmentStatus[] = ['requested', 'approved', 'booked', 'waitlisted'];
/** An enrolment with one of these has its outcome: a session may close. */
export const ENROLMENT_OUTCOMES: readonly EnrolmentStatus[] = [
  'declined',
  'attended_full',
  'attended_partial',
  'absent',
  'excused',
  'cancelled',
];
/** Holding a place, or on the way to hold one: their attendance is taken. */
export const SEATED: readonly EnrolmentStatus[] = ['booked', 'attended_full', 'attended_partial', 'absent', 'excused'];

/** A mark per slot on the attendance grid (one letter each on the keyboard: P, R/L, E, A). */
export const ATTENDANCE_MARKS = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export const PARTICIPANT_TYPES = ['staff', 'association'] as const;
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

/** Languages a session is delivered in. */
export const DELIVERY_LANGUAGES = ['ar', 'fr', 'ar_fr', 'amazigh'] as const;
