/**
 * Who and what the year's indicators count. `indicators.year` counts everyone and every session
 * (`EVERYONE`); the dashboards narrow them (a unit, a gender, staff or association trainees, one
 * plan's sessions) and apply the very same formulas to what is left. A restriction is a set of
 * SQL predicates, each taking the alias of the row it tests, and the named parameters they bind;
 * the indicator modules put them into their queries, so there is one definition of each figure.
 */
import { associationTrainees, enrolments, staff } from '../../schema';
import { named } from '../sessions/sql-names';

export interface Restriction {
  /** Staff counted: a predicate on a `staff` row of the given alias. */
  staff: (alias: string) => string;
  /** Association trainees counted: a predicate on an `association_trainees` row. */
  trainee: (alias: string) => string;
  /** Sessions counted: a predicate on a column holding a session id. */
  session: (column: string) => string;
  /** Needs counted in needsCoverage's denominator (and numerator): a predicate on a `training_needs` row. */
  need: (alias: string) => string;
  /** Needs counted as covered, beside their state: a predicate on a `training_needs` row. */
  coveredNeed: (alias: string) => string;
  /** A people filter is set: anonymous sheets, which belong to nobody, no longer count. */
  people: boolean;
  params: Record<string, unknown>;
}

const all = () => '1';
export const EVERYONE: Restriction = { staff: all, trainee: all, session: all, need: all, coveredNeed: all, people: false, params: {} };

/** Whether a restriction narrows anything at all. */
export const restricts = (r: Restriction): boolean => r !== EVERYONE;

/**
 * A participant of enrolment `e` is counted: its staff row `p` or its trainee row `t` (both
 * left-joined by the caller) passes the restriction.
 */
export const participantKept = (r: Restriction, e: string, p: string, t: string): string =>
  r.people ? `(CASE WHEN ${named(enrolments, e).c('staffId')} IS NOT NULL THEN ${r.staff(p)} ELSE ${r.trainee(t)} END)` : '1';

const RE = named(enrolments, 're');
const RP = named(staff, 'rp');
const RT = named(associationTrainees, 'rt');

/**
 * The enrolment id in `column` is of a counted participant in a counted session: for sheets and
 * follow-ups, which reach the person through their enrolment.
 */
export const enrolmentKept = (r: Restriction, column: string): string =>
  restricts(r)
    ? `${column} IN (SELECT ${RE.c('id')} FROM ${RE.from} LEFT JOIN ${RP.from} ON ${RP.c('id')} = ${RE.c('staffId')}
        LEFT JOIN ${RT.from} ON ${RT.c('id')} = ${RE.c('traineeId')}
        WHERE ${participantKept(r, 're', 'rp', 'rt')} AND ${r.session(RE.c('sessionId'))})`
    : '1';
