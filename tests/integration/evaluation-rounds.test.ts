import { describe, expect, it } from 'vitest';
import type { QuestionInput } from '../../api/channels/evaluation';
import type { DataContext } from '../../db/core/context';
import { auditOf, call, count, openTemp, refusal } from './helpers';
import { sessionCase } from './session-fixture';

/**
 * Questionnaires, a session's evaluation rounds and the paper answers typed back (issue 12), on
 * the session case: course K1, Amal and Badr (staff), Nadia (association).
 */

const setLevel = (ctx: DataContext, courseId: string, level: number) =>
  ctx.sqlite.prepare('UPDATE courses SET evaluation_level = ? WHERE id = ?').run(level, courseId);

/** A session of K1 on two days with the given people booked; returns it and their enrolment ids. */
function bookedSession(ctx: DataContext, k: ReturnType<typeof sessionCase>, people: { staffId?: string; traineeId?: string }[]) {
  const s = k.session(['2026-05-04', '2026-05-05']);
  call(ctx, 'sessions.setStatus', { id: s.id, status: 'open' });
  const ids = call(ctx, 'enrolments.add', { sessionId: s.id, participants: people }).enrolments.map((e) => e.id);
  call(ctx, 'enrolments.setStatus', { ids, status: 'approved', decidedBy: 'Chef' });
  call(ctx, 'enrolments.setStatus', { ids, status: 'booked' });
  return { s, ids };
}

const yesNo = (textFr: string, points: number, correctValue: number): QuestionInput => ({
  type: 'yes_no',
  textFr,
  textAr: textFr,
  points,
  correctValue,
});

/**
 * A test of 5 points, passed from 60 %: a yes/no worth 2 (right: no), a number worth 1 (right:
 * 12), a single choice worth 1 (right: the 2nd), a multiple choice worth 1 (right: 1st and 2nd).
 */
const K1_TEST = {
  code: 'TEST-K1',
  kind: 'test' as const,
  titleFr: 'Test écoute active',
  titleAr: 'اختبار الإنصات',
  passThreshold: 0.6,
  questions: [
    yesNo('Interrompre aide à comprendre', 2, 0),
    { type: 'number', textFr: 'Combien de techniques ?', textAr: 'كم تقنية؟', points: 1, correctValue: 12 },
    {
      type: 'single',
      textFr: 'Reformuler, c’est…',
      textAr: 'إعادة الصياغة هي…',
      points: 1,
      options: [
        { fr: 'Juger', ar: 'الحكم' },
        { fr: 'Redire avec ses mots', ar: 'القول بكلماته', correct: true },
      ],
    },
    {
      type: 'multiple',
      textFr: 'Signes d’écoute',
      textAr: 'علامات الإنصات',
      points: 1,
      options: [
        { fr: 'Regard', ar: 'النظر', correct: true },
        { fr: 'Silence', ar: 'الصمت', correct: true },
        { fr: 'Téléphone', ar: 'الهاتف' },
      ],
    },
  ] as QuestionInput[],
};

