import type { z } from 'zod';
import type { Questionnaire, answerInput } from '../../../api/channels/evaluation';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { getQuestionnaire } from '../evaluation/questionnaires';
import { getFollowUp, recordFollowUp } from '../evaluation/follow-ups';
import { saveResponses } from '../evaluation/responses';
import { scheduleRounds } from '../evaluation/rounds';
import { today } from '../reviews/people';

/**
 * The demo's evaluations of its delivered sessions, as the Service would have typed them back:
 * most end-of-session sheets (anonymous), tests before and after where the course plans them
 * (scores that rise), and the follow-ups with the managers — those of the older sessions done
 * (some with a new level observed), the more recent ones still due or overdue.
 */

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** One sheet's answers: `quality` (0–1) is how well it goes (agreement on a scale, right answers on a test). */
function answersFor(q: Questionnaire, rand: () => number, quality: number): z.output<typeof answerInput>[] {
  return q.questions.flatMap((question): z.output<typeof answerInput>[] => {
    const right = rand() < quality;
    switch (question.type) {
      case 'scale': {
        const points = question.scalePoints ?? 5;
        const value = Math.max(1, Math.min(points, Math.round(points * (0.45 + 0.55 * quality) + (rand() - 0.5) * 2)));
        return [{ questionId: question.id, row: 0, value, text: '', choices: [] }];
      }
      case 'yes_no':
        return [
          {
            questionId: question.id,
            row: 0,
            value: right ? (question.correctValue ?? 1) : 1 - (question.correctValue ?? 1),
            text: '',
            choices: [],
          },
        ];
      case 'single': {
        const correct = Math.max(
          0,
          question.options.findIndex((o) => o.correct),
        );
        const value = right ? correct : (correct + 1) % question.options.length;
        return [{ questionId: question.id, row: 0, value, text: '', choices: [] }];
      }
      case 'multiple': {
        const correct = question.options.flatMap((o, i) => (o.correct ? [i] : []));
        return [{ questionId: question.id, row: 0, value: null, text: '', choices: right ? correct : correct.slice(0, 1) }];
      }
      case 'number':
        return [{ questionId: question.id, row: 0, value: right ? (question.correctValue ?? 0) : null, text: '', choices: [] }];
      case 'grid':
        return question.gridRows.map((_, row) => ({
          questionId: question.id,
          row,
          value: 1 + Math.floor(rand() * (question.scalePoints ?? 5)),
          text: '',
          choices: [],
        }));
      default:
        return [];
    }
  });
}

export function generateEvaluations(ctx: DataContext, rand: () => number): { responses: number; followUps: number } {
  const now = today();
  const sessions = stmt(
    ctx,
    `SELECT t.id, (SELECT min(date) FROM session_slots x WHERE x.session_id = t.id) AS firstDate,
       (SELECT max(date) FROM session_slots x WHERE x.session_id = t.id) AS lastDate
     FROM training_sessions t WHERE t.status IN ('delivered', 'evaluated', 'closed') ORDER BY firstDate, t.code`,
  ).all() as { id: string; firstDate: string; lastDate: string }[];
  let responses = 0;
  let followUps = 0;
  sessions.forEach((s, index) => {
    const rounds = scheduleRounds(ctx, { sessionId: s.id, firstFollowUpDays: 30, secondFollowUpDays: 90 });
    const attended = stmt(
      ctx,
      `SELECT id, staff_id AS staffId FROM enrolments WHERE session_id = ? AND status IN ('attended_full', 'attended_partial') ORDER BY id`,
    ).all(s.id) as { id: string; staffId: string | null }[];
    for (const round of rounds) {
      const q = getQuestionnaire(ctx, round.questionnaireId);
      if (round.moment === 'end_sheet') {
        // One sheet in eight is lost in the room; the last session's sheets are not typed in yet.
        if (index === sessions.length - 1) continue;
        const sheets = attended
          .filter(() => rand() > 0.125)
          .map(() => ({
            id: null,
            enrolmentId: null,
            respondent: 'trainee' as const,
            submittedOn: s.lastDate,
            answers: answersFor(q, rand, 0.8),
          }));
        if (sheets.length) saveResponses(ctx, { roundId: round.id, sheets });
        responses += sheets.length;
      } else if (round.moment === 'pre_test' || round.moment === 'post_test') {
        const quality = round.moment === 'pre_test' ? 0.35 : 0.8;
        const date = round.moment === 'pre_test' ? s.firstDate : s.lastDate;
        const sheets = attended.map((e) => ({
          id: null,
          enrolmentId: e.id,
          respondent: 'trainee' as const,
          submittedOn: date,
          answers: answersFor(q, rand, quality),
        }));
        if (sheets.length) saveResponses(ctx, { roundId: round.id, sheets });
        responses += sheets.length;
      }
    }
    // Follow-ups: done for two thirds of those due a week ago or more, the rest left due (or overdue).
    const competency = stmt(
      ctx,
      `SELECT cc.competency_id AS id, cc.target_level AS level FROM course_competencies cc JOIN training_sessions t ON t.course_id = cc.course_id
       WHERE t.id = ? ORDER BY cc.competency_id LIMIT 1`,
    ).get(s.id) as { id: string; level: number } | undefined;
    for (const due of rounds.filter((r) => r.moment === 'follow_up_30' || r.moment === 'follow_up_90')) {
      if (addDays(due.dueDate, 7) > now) continue;
      const moment = due.moment as 'follow_up_30' | 'follow_up_90';
      for (const e of attended) {
        if (rand() > 0.66) continue;
        const form = getFollowUp(ctx, e.id, moment);
        const objectives = (form.suggestedObjectivesFr.length ? form.suggestedObjectivesFr : ['']).slice(0, 3).map((fr, i) => ({
          objectiveFr: fr,
          objectiveAr: form.suggestedObjectivesAr[i] ?? '',
          frequency: (['sometimes', 'often', 'often', 'always'] as const)[Math.floor(rand() * 4)],
          autonomy: (['with_help', 'alone', 'alone', 'passes_on'] as const)[Math.floor(rand() * 4)],
        }));
        // At 90 days, half of the staff show the level the course aims at: written into their history.
        const level =
          moment === 'follow_up_90' && e.staffId && competency && rand() < 0.5
            ? { competencyId: competency.id, newLevel: competency.level }
            : { competencyId: null, newLevel: null };
        recordFollowUp(ctx, {
          enrolmentId: e.id,
          moment,
          doneOn: [addDays(form.dueDate, Math.floor(rand() * 20)), now].sort()[0]!,
          managerName: form.managerFr,
          objectives,
          obstacles: rand() < 0.3 ? ['no_opportunity'] : [],
          obstaclesText: '',
          decision: rand() < 0.2 ? 'coaching' : 'none',
          comment: '',
          ...level,
        });
        followUps++;
      }
    }
  });
  return { responses, followUps };
}
