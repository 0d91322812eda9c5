/**
 * The evaluation figures of the year's indicators: level 1 (satisfaction), level 2 (normalised
 * gain) and level 3 (application). Levels 1 and 2 belong to the sessions with a slot in the year;
 * level 3 to the follow-ups done in the year (they come months after their session). The SQL
 * gives back small distributions and pairs; the formulas are indicator-math's.
 */
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { answers, evaluationRounds, followUpObjectives, followUps, questions, responses } from '../../schema';
import { named } from '../sessions/sql-names';
import { type ScaleCount, type TestPair, applicationRate, meanNormalisedGain, satisfactionIndex } from './indicator-math';
import { inYear, yearSessions } from './indicator-sql';
import { EVERYONE, type Restriction, enrolmentKept } from './indicator-scope';
import type { FREQUENCIES, MEASURES } from '../../../api/channels/evaluation-enums';

type Frequency = (typeof FREQUENCIES)[number];
type Measure = (typeof MEASURES)[number];

const R = named(evaluationRounds, 'r');
const S = named(responses, 's');
const N = named(answers, 'n');
const Q = named(questions, 'q');
const F = named(followUps, 'f');
const O = named(followUpObjectives, 'o');

/**
 * Every answer to a scale question on the end-of-session sheets, counted by value and by what the
 * question measures. Anonymous sheets count unless a people filter is set: they belong to nobody.
 */
const scaleAnswersSql = (
  r: Restriction,
) => `SELECT ${N.c('value')} AS value, ${Q.c('scalePoints')} AS points, ${Q.c('measures')} AS measure, count(*) AS n
  FROM ${R.from} JOIN ${S.from} ON ${S.c('roundId')} = ${R.c('id')}
  JOIN ${N.from} ON ${N.c('responseId')} = ${S.c('id')}
  JOIN ${Q.from} ON ${Q.c('id')} = ${N.c('questionId')}
  WHERE ${R.c('moment')} = 'end_sheet' AND ${R.c('sessionId')} IN (${yearSessions(r)})
    AND ${Q.c('type')} = 'scale' AND ${Q.c('scalePoints')} IS NOT NULL AND ${N.c('value')} IS NOT NULL
    AND ${r.people ? enrolmentKept(r, S.c('enrolmentId')) : '1'}
  GROUP BY ${N.c('value')}, ${Q.c('scalePoints')}, ${Q.c('measures')}`;

/**
 * Each participant's pre-test and post-test with a score. One sheet per enrolment and round is
 * the rule; should a sheet have been typed twice, the last one typed counts.
 */
const testPairsSql = (r: Restriction) => `WITH tests AS (
    SELECT ${S.c('enrolmentId')} AS enrolmentId, ${R.c('moment')} AS moment, ${S.c('score')} AS score, ${S.c('maxScore')} AS maxScore,
      row_number() OVER (PARTITION BY ${S.c('enrolmentId')}, ${R.c('moment')}
        ORDER BY ${S.c('submittedOn')} DESC, ${S.c('updatedAt')} DESC, ${S.c('id')} DESC) AS k
    FROM ${R.from} JOIN ${S.from} ON ${S.c('roundId')} = ${R.c('id')}
    WHERE ${R.c('moment')} IN ('pre_test', 'post_test') AND ${R.c('sessionId')} IN (${yearSessions(r)})
      AND ${S.c('enrolmentId')} IS NOT NULL AND ${enrolmentKept(r, S.c('enrolmentId'))} AND ${S.c('score')} IS NOT NULL AND ${S.c('maxScore')} IS NOT NULL
  )
  SELECT b.score AS pre, b.maxScore AS preMax, a.score AS post, a.maxScore AS postMax
  FROM tests b JOIN tests a ON a.enrolmentId = b.enrolmentId AND a.moment = 'post_test' AND a.k = 1
  WHERE b.moment = 'pre_test' AND b.k = 1`;

/**
 * The objectives rated in the follow-ups done in the year, counted by how often they are applied
 * (restricted: of the participants and sessions kept).
 */
const objectivesSql = (r: Restriction) => `SELECT ${O.c('frequency')} AS frequency, count(*) AS n
  FROM ${F.from} JOIN ${O.from} ON ${O.c('followUpId')} = ${F.c('id')}
  WHERE ${inYear(F.c('doneOn'))} AND ${enrolmentKept(r, F.c('enrolmentId'))}
  GROUP BY ${O.c('frequency')}`;

export interface EvaluationFigures {
  satisfactionIndex: number | null;
  meanNormalisedGain: number | null;
  applicationRate: number | null;
}

/** What the figures are computed from, kept for the dashboards' charts. */
export interface EvaluationRows {
  scale: (ScaleCount & { measure: Measure })[];
  objectives: { frequency: Frequency; n: number }[];
}

export function evaluationFigures(
  ctx: DataContext,
  bounds: { first: string; next: string },
  r: Restriction = EVERYONE,
): EvaluationFigures & { rows: EvaluationRows } {
  const params = { ...r.params, ...bounds };
  const scale = stmt(ctx, scaleAnswersSql(r)).all(params) as EvaluationRows['scale'];
  const objectives = stmt(ctx, objectivesSql(r)).all(params) as EvaluationRows['objectives'];
  return {
    satisfactionIndex: satisfactionIndex(scale),
    meanNormalisedGain: meanNormalisedGain(stmt(ctx, testPairsSql(r)).all(params) as TestPair[]),
    applicationRate: applicationRate(objectives),
    rows: { scale, objectives },
  };
}
