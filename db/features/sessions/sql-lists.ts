import { ACTIVE_ENROLMENT, SEATED } from '../../../api/channels/session-enums';

/**
 * The enrolment vocabularies as SQL lists (`'booked', 'waitlisted'`), for `status IN (…)`: the
 * values are the contract's constants, never user input.
 */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** Holding a place: booked, or an outcome of the attendance. */
export const SEATED_SQL = sqlList(SEATED);
/** Still going (requested, approved, booked, waitlisted). */
export const ACTIVE_SQL = sqlList(ACTIVE_ENROLMENT);
