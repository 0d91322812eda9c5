/**
 * A session's report (issue 12, printable): attendance, level-1 indices and the distribution of
 * every scale question, level-2 gains and pass rate, the comments typed in (without names), and
 * the costs against the action's plan. Formulas are the indicators' (indicator-math), the scoring
 * the sheets' (test-scoring), hours the attendance's (slot-math via hoursByEnrolment): a session's
 * figure here and the year's figure on the dashboard mean the same thing. A mean or rate over
 * nothing is null: a session whose sheets were never typed in is "not known", not "0".
 */
import type { Question } from '../../../api/channels/evaluation';
import type { MEASURES, RoundMoment } from '../../../api/channels/evaluation-enums';
import type { SessionReport } from '../../../api/channels/reports';
import { ENROLMENT_STATUSES, type EnrolmentStatus, SEATED } from '../../../api/channels/session-enums';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { stmt } from '../../core/statements';
import {
  answers,
  enrolments,
  evaluationRounds,
  planActionCosts,
  planActions,
  planFunders,
  questions,
  responses,
  sessionCosts,
  trainingSessions,
} from '../../schema';
import { hoursByEnrolment, slotsOf } from '../sessions/attendance';
import { named } from '../sessions/sql-names';
import { round2 } from '../sessions/slot-math';
import { type ScaleCount, type TestPair, meanNormalisedGain, ratio, satisfactionIndex } from './indicator-math';
import { getQuestionnaire } from './questionnaire-read';
import { getRound } from './round-read';
import { passedOf } from './test-scoring';

type Measure = (typeof MEASURES)[number];

const T = named(trainingSessions, 't');
const E = named(enrolments, 'e');
const R = named(evaluationRounds, 'r');
const S = named(responses, 's');
const N = named(answers, 'n');
const Q = named(questions, 'q');
const PA = named(planActions, 'pa');
const PC = named(planActionCosts, 'pc');
const SC = named(sessionCosts, 'sc');
const F = named(planFunders, 'f');

const SESSION = `SELECT ${T.c('id')} AS id, ${T.c('status')} AS status, ${T.c('actionId')} AS actionId FROM ${T.from} WHERE ${T.c('id')} = ?`;
const STATUSES = `SELECT ${E.c('status')} AS status, count(*) AS n FROM ${E.from} WHERE ${E.c('sessionId')} = ? GROUP BY ${E.c('status')}`;
const ROUNDS = `SELECT ${R.c('id')} AS id, ${R.c('moment')} AS moment, ${R.c('questionnaireId')} AS questionnaireId
  FROM ${R.from} WHERE ${R.c('sessionId')} = ?`;
/** The scale answers of one round, per question and value. */
const SCALE_COUNTS = `SELECT ${N.c('questionId')} AS questionId, ${N.c('value')} AS value, count(*) AS n
  FROM ${S.from} JOIN ${N.from} ON ${N.c('responseId')} = ${S.c('id')} JOIN ${Q.from} ON ${Q.c('id')} = ${N.c('questionId')}
  WHERE ${S.c('roundId')} = ? AND ${Q.c('type')} = 'scale' AND ${N.c('value')} IS NOT NULL
  GROUP BY ${N.c('questionId')}, ${N.c('value')}`;
const SHEETS = `SELECT ${S.c('enrolmentId')} AS enrolmentId, ${S.c('score')} AS score, ${S.c('maxScore')} AS maxScore
  FROM ${S.from} WHERE ${S.c('roundId')} = ? ORDER BY ${S.c('submittedOn')}, ${S.c('updatedAt')}, ${S.c('id')}`;
/** Text answers, sorted by their text: nothing on the report orders them by who wrote them. */
const TEXTS = `SELECT ${N.c('questionId')} AS questionId, ${N.c('text')} AS text
  FROM ${S.from} JOIN ${N.from} ON ${N.c('responseId')} = ${S.c('id')} JOIN ${Q.from} ON ${Q.c('id')} = ${N.c('questionId')}
  WHERE ${S.c('roundId')} = ? AND ${Q.c('type')} = 'text' AND trim(${N.c('text')}) <> ''
  ORDER BY ${N.c('text')}`;
const ACTION = `SELECT ${PA.c('code')} AS code, ${PA.c('titleFr')} AS titleFr, ${PA.c('titleAr')} AS titleAr, ${PA.c('sessions')} AS sessions
  FROM ${PA.from} WHERE ${PA.c('id')} = ?`;
const PLANNED = `SELECT ${PC.c('funderId')} AS funderId, coalesce(sum(${PC.c('amountCentimes')}), 0) AS centimes
  FROM ${PC.from} WHERE ${PC.c('actionId')} = ? GROUP BY ${PC.c('funderId')}`;