describe('questionnaires', () => {
  it('publishes a test once it can be scored; a published version no longer changes, a new version is a draft numbered 2', () => {
    const ctx = openTemp();
    sessionCase(ctx);
    const draft = call(ctx, 'questionnaires.create', { ...K1_TEST, passThreshold: null });
    expect(draft).toMatchObject({ version: 1, status: 'draft', maxScore: 5, questionCount: 4 });
    expect(draft.questions[2]!.options.map((o) => o.correct)).toEqual([false, true]);
    expect(refusal(ctx, 'questionnaires.publish', { id: draft.id }).issues).toEqual([
      { path: 'passThreshold', message: 'errors.questionnaire.passThreshold' },
    ]);
    // The form sends the questions back with their ids: they keep them.
    const edited = call(ctx, 'questionnaires.update', {
      ...K1_TEST,
      id: draft.id,
      questions: draft.questions.map((q) => ({ ...q, textFr: `${q.textFr} ?` })),
    });
    expect(edited.questions.map((q) => q.id)).toEqual(draft.questions.map((q) => q.id));
    const published = call(ctx, 'questionnaires.publish', { id: draft.id });
    expect(published.status).toBe('published');
    expect(published.publishedAt).toBeTruthy();

    expect(refusal(ctx, 'questionnaires.update', { ...K1_TEST, id: draft.id, titleFr: 'Autre' }).messageKey).toBe(
      'errors.questionnaire.published',
    );
    expect(call(ctx, 'questionnaires.get', { id: draft.id }).titleFr).toBe(K1_TEST.titleFr);

    const v2 = call(ctx, 'questionnaires.newVersion', { id: draft.id });
    expect(v2).toMatchObject({ code: 'TEST-K1', version: 2, status: 'draft', passThreshold: 0.6, maxScore: 5 });
    expect(v2.questions.map((q) => q.textFr)).toEqual(published.questions.map((q) => q.textFr));
    expect(v2.questions.map((q) => q.id)).not.toContain(published.questions[0]!.id);
    expect(refusal(ctx, 'questionnaires.newVersion', { id: draft.id }).messageKey).toBe('errors.questionnaire.draftExists');
    expect(call(ctx, 'questionnaires.update', { ...K1_TEST, id: v2.id, titleFr: 'Test v2' }).titleFr).toBe('Test v2');

    expect(refusal(ctx, 'questionnaires.create', { ...K1_TEST, titleFr: 'Copie' }).issues).toEqual([
      { path: 'code', message: 'errors.questionnaire.codeTaken' },
    ]);
    expect(
      refusal(ctx, 'questionnaires.publish', {
        id: call(ctx, 'questionnaires.create', { code: 'VIDE', kind: 'reaction', titleFr: 'Vide' }).id,
      }).issues,
    ).toEqual([{ path: 'questions', message: 'errors.questionnaire.noQuestions' }]);
    const tests = call(ctx, 'questionnaires.list', { kind: 'test' });
    expect(tests.map((q) => [q.code, q.version, q.status])).toEqual([
      ['TEST', 1, 'published'],
      ['TEST-K1', 2, 'draft'],
      ['TEST-K1', 1, 'published'],
    ]);
    expect(auditOf(ctx, draft.id).map((a) => [a.action, a.fields])).toEqual([
      ['create', []],
      ['update', ['passThreshold', 'questions']],
      ['update', ['status', 'publishedAt']],
    ]);
  });
});

