/**
 * The year's indicators for `npm run bench` (ms), not pass/fail: `indicators.year` through the
 * dispatcher beside the same figures computed by one raw SQL statement per indicator
 * (indicators-raw.ts), p50/p95 and whether the two agree, on the programme-scale demo.
 *
 * Measured twice: on the demo as it is (its evaluation tables may be empty: the output says so),
 * then after adding a year of sessions (sessions.ts's `addSessions`) and evaluation rows for the
 * sessions of that year (end-of-session sheets, tests before and after, follow-ups with their
 * objectives), written straight into the tables here, so levels 1 to 3 are measured full.
 */
import type { Indicators } from '../../api/channels/evaluation';
import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { dispatch } from '../../db/dispatch/dispatcher';
import { referenceDay } from '../../db/features/evaluation/indicator-math';
import { today } from '../../db/features/reviews/people';
import { rawIndicators } from './indicators-raw';
import { addSessions } from './sessions';
import { measure } from './stats';

const count = (ctx: DataContext, sql: string, ...params: unknown[]) => (ctx.sqlite.prepare(sql).get(...params) as { n: number }).n;

/** The year with the most slots: the demo's sessions sit around today. */
const busiestYear = (ctx: DataContext): number =>
  Number(
    (
      ctx.sqlite.prepare('SELECT substr(date, 1, 4) AS y FROM session_slots GROUP BY y ORDER BY count(*) DESC, y DESC LIMIT 1').get() as
        { y: string } | undefined
    )?.y ?? new Date().getFullYear(),
  );

/** Keys whose values differ (beyond floating-point noise) between the two computations. */
function differences(a: Indicators, b: Indicators): (keyof Indicators)[] {
  return (Object.keys(a) as (keyof Indicators)[]).filter((k) => {
    const x = a[k];
    const y = b[k];
    if (x === null || y === null) return x !== y;
    return Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  });
}

function figuresFor(ctx: DataContext, year: number) {
  const first = `${year}-01-01`;
  const next = `${year + 1}-01-01`;
  const channel = () => {
    const r = dispatch('indicators.year', { year }, ctx);
    if (!r.ok) throw new Error(`indicators.year: ${JSON.stringify(r.error)}`);
    return r.value as Indicators;
  };
  const raw = rawIndicators(ctx.sqlite);
  const day = referenceDay(year, today());
  const viaChannel = channel();
  const viaRaw = raw(year, day);
  const data = {
    staff: count(ctx, 'SELECT count(*) AS n FROM staff'),
    sessionsWithSlotInYear: count(
      ctx,
      'SELECT count(DISTINCT session_id) AS n FROM session_slots WHERE date >= ? AND date < ?',
      first,
      next,
    ),
    attendanceMarksInYear: count(
      ctx,
      'SELECT count(*) AS n FROM attendance a JOIN session_slots x ON x.id = a.slot_id WHERE x.date >= ? AND x.date < ?',
      first,
      next,
    ),
    responses: count(ctx, 'SELECT count(*) AS n FROM responses'),
    answers: count(ctx, 'SELECT count(*) AS n FROM answers'),
    followUpsDoneInYear: count(ctx, 'SELECT count(*) AS n FROM follow_ups WHERE done_on >= ? AND done_on < ?', first, next),
    needs: count(ctx, 'SELECT count(*) AS n FROM training_needs'),
  };
  const differing = differences(viaChannel, viaRaw);
  return {
    year,
    data,
    ...(data.responses === 0 && data.followUpsDoneInYear === 0
      ? { note: 'no evaluation data (no sheets, no follow-ups done): levels 1 to 3 are null and their queries read empty tables' }
      : {}),
    dispatcher: measure(channel, 30, 3),
    rawSqlOnePerIndicator: measure(() => raw(year, day), 30, 3),
    equal: differing.length === 0,
    ...(differing.length ? { differences: differing.map((k) => ({ key: k, dispatcher: viaChannel[k], rawSql: viaRaw[k] })) } : {}),
    figures: viaChannel,
  };
}

/**
 * Evaluation rows for every session with a slot in `year`: a level-1 sheet per attended enrolment
 * on the published reaction questionnaire's scale questions, a pre-test and a post-test for nine
 * in ten, and a follow-up done in the year with two objectives for half of them.
 */
