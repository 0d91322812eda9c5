import type { z } from 'zod';
import type { FollowUp, FollowUpRow, followUpListInput, followUpRecord } from '../../../api/channels/evaluation';
import type { RoundMoment } from '../../../api/channels/evaluation-enums';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { assessorOf } from '../reviews/campaigns';
import { appendRating } from '../reviews/history';
import { syncGapNeeds } from '../reviews/needs';
import { personName, today } from '../reviews/people';
import { inTransaction } from '../shared/records';

/**
 * Level-3 follow-ups (Kirkpatrick's behaviour), built into the work rather than into e-mail: each
 * participant who attended a session with a follow-up round is due one at the round's date; the
 * list says who is due or overdue and with which manager. Recording one may write a new
 * competency level into the history (source: follow_up), which moves the person's gaps and needs.
 */

/** A follow-up not done a fortnight after its date is overdue (the list says it apart; the dashboards count them). */
export const GRACE_DAYS = 14;
export const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Moment = Extract<RoundMoment, 'follow_up_30' | 'follow_up_90'>;

interface Raw {
  id: string | null;
  enrolmentId: string;
  sessionId: string;
  sessionCode: string;
  titleFr: string;
  titleAr: string;
  moment: Moment;
  dueDate: string;
  doneOn: string | null;
  staffId: string | null;
  traineeId: string | null;
  unitId: string | null;
  nameFr: string;
  nameAr: string;
  presidentFr: string | null;
  presidentAr: string | null;
}

/** Every follow-up owed: attended enrolments × the follow-up rounds of their session, done or not. */
const OWED = `
  SELECT f.id, e.id AS enrolmentId, t.id AS sessionId, t.code AS sessionCode, t.title_fr AS titleFr, t.title_ar AS titleAr,
    r.moment, coalesce(f.due_date, r.due_date) AS dueDate, f.done_on AS doneOn, e.staff_id AS staffId, e.trainee_id AS traineeId,
    s.unit_id AS unitId,
    CASE WHEN e.staff_id IS NOT NULL THEN ${personName('s', 'fr')} ELSE ${personName('a', 'fr')} END AS nameFr,
    CASE WHEN e.staff_id IS NOT NULL THEN ${personName('s', 'ar')} ELSE ${personName('a', 'ar')} END AS nameAr,
    (SELECT oc.name_fr FROM organization_contacts oc WHERE oc.organization_id = a.organization_id
      ORDER BY (lower(oc.role_fr) LIKE 'pr_sid%' OR oc.role_ar LIKE '%رئيس%') DESC, oc.position LIMIT 1) AS presidentFr,
    (SELECT oc.name_ar FROM organization_contacts oc WHERE oc.organization_id = a.organization_id
      ORDER BY (lower(oc.role_fr) LIKE 'pr_sid%' OR oc.role_ar LIKE '%رئيس%') DESC, oc.position LIMIT 1) AS presidentAr
  FROM evaluation_rounds r
  JOIN training_sessions t ON t.id = r.session_id AND t.status NOT IN ('cancelled', 'postponed')
  JOIN enrolments e ON e.session_id = t.id AND e.status IN ('attended_full', 'attended_partial')
  LEFT JOIN follow_ups f ON f.enrolment_id = e.id AND f.moment = r.moment
  LEFT JOIN staff s ON s.id = e.staff_id
  LEFT JOIN association_trainees a ON a.id = e.trainee_id
  WHERE r.moment IN ('follow_up_30', 'follow_up_90')`;

function toRow(ctx: DataContext, r: Raw, now: string): FollowUpRow {
  const managerId = r.staffId ? assessorOf(ctx, r.staffId, r.unitId) : null;
  const manager = managerId
    ? (stmt(ctx, `SELECT ${personName('h', 'fr')} AS fr, ${personName('h', 'ar')} AS ar FROM staff h WHERE h.id = ?`).get(managerId) as {
        fr: string;
        ar: string;
      })
    : { fr: r.presidentFr ?? '', ar: r.presidentAr ?? '' };
  const { unitId: _u, presidentFr: _pf, presidentAr: _pa, ...rest } = r;
  return { ...rest, overdue: !r.doneOn && addDays(r.dueDate, GRACE_DAYS) < now, managerId, managerFr: manager.fr, managerAr: manager.ar };
}

