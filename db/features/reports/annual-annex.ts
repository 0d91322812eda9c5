/**
 * The annual report's annex (issue 12): per programme result, the figure that shows it was done in
 * the year and the records that prove it — R3.6 the review campaigns, R3.7 and R4.4 the plans and
 * their adoption, R3.8 the evaluation procedure applied, R3.9 the directory of trainings and
 * trainers, R4.1 the social guide, R4.2/R4.4 the associations' workers trained. The year's
 * indicators themselves come from `dashboard.year`; these are the counts the dashboard lacks.
 * "Sessions of the year" and "attended" mean what they mean for the indicators (indicator-sql).
 */
import type { AnnualAnnex } from '../../../api/channels/reports';
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';
import { ratio } from '../evaluation/indicator-math';
import { ATTENDED_SQL, YEAR_SESSIONS, yearBounds } from '../evaluation/indicator-sql';
import { COVERED_NEED_STATES, DELIVERED_STATES, SET_ASIDE_NEED_STATES } from '../evaluation/indicators-delivery';
import { round2, slotHours } from '../sessions/slot-math';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const DELIVERED_OF_YEAR = `SELECT id FROM training_sessions WHERE id IN (${YEAR_SESSIONS}) AND status IN (${list(DELIVERED_STATES)})`;

/** Campaigns whose period meets the year. */
const CAMPAIGNS = `SELECT c.code, c.title_fr AS titleFr, c.title_ar AS titleAr, c.status,
    (SELECT count(*) FROM reviews r WHERE r.campaign_id = c.id AND r.state <> 'cancelled') AS reviews,
    (SELECT count(*) FROM reviews r WHERE r.campaign_id = c.id AND r.state = 'validated') AS validated
  FROM review_campaigns c WHERE c.period_start < @next AND c.period_end >= @first ORDER BY c.period_start, c.code`;

const PLANS = `SELECT p.title_fr AS titleFr, p.title_ar AS titleAr, p.audience, p.status, p.version,
    p.decision_reference AS decisionReference, p.decision_date AS decisionDate,
    (SELECT count(*) FROM plan_actions a WHERE a.plan_id = p.id) AS actions,
    (SELECT count(*) FROM plan_actions a WHERE a.plan_id = p.id AND EXISTS (SELECT 1 FROM plan_action_needs n WHERE n.action_id = a.id)) AS actionsFromNeeds,
    (SELECT coalesce(sum(a.sessions), 0) FROM plan_actions a WHERE a.plan_id = p.id AND a.status <> 'cancelled') AS sessionsPlanned,
    (SELECT coalesce(sum(a.sessions * a.hours), 0) FROM plan_actions a WHERE a.plan_id = p.id AND a.status <> 'cancelled') AS hoursPlanned,
    (SELECT count(*) FROM training_sessions t JOIN plan_actions a ON a.id = t.action_id
      WHERE a.plan_id = p.id AND t.status IN (${list(DELIVERED_STATES)})) AS sessionsDelivered, p.id AS id
  FROM training_plans p WHERE p.year = @year ORDER BY p.audience`;

/** The slots of the plans' delivered sessions: their hours are slot-math's. */
const PLAN_SLOTS = `SELECT a.plan_id AS planId, x.start_time AS startTime, x.end_time AS endTime
  FROM session_slots x JOIN training_sessions t ON t.id = x.session_id JOIN plan_actions a ON a.id = t.action_id
  JOIN training_plans p ON p.id = a.plan_id
  WHERE p.year = @year AND t.status IN (${list(DELIVERED_STATES)})`;

const NEEDS = `SELECT
    (SELECT count(*) FROM training_needs WHERE archived_at IS NULL AND state IN (${list(COVERED_NEED_STATES)})) AS covered,
    (SELECT count(*) FROM training_needs WHERE archived_at IS NULL AND state NOT IN (${list(SET_ASIDE_NEED_STATES)})) AS considered`;

const EVALUATION = `SELECT
    (SELECT count(*) FROM questionnaires WHERE status = 'published') AS questionnairesPublished,
    (SELECT count(*) FROM (${DELIVERED_OF_YEAR})) AS sessionsDelivered,
    (SELECT count(DISTINCT r.session_id) FROM evaluation_rounds r JOIN responses s ON s.round_id = r.id
      WHERE r.moment = 'end_sheet' AND r.session_id IN (${DELIVERED_OF_YEAR})) AS sessionsWithSheets,
    (SELECT count(*) FROM evaluation_rounds r JOIN responses s ON s.round_id = r.id
      WHERE r.moment = 'end_sheet' AND r.session_id IN (${YEAR_SESSIONS})) AS endSheets,
    (SELECT count(DISTINCT s.enrolment_id) FROM evaluation_rounds r JOIN responses s ON s.round_id = r.id
      WHERE r.moment = 'post_test' AND s.score IS NOT NULL AND r.session_id IN (${YEAR_SESSIONS})) AS testedParticipants,
    (SELECT count(DISTINCT session_id) FROM session_scans WHERE session_id IN (${DELIVERED_OF_YEAR})) AS sessionsScanned`;