function addEvaluations(ctx: DataContext, year: number) {
  const reaction = ctx.sqlite.prepare("SELECT id FROM questionnaires WHERE kind = 'reaction' AND status = 'published' LIMIT 1").get() as
    { id: string } | undefined;
  const test = ctx.sqlite.prepare("SELECT id FROM questionnaires WHERE kind = 'test' AND status = 'published' LIMIT 1").get() as
    { id: string } | undefined;
  if (!reaction || !test) return { sheets: 0 };
  const scales = ctx.sqlite
    .prepare("SELECT id, scale_points AS points FROM questions WHERE questionnaire_id = ? AND type = 'scale'")
    .all(reaction.id) as { id: string; points: number }[];
  const attended = ctx.sqlite
    .prepare(
      `SELECT DISTINCT e.session_id AS sessionId, e.id AS enrolmentId FROM enrolments e
       JOIN attendance a ON a.enrolment_id = e.id JOIN session_slots x ON x.id = a.slot_id
       WHERE x.date >= ? AND x.date < ? AND a.mark IN ('present', 'late') ORDER BY e.session_id, e.id`,
    )
    .all(`${year}-01-01`, `${year + 1}-01-01`) as { sessionId: string; enrolmentId: string }[];
  const round = ctx.sqlite.prepare(
    'INSERT OR IGNORE INTO evaluation_rounds (id, session_id, questionnaire_id, moment, due_date) VALUES (?, ?, ?, ?, ?)',
  );
  const roundId = ctx.sqlite.prepare('SELECT id FROM evaluation_rounds WHERE session_id = ? AND moment = ?').pluck();
  const sheet = ctx.sqlite.prepare(
    'INSERT INTO responses (id, round_id, enrolment_id, submitted_on, score, max_score) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const answer = ctx.sqlite.prepare('INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)');
  // An enrolment the demo already tested keeps its one pair: a second pair would make the service
  // (the last sheet counts) and the raw SQL (every pair) disagree on data no user could type.
  const tested = ctx.sqlite.prepare(
    "SELECT 1 FROM responses r JOIN evaluation_rounds ro ON ro.id = r.round_id WHERE r.enrolment_id = ? AND ro.moment IN ('pre_test', 'post_test')",
  );
  const followUp = ctx.sqlite.prepare(
    "INSERT OR IGNORE INTO follow_ups (id, enrolment_id, moment, due_date, done_on) VALUES (?, ?, 'follow_up_90', ?, ?)",
  );
  const objective = ctx.sqlite.prepare(
    "INSERT INTO follow_up_objectives (follow_up_id, position, objective_fr, frequency, autonomy) VALUES (?, ?, 'Objectif', ?, 'alone')",
  );
  const frequencies = ['never', 'sometimes', 'often', 'always'];
  let seed = 7;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const on = `${year}-06-30`;
  let sheets = 0;
  ctx.sqlite.transaction(() => {
    attended.forEach(({ sessionId, enrolmentId }, i) => {
      for (const [moment, q] of [
        ['end_sheet', reaction.id],
        ['pre_test', test.id],
        ['post_test', test.id],
      ] as const)
        round.run(newId(), sessionId, q, moment, on);
      const sheetId = newId();
      sheet.run(sheetId, roundId.get(sessionId, 'end_sheet'), i % 3 === 0 ? null : enrolmentId, on, null, null);
      for (const q of scales) answer.run(sheetId, q.id, 1 + Math.floor(rand() * q.points));
      sheets++;
      if (i % 10 !== 9 && !tested.get(enrolmentId)) {
        const pre = Math.floor(rand() * 11);
        sheet.run(newId(), roundId.get(sessionId, 'pre_test'), enrolmentId, on, pre, 10);
        sheet.run(newId(), roundId.get(sessionId, 'post_test'), enrolmentId, on, Math.min(10, pre + Math.floor(rand() * 6)), 10);
        sheets += 2;
      }
      if (i % 2 === 0) {
        const id = newId();
        // A follow-up the demo already has for that enrolment is left as it is.
        if (followUp.run(id, enrolmentId, on, `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`).changes)
          for (const position of [0, 1]) objective.run(id, position, frequencies[Math.floor(rand() * 4)]);
      }
    });
  })();
  return { sheets };
}

/**
 * `withSessions`: add the year of sessions here (false when the caller, `npm run bench` with every
 * figure, has already added them for the session figures: the first measure then includes them).
 */
export function indicatorFigures(ctx: DataContext, withSessions = true) {
  const year = busiestYear(ctx);
  const asGiven = figuresFor(ctx, year);
  const sessions = withSessions ? addSessions(ctx) : null;
  const thisYear = new Date().getUTCFullYear();
  const evaluations = addEvaluations(ctx, thisYear);
  ctx.sqlite.exec('ANALYZE');
  return {
    [withSessions ? 'demoAsItIs' : 'demoWithAYearOfSessions']: asGiven,
    withAYearOfSessionsAndEvaluations: { addedHere: { ...sessions, ...evaluations }, ...figuresFor(ctx, thisYear) },
  };
}