const LINES = `SELECT ${SC.c('item')} AS item, ${SC.c('amountCentimes')} AS amountCentimes, ${SC.c('funderId')} AS funderId,
    coalesce(${F.c('nameFr')}, '') AS nameFr, coalesce(${F.c('nameAr')}, '') AS nameAr
  FROM ${SC.from} LEFT JOIN ${F.from} ON ${F.c('id')} = ${SC.c('funderId')}
  WHERE ${SC.c('sessionId')} = ? ORDER BY ${SC.c('createdAt')}, ${SC.c('id')}`;
const FUNDERS = `SELECT ${F.c('id')} AS id, ${F.c('nameFr')} AS nameFr, ${F.c('nameAr')} AS nameAr, ${F.c('position')} AS position
  FROM ${F.from} WHERE ${F.c('planId')} = (SELECT ${PA.c('planId')} FROM ${PA.from} WHERE ${PA.c('id')} = ?)`;

interface RoundRow {
  id: string;
  moment: RoundMoment;
  questionnaireId: string;
}
interface SheetRow {
  enrolmentId: string | null;
  score: number | null;
  maxScore: number | null;
}

export function sessionReport(ctx: DataContext, sessionId: string): SessionReport {
  const session = stmt(ctx, SESSION).get(sessionId) as { id: string; status: SessionReport['status']; actionId: string | null } | undefined;
  if (!session) throw notFound();
  const rounds = stmt(ctx, ROUNDS).all(sessionId) as RoundRow[];
  const roundOf = (m: RoundMoment) => rounds.find((r) => r.moment === m);
  return {
    sessionId,
    status: session.status,
    attendance: attendanceOf(ctx, sessionId),
    reaction: reactionOf(ctx, roundOf('end_sheet')),
    learning: learningOf(ctx, roundOf('pre_test'), roundOf('post_test')),
    comments: commentsOf(ctx, rounds),
    costs: costsOf(ctx, sessionId, session.actionId),
  };
}

function attendanceOf(ctx: DataContext, sessionId: string): SessionReport['attendance'] {
  const byStatus = new Map(
    (stmt(ctx, STATUSES).all(sessionId) as { status: EnrolmentStatus; n: number }[]).map((r) => [r.status, r.n] as const),
  );
  const enrolled = SEATED.reduce((a, s) => a + (byStatus.get(s) ?? 0), 0);
  const hours = round2(slotsOf(ctx, sessionId).reduce((a, s) => a + s.hours, 0));
  const summaries = [...hoursByEnrolment(ctx, sessionId).values()];
  const marked = summaries.some((s) => s.marks.some((m) => m !== null));
  const hoursAttended = round2(summaries.reduce((a, s) => a + s.hoursAttended, 0));
  return {
    enrolled,
    attended: summaries.filter((s) => s.hoursAttended > 0).length,
    hours,
    hoursAttended,
    // Without a single mark nobody knows who came: not known, rather than 0 %.
    attendanceRate: marked ? ratio(hoursAttended, hours * enrolled) : null,
    outcomes: ENROLMENT_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
  };
}

function reactionOf(ctx: DataContext, round: RoundRow | undefined): SessionReport['reaction'] {
  if (!round) return null;
  const info = getRound(ctx, round.id);
  const questionnaire = getQuestionnaire(ctx, round.questionnaireId);
  const counts = stmt(ctx, SCALE_COUNTS).all(round.id) as { questionId: string; value: number; n: number }[];
  const scaleQuestions = questionnaire.questions.filter((q) => q.type === 'scale' && (q.scalePoints ?? 0) >= 2);
  const countsOf = (q: Question): ScaleCount[] =>
    counts.filter((c) => c.questionId === q.id).map((c) => ({ value: c.value, points: q.scalePoints ?? 0, n: c.n }));
  const answered = (list: ScaleCount[]) => list.filter((c) => c.value >= 1 && c.value <= c.points).reduce((a, c) => a + c.n, 0);
  const scales = scaleQuestions.map((q) => {
    const own = countsOf(q);
    const points = q.scalePoints ?? 0;
    return {
      questionId: q.id,
      position: q.position,
      textFr: q.textFr,
      textAr: q.textAr,
      measure: q.measures as Measure,
      points,
      lowFr: q.lowFr,
      lowAr: q.lowAr,
      highFr: q.highFr,
      highAr: q.highAr,
      counts: Array.from({ length: points }, (_, i) => own.find((c) => c.value === i + 1)?.n ?? 0),
      answers: answered(own),
      index: satisfactionIndex(own),
    };
  });
  const measures = [...new Set(scaleQuestions.map((q) => q.measures as Measure))];
  return {
    sheets: info.responses,
    expected: info.expected,
    responseRate: info.responseRate,
    satisfactionIndex: satisfactionIndex(scaleQuestions.flatMap(countsOf)),
    byMeasure: measures.map((measure) => {
      const list = scaleQuestions.filter((q) => q.measures === measure).flatMap(countsOf);
      return { measure, index: satisfactionIndex(list), answers: answered(list) };
    }),
    scales,
  };
}