export function listFollowUps(ctx: DataContext, f: z.output<typeof followUpListInput>): FollowUpRow[] {
  const now = today();
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.sessionId) {
    where.push('t.id = ?');
    params.push(f.sessionId);
  }
  if (f.status === 'done') where.push('f.done_on IS NOT NULL');
  if (f.status === 'due' || f.status === 'overdue') {
    where.push('f.done_on IS NULL AND coalesce(f.due_date, r.due_date) <= ?');
    params.push(f.status === 'due' ? now : addDays(now, -GRACE_DAYS - 1));
  }
  const raw = ctx.sqlite
    .prepare(`${OWED} ${where.length ? `AND ${where.join(' AND ')}` : ''} ORDER BY dueDate, nameFr, e.id`)
    .all(...params) as Raw[];
  const rows = raw.map((r) => toRow(ctx, r, now));
  return f.managerId ? rows.filter((r) => r.managerId === f.managerId) : rows;
}

/** The objectives as written in the action (else the course): one per line, bullets dropped. */
const splitObjectives = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*·\d.)]+\s*/u, '').trim())
    .filter(Boolean);

export function getFollowUp(ctx: DataContext, enrolmentId: string, moment: Moment): FollowUp {
  const raw = ctx.sqlite.prepare(`${OWED} AND e.id = ? AND r.moment = ?`).get(enrolmentId, moment) as Raw | undefined;
  if (!raw) throw notFound('errors.followUp.notOwed');
  const row = toRow(ctx, raw, today());
  const saved = raw.id
    ? (stmt(
        ctx,
        `SELECT manager_name AS managerName, decision, obstacles, obstacles_text AS obstaclesText, comment, competency_id AS competencyId,
           new_level AS newLevel, rating_id AS ratingId FROM follow_ups WHERE id = ?`,
      ).get(raw.id) as Omit<
        FollowUp,
        keyof FollowUpRow | 'objectives' | 'obstacles' | 'suggestedObjectivesFr' | 'suggestedObjectivesAr' | 'competencies'
      > & {
        obstacles: string;
      })
    : null;
  const objectives = raw.id
    ? (stmt(
        ctx,
        `SELECT objective_fr AS objectiveFr, objective_ar AS objectiveAr, frequency, autonomy FROM follow_up_objectives
         WHERE follow_up_id = ? ORDER BY position`,
      ).all(raw.id) as FollowUp['objectives'])
    : [];
  const texts = stmt(
    ctx,
    `SELECT coalesce(nullif(a.objectives_fr, ''), c.objectives_fr) AS fr, coalesce(nullif(a.objectives_ar, ''), c.objectives_ar) AS ar, c.id AS courseId
     FROM training_sessions t JOIN courses c ON c.id = t.course_id LEFT JOIN plan_actions a ON a.id = t.action_id WHERE t.id = ?`,
  ).get(raw.sessionId) as { fr: string; ar: string; courseId: string };
  const competencies = stmt(
    ctx,
    `SELECT k.id, k.code, k.name_fr AS nameFr, k.name_ar AS nameAr,
       (SELECT level FROM competency_ratings cr WHERE cr.staff_id = ? AND cr.competency_id = k.id AND cr.valid_to IS NULL
        ORDER BY cr.valid_from DESC, cr.id DESC LIMIT 1) AS currentLevel
     FROM course_competencies cc JOIN competencies k ON k.id = cc.competency_id WHERE cc.course_id = ? ORDER BY k.code`,
  ).all(raw.staffId, texts.courseId) as FollowUp['competencies'];
  return {
    ...row,
    managerName: saved?.managerName ?? (row.managerFr || row.managerAr),
    decision: saved?.decision ?? null,
    objectives,
    obstacles: saved ? (JSON.parse(saved.obstacles) as FollowUp['obstacles']) : [],
    obstaclesText: saved?.obstaclesText ?? '',
    comment: saved?.comment ?? '',
    competencyId: saved?.competencyId ?? null,
    newLevel: saved?.newLevel ?? null,
    ratingId: saved?.ratingId ?? null,
    suggestedObjectivesFr: splitObjectives(texts.fr),
    suggestedObjectivesAr: splitObjectives(texts.ar),
    // An association's worker has no competency history: no level to record.
    competencies: raw.staffId ? competencies : [],
  };
}