describe('evaluation rounds', () => {
  it('schedules the five rounds of a level-3 course from its slots and the days given, and scheduling again changes nothing', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    setLevel(ctx, k.courseId, 3);
    const s = k.session(['2026-05-04', '2026-05-05']);
    const rounds = call(ctx, 'rounds.schedule', { sessionId: s.id, firstFollowUpDays: 45, secondFollowUpDays: 120 });
    expect(rounds.map((r) => [r.moment, r.dueDate, r.questionnaireCode, r.anonymous])).toEqual([
      ['pre_test', '2026-05-04', 'TEST', false],
      ['end_sheet', '2026-05-05', 'REACTION', true],
      ['post_test', '2026-05-05', 'TEST', false],
      ['follow_up_30', '2026-06-19', 'FOLLOWUP-MANAGER', false],
      ['follow_up_90', '2026-09-02', 'FOLLOWUP-MANAGER', false],
    ]);
    // Nobody booked yet: no rate to show.
    expect(rounds.every((r) => r.expected === 0 && r.responseRate === null)).toBe(true);

    const again = call(ctx, 'rounds.schedule', { sessionId: s.id });
    expect(again).toEqual(rounds);
    expect(count(ctx, 'evaluation_rounds')).toBe(5);

    // A course's own test, once published, is the one its next sessions take.
    const own = call(ctx, 'questionnaires.create', K1_TEST);
    call(ctx, 'questionnaires.publish', { id: own.id });
    const other = k.session(['2026-06-01']);
    const tests = call(ctx, 'rounds.schedule', { sessionId: other.id }).filter((r) => r.kind === 'test');
    expect(tests.map((r) => r.questionnaireCode)).toEqual(['TEST-K1', 'TEST-K1']);

    // A round takes only a published questionnaire of its kind.
    const end = rounds.find((r) => r.moment === 'end_sheet')!;
    expect(
      refusal(ctx, 'rounds.update', { id: end.id, questionnaireId: own.id, dueDate: end.dueDate, anonymous: true }).issues?.[0]?.message,
    ).toBe('errors.round.wrongKind');
    const moved = call(ctx, 'rounds.update', { id: end.id, questionnaireId: end.questionnaireId, dueDate: '2026-05-06', anonymous: true });
    expect(moved.find((r) => r.id === end.id)!.dueDate).toBe('2026-05-06');
    expect(call(ctx, 'rounds.delete', { id: rounds[0]!.id }).map((r) => r.moment)).not.toContain('pre_test');
  });

  it('types anonymous level-1 sheets back and rates the answers against those who attended', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const { s, ids } = bookedSession(ctx, k, [{ staffId: k.amal.id }, { staffId: k.badr.id }, { traineeId: k.nadia.id }]);
    const [round] = call(ctx, 'rounds.schedule', { sessionId: s.id });
    expect(call(ctx, 'rounds.list', { sessionId: s.id }).map((r) => r.moment)).toEqual(['end_sheet']);
    expect(round).toMatchObject({ moment: 'end_sheet', anonymous: true, expected: 3, responses: 0, responseRate: 0 });

    // Nadia did not come: she is no longer expected to answer.
    call(ctx, 'sessions.setStatus', { id: s.id, status: 'confirmed' });
    call(ctx, 'sessions.setStatus', { id: s.id, status: 'in_progress' });
    call(ctx, 'attendance.save', {
      sessionId: s.id,
      marks: s.slots.flatMap((slot) =>
        ids.map((enrolmentId, i) => ({ enrolmentId, slotId: slot.id, mark: i === 2 ? ('absent' as const) : ('present' as const) })),
      ),
    });

    const { questionnaire } = call(ctx, 'responses.sheets', { roundId: round!.id });
    const [content, trainer] = questionnaire.questions;
    const comment = questionnaire.questions.find((q) => q.type === 'text')!;
    const sheet = (a: number, b: number, text = '') => ({
      submittedOn: '2026-05-05',
      answers: [
        { questionId: content!.id, value: a },
        { questionId: trainer!.id, value: b },
        { questionId: comment.id, text },
      ],
    });
    expect(refusal(ctx, 'responses.save', { roundId: round!.id, sheets: [{ ...sheet(4, 5), enrolmentId: ids[0] }] }).issues).toEqual([
      { path: 'sheets.0.enrolmentId', message: 'errors.answer.anonymous' },
    ]);
    const saved = call(ctx, 'responses.save', { roundId: round!.id, sheets: [sheet(4, 5, 'Très utile'), sheet(2, 3)] });
    expect(saved.sheets.map((x) => [x.nameFr, x.nameAr, x.enrolmentId, x.score])).toEqual([
      ['', '', null, null],
      ['', '', null, null],
    ]);
    // A blank comment is a question left blank, not an empty answer.
    expect(saved.sheets.map((x) => x.answers.length).sort()).toEqual([2, 3]);
    expect(saved.round).toMatchObject({ responses: 2, expected: 2, responseRate: 1 });

    expect(refusal(ctx, 'rounds.delete', { id: round!.id }).messageKey).toBe('errors.round.hasAnswers');
    const after = call(ctx, 'responses.delete', { id: saved.sheets[0]!.id });
    expect(after.round).toMatchObject({ responses: 1, responseRate: 0.5 });
  });

  it('scores a pre- and a post-test: passed from the threshold on, not below', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    setLevel(ctx, k.courseId, 2);
    call(ctx, 'questionnaires.publish', { id: call(ctx, 'questionnaires.create', K1_TEST).id });
    const { s, ids } = bookedSession(ctx, k, [{ staffId: k.amal.id }, { staffId: k.badr.id }]);
    const [amal, badr] = ids;
    const rounds = call(ctx, 'rounds.schedule', { sessionId: s.id });
    const pre = rounds.find((r) => r.moment === 'pre_test')!;
    const post = rounds.find((r) => r.moment === 'post_test')!;
    const [yn, num, single, multiple] = call(ctx, 'responses.sheets', { roundId: pre.id }).questionnaire.questions;
    const sheet = (enrolmentId: string, a: { yn: number; num: number; single: number; multiple: number[] }, id: string | null = null) => ({
      id,
      enrolmentId,
      submittedOn: '2026-05-05',
      answers: [
        { questionId: yn!.id, value: a.yn },
        { questionId: num!.id, value: a.num },
        { questionId: single!.id, value: a.single },
        { questionId: multiple!.id, choices: a.multiple },
      ],
    });

    // Amal before: only the single choice right (1 of 5).
    const before = call(ctx, 'responses.save', { roundId: pre.id, sheets: [sheet(amal!, { yn: 1, num: 11, single: 1, multiple: [] })] });
    expect(before.sheets.map((x) => [x.nameFr, x.score, x.maxScore, x.passed])).toEqual([['Amal X', 1, 5, false]]);

    // After: Amal 2 + 1 = 3 of 5, exactly the 60 % threshold; Badr 1 + 1 = 2 (a third option too many).
    const after = call(ctx, 'responses.save', {
      roundId: post.id,
      sheets: [
        sheet(amal!, { yn: 0, num: 12, single: 0, multiple: [0] }),
        sheet(badr!, { yn: 1, num: 12, single: 1, multiple: [0, 1, 2] }),
      ],
    });
    expect(after.sheets.map((x) => [x.nameFr, x.score, x.passed])).toEqual([
      ['Amal X', 3, true],
      ['Badr X', 2, false],
    ]);
    // Badr's sheet typed again, the multiple choice corrected: replaced, not added.
    const badrSheet = after.sheets.find((x) => x.enrolmentId === badr)!;
    const fixed = call(ctx, 'responses.save', {
      roundId: post.id,
      sheets: [sheet(badr!, { yn: 1, num: 12, single: 1, multiple: [1, 0] }, badrSheet.id)],
    });
    expect(fixed.sheets.map((x) => [x.nameFr, x.score, x.passed])).toEqual([
      ['Amal X', 3, true],
      ['Badr X', 3, true],
    ]);
    // One sheet per person and round, and only the session's own people.
    expect(
      refusal(ctx, 'responses.save', { roundId: post.id, sheets: [sheet(badr!, { yn: 1, num: 1, single: 1, multiple: [] })] }).issues,
    ).toEqual([{ path: 'sheets.0.enrolmentId', message: 'errors.answer.alreadyAnswered' }]);
    expect(
      refusal(ctx, 'responses.save', {
        roundId: post.id,
        sheets: [{ ...sheet(badr!, { yn: 1, num: 1, single: 1, multiple: [] }), enrolmentId: null }],
      }).issues,
    ).toEqual([{ path: 'sheets.0.enrolmentId', message: 'errors.answer.whoRequired' }]);
  });

  it('refuses answers out of range with the question named, and writes nothing of the batch', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    setLevel(ctx, k.courseId, 2);
    const { s, ids } = bookedSession(ctx, k, [{ staffId: k.amal.id }, { staffId: k.badr.id }]);
    const rounds = call(ctx, 'rounds.schedule', { sessionId: s.id });
    const end = rounds.find((r) => r.moment === 'end_sheet')!;
    const pre = rounds.find((r) => r.moment === 'pre_test')!;
    const reaction = call(ctx, 'responses.sheets', { roundId: end.id }).questionnaire.questions;
    const test = call(ctx, 'responses.sheets', { roundId: pre.id }).questionnaire.questions;
    const good = { submittedOn: '2026-05-05', answers: [{ questionId: reaction[0]!.id, value: 5 }] };

    // Second sheet, second answer: a 6 on a scale of 5.
    const wrong = refusal(ctx, 'responses.save', {
      roundId: end.id,
      sheets: [
        good,
        {
          submittedOn: '2026-05-05',
          answers: [
            { questionId: reaction[0]!.id, value: 3 },
            { questionId: reaction[1]!.id, value: 6 },
          ],
        },
      ],
    });
    expect(wrong).toMatchObject({ messageKey: 'errors.answer.outOfScale', detail: 'question 2' });
    expect(wrong.issues).toEqual([{ path: 'sheets.1.answers.1', message: 'errors.answer.outOfScale' }]);
    expect(count(ctx, 'responses')).toBe(0);
    expect(count(ctx, 'answers')).toBe(0);

    const single = test.find((q) => q.type === 'single')!;
    const multiple = test.find((q) => q.type === 'multiple')!;
    const yn = test.find((q) => q.type === 'yes_no')!;
    const on = (answer: Record<string, unknown>) =>
      refusal(ctx, 'responses.save', { roundId: pre.id, sheets: [{ enrolmentId: ids[0], submittedOn: '2026-05-04', answers: [answer] }] });
    expect(on({ questionId: yn.id, value: 2 })).toMatchObject({ messageKey: 'errors.answer.yesNo', detail: `question ${yn.position + 1}` });
    expect(on({ questionId: single.id, value: single.options.length })).toMatchObject({
      messageKey: 'errors.answer.choiceOutOfRange',
      detail: `question ${single.position + 1}`,
    });
    expect(on({ questionId: multiple.id, choices: [0, multiple.options.length] }).messageKey).toBe('errors.answer.choiceOutOfRange');
    expect(on({ questionId: single.id, row: 1, value: 0 }).messageKey).toBe('errors.answer.gridRow');
    expect(on({ questionId: reaction[0]!.id, value: 3 }).messageKey).toBe('errors.answer.unknownQuestion');
    expect(count(ctx, 'responses')).toBe(0);

    // A cancelled session has nothing more to evaluate.
    call(ctx, 'sessions.setStatus', { id: s.id, status: 'cancelled', reason: 'Formateur absent' });
    expect(refusal(ctx, 'responses.save', { roundId: end.id, sheets: [good] }).messageKey).toBe('errors.answer.sessionCancelled');
  });
});