/** One sheet per enrolment and round is the rule; should one have been typed twice, the last one counts. */
const lastByEnrolment = (rows: SheetRow[]) => {
  const by = new Map<string, SheetRow>();
  for (const r of rows) if (r.enrolmentId && r.score !== null && r.maxScore !== null) by.set(r.enrolmentId, r);
  return by;
};

function learningOf(ctx: DataContext, pre: RoundRow | undefined, post: RoundRow | undefined): SessionReport['learning'] {
  if (!post) return null;
  const preSheets = pre ? (stmt(ctx, SHEETS).all(pre.id) as SheetRow[]) : [];
  const postSheets = stmt(ctx, SHEETS).all(post.id) as SheetRow[];
  const before = lastByEnrolment(preSheets);
  const after = lastByEnrolment(postSheets);
  const pairs: TestPair[] = [...before].flatMap(([enrolmentId, b]) => {
    const a = after.get(enrolmentId);
    return a ? [{ pre: b.score!, preMax: b.maxScore!, post: a.score!, postMax: a.maxScore! }] : [];
  });
  const share = (score: number, max: number) => (max > 0 ? score / max : 0);
  const threshold = getQuestionnaire(ctx, post.questionnaireId).passThreshold;
  const scored = [...after.values()];
  const passed = scored.filter((s) => passedOf(s.score, s.maxScore, threshold) === true).length;
  const judged = scored.filter((s) => passedOf(s.score, s.maxScore, threshold) !== null).length;
  return {
    preSheets: preSheets.length,
    postSheets: postSheets.length,
    participants: pairs.length,
    meanPre: ratio(
      pairs.reduce((a, p) => a + share(p.pre, p.preMax), 0),
      pairs.length,
    ),
    meanPost: ratio(
      pairs.reduce((a, p) => a + share(p.post, p.postMax), 0),
      pairs.length,
    ),
    meanNormalisedGain: meanNormalisedGain(pairs),
    passThreshold: threshold,
    passed,
    postScored: judged,
    passRate: ratio(passed, judged),
  };
}

/** The sheets typed in on the session's page carry the comments (follow-ups are the manager's, elsewhere). */
const COMMENT_MOMENTS: readonly RoundMoment[] = ['pre_test', 'end_sheet', 'post_test'];

function commentsOf(ctx: DataContext, rounds: RoundRow[]): SessionReport['comments'] {
  return COMMENT_MOMENTS.flatMap((moment) => {
    const round = rounds.find((r) => r.moment === moment);
    if (!round) return [];
    const texts = stmt(ctx, TEXTS).all(round.id) as { questionId: string; text: string }[];
    return getQuestionnaire(ctx, round.questionnaireId)
      .questions.filter((q) => q.type === 'text')
      .map((q) => ({
        moment,
        questionId: q.id,
        textFr: q.textFr,
        textAr: q.textAr,
        texts: texts.filter((x) => x.questionId === q.id).map((x) => x.text.trim()),
      }))
      .filter((c) => c.texts.length > 0);
  });
}

function costsOf(ctx: DataContext, sessionId: string, actionId: string | null): SessionReport['costs'] {
  const lines = stmt(ctx, LINES).all(sessionId) as SessionReport['costs']['lines'];
  const action = actionId ? ((stmt(ctx, ACTION).get(actionId) as NonNullable<SessionReport['costs']['action']> | undefined) ?? null) : null;
  const planned = actionId ? (stmt(ctx, PLANNED).all(actionId) as { funderId: string | null; centimes: number }[]) : [];
  const funders = actionId ? (stmt(ctx, FUNDERS).all(actionId) as { id: string; nameFr: string; nameAr: string; position: number }[]) : [];
  // An action planned for n sessions: this session's share of its plan is 1/n of it.
  const perSession = (c: number) => Math.round(c / Math.max(action?.sessions ?? 1, 1));
  const keys = [...new Set([...funders.map((f) => f.id), ...planned.map((p) => p.funderId), ...lines.map((l) => l.funderId)])];
  const byFunder = keys
    .map((funderId) => {
      const f = funders.find((x) => x.id === funderId);
      const plannedCentimes = planned.find((p) => p.funderId === funderId)?.centimes ?? 0;
      return {
        funderId,
        nameFr: f?.nameFr ?? '',
        nameAr: f?.nameAr ?? '',
        plannedCentimes,
        plannedPerSessionCentimes: perSession(plannedCentimes),
        actualCentimes: lines.filter((l) => l.funderId === funderId).reduce((a, l) => a + l.amountCentimes, 0),
        position: f?.position ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .filter((f) => f.plannedCentimes > 0 || f.actualCentimes > 0)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...f }) => f);
  const plannedCentimes = planned.reduce((a, p) => a + p.centimes, 0);
  return {
    action,
    byFunder,
    lines,
    plannedCentimes,
    plannedPerSessionCentimes: perSession(plannedCentimes),
    actualCentimes: lines.reduce((a, l) => a + l.amountCentimes, 0),
  };
}