/**
 * Records (or corrects) a follow-up. A new level, when given, is appended to the history with the
 * follow-up as its source, dated the day of the follow-up; recording the same level again adds
 * nothing, a different one adds a row (the history is never rewritten).
 */
export function recordFollowUp(ctx: DataContext, input: z.output<typeof followUpRecord>): FollowUp {
  inTransaction(ctx, () => {
    const owed = ctx.sqlite.prepare(`${OWED} AND e.id = ? AND r.moment = ?`).get(input.enrolmentId, input.moment) as Raw | undefined;
    if (!owed) throw new DomainError('conflict', 'errors.followUp.notOwed');
    if (input.doneOn > today())
      throw new DomainError('invalid_input', 'errors.followUp.inFuture', {
        issues: [{ path: 'doneOn', message: 'errors.followUp.inFuture' }],
      });
    if ((input.newLevel === null) !== (input.competencyId === null))
      throw new DomainError('invalid_input', 'errors.followUp.levelAndCompetency', {
        issues: [{ path: 'newLevel', message: 'errors.followUp.levelAndCompetency' }],
      });
    if (input.newLevel !== null && !owed.staffId) throw new DomainError('invalid_input', 'errors.followUp.staffOnly');
    if (input.competencyId) {
      const taught = stmt(
        ctx,
        'SELECT 1 FROM course_competencies cc JOIN training_sessions t ON t.course_id = cc.course_id WHERE t.id = ? AND cc.competency_id = ?',
      ).get(owed.sessionId, input.competencyId);
      if (!taught)
        throw new DomainError('invalid_input', 'errors.followUp.competencyNotTaught', {
          issues: [{ path: 'competencyId', message: 'errors.followUp.competencyNotTaught' }],
        });
    }
    const before = owed.id
      ? (stmt(ctx, 'SELECT competency_id AS competencyId, new_level AS newLevel, rating_id AS ratingId FROM follow_ups WHERE id = ?').get(
          owed.id,
        ) as {
          competencyId: string | null;
          newLevel: number | null;
          ratingId: string | null;
        })
      : null;
    let ratingId = before?.ratingId ?? null;
    const levelChanged = input.newLevel !== null && (before?.newLevel !== input.newLevel || before?.competencyId !== input.competencyId);
    if (levelChanged && owed.staffId && input.competencyId && input.newLevel !== null) {
      ratingId = appendRating(ctx, {
        staffId: owed.staffId,
        competencyId: input.competencyId,
        level: input.newLevel,
        validFrom: input.doneOn,
        source: 'follow_up',
        reason: `${owed.sessionCode}`,
      });
      syncGapNeeds(ctx, [owed.staffId]);
    }
    const id = owed.id ?? newId();
    const values = [
      input.doneOn,
      input.managerName,
      input.decision,
      JSON.stringify(input.obstacles),
      input.obstaclesText,
      input.comment,
      input.competencyId,
      input.newLevel,
      ratingId,
      nowIso(),
    ];
    if (owed.id)
      stmt(
        ctx,
        `UPDATE follow_ups SET done_on = ?, manager_name = ?, decision = ?, obstacles = ?, obstacles_text = ?, comment = ?, competency_id = ?,
           new_level = ?, rating_id = ?, updated_at = ? WHERE id = ?`,
      ).run(...values, id);
    else
      stmt(
        ctx,
        `INSERT INTO follow_ups (done_on, manager_name, decision, obstacles, obstacles_text, comment, competency_id, new_level, rating_id, updated_at,
           id, enrolment_id, moment, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...values, id, input.enrolmentId, input.moment, owed.dueDate);
    stmt(ctx, 'DELETE FROM follow_up_objectives WHERE follow_up_id = ?').run(id);
    input.objectives.forEach((o, position) =>
      stmt(
        ctx,
        'INSERT INTO follow_up_objectives (follow_up_id, position, objective_fr, objective_ar, frequency, autonomy) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, position, o.objectiveFr, o.objectiveAr, o.frequency, o.autonomy),
    );
    recordAudit(ctx, 'followUps', id, owed.id ? 'update' : 'create');
  });
  return getFollowUp(ctx, input.enrolmentId, input.moment);
}