/**
 * Follow-ups falling due in the year (every attended enrolment of a session with a follow-up
 * round, as the follow-ups' list owes them), and those of them done.
 */
const FOLLOW_UPS = `SELECT count(*) AS owed, count(f.done_on) AS done
  FROM evaluation_rounds r
  JOIN training_sessions t ON t.id = r.session_id AND t.status NOT IN ('cancelled', 'postponed')
  JOIN enrolments e ON e.session_id = t.id AND e.status IN ('attended_full', 'attended_partial')
  LEFT JOIN follow_ups f ON f.enrolment_id = e.id AND f.moment = r.moment
  WHERE r.moment IN ('follow_up_30', 'follow_up_90')
    AND coalesce(f.due_date, r.due_date) >= @first AND coalesce(f.due_date, r.due_date) < @next`;

const DIRECTORY = `SELECT
    (SELECT count(*) FROM courses WHERE archived_at IS NULL) AS courses,
    (SELECT count(*) FROM trainers WHERE archived_at IS NULL) AS trainers,
    (SELECT count(*) FROM trainers WHERE archived_at IS NULL AND share_consent = 1) AS trainersShared,
    (SELECT count(*) FROM venues WHERE archived_at IS NULL) AS venues`;

const GUIDE = `SELECT
    (SELECT count(*) FROM organizations WHERE archived_at IS NULL) AS organizations,
    (SELECT count(*) FROM organizations WHERE archived_at IS NULL AND verified_at >= @first AND verified_at < @next) AS verifiedInYear,
    (SELECT count(DISTINCT l.quartier_id) FROM organization_locations l JOIN organizations o ON o.id = l.organization_id
      WHERE o.archived_at IS NULL AND l.quartier_id IS NOT NULL) AS quartiers`;

/** Association trainees' attended marks on the year's slots (hours per slot, as the indicators count them). */
const ASSOCIATION_MARKS = `SELECT e.trainee_id AS traineeId, a.organization_id AS organizationId, e.session_id AS sessionId,
    x.start_time AS startTime, x.end_time AS endTime
  FROM session_slots x JOIN attendance m ON m.slot_id = x.id JOIN enrolments e ON e.id = m.enrolment_id
  JOIN association_trainees a ON a.id = e.trainee_id
  WHERE x.date >= @first AND x.date < @next AND m.mark IN (${ATTENDED_SQL})`;
const ASSOCIATION_NEEDS = `SELECT count(*) FROM training_needs WHERE population = 'association' AND archived_at IS NULL
  AND state NOT IN (${list(SET_ASIDE_NEED_STATES)})`;

export function annualAnnex(ctx: DataContext, year: number): AnnualAnnex {
  const bounds = yearBounds(year);
  const campaigns = stmt(ctx, CAMPAIGNS).all(bounds) as AnnualAnnex['reviews']['campaigns'];
  const reviews = campaigns.reduce((a, c) => a + c.reviews, 0);
  const validated = campaigns.reduce((a, c) => a + c.validated, 0);
  const needs = stmt(ctx, NEEDS).get() as { covered: number; considered: number };
  const evaluation = stmt(ctx, EVALUATION).get(bounds) as Omit<AnnualAnnex['evaluation'], 'followUpsDone' | 'followUpsOwed'>;
  const followUps = stmt(ctx, FOLLOW_UPS).get(bounds) as { owed: number; done: number };
  const marks = stmt(ctx, ASSOCIATION_MARKS).all(bounds) as {
    traineeId: string;
    organizationId: string;
    sessionId: string;
    startTime: string;
    endTime: string;
  }[];
  const planSlots = stmt(ctx, PLAN_SLOTS).all({ year }) as { planId: string; startTime: string; endTime: string }[];
  const hours = round2(marks.reduce((a, m) => a + slotHours(m.startTime, m.endTime), 0));
  return {
    year,
    reviews: { campaigns, reviews, validated, completion: ratio(validated, reviews) },
    plans: (stmt(ctx, PLANS).all({ year }) as (Omit<AnnualAnnex['plans'][number], 'hoursDelivered'> & { id: string })[]).map(
      ({ id, ...p }) => ({
        ...p,
        hoursDelivered: round2(planSlots.filter((x) => x.planId === id).reduce((a, x) => a + slotHours(x.startTime, x.endTime), 0)),
      }),
    ),
    needs: { covered: needs.covered, open: needs.considered, coverage: ratio(needs.covered, needs.considered) },
    evaluation: { ...evaluation, followUpsDone: followUps.done, followUpsOwed: followUps.owed },
    directory: stmt(ctx, DIRECTORY).get() as AnnualAnnex['directory'],
    guide: stmt(ctx, GUIDE).get(bounds) as AnnualAnnex['guide'],
    associations: {
      needs: plucked(ctx, ASSOCIATION_NEEDS).get() as number,
      sessions: new Set(marks.map((m) => m.sessionId)).size,
      trainees: new Set(marks.map((m) => m.traineeId)).size,
      organizations: new Set(marks.map((m) => m.organizationId)).size,
      hours,
    },
  };
}
