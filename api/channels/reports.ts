import { z } from 'zod';
import { channel } from '../channel';
import { id, longText } from '../common';
import type { Entity } from '../entities';
import { MEASURES, ROUND_MOMENTS } from './evaluation-enums';
import { indicatorsInput } from './evaluation';
import { CAMPAIGN_STATUSES } from './reviews';
import { ENROLMENT_STATUSES, SESSION_STATUSES } from './session-enums';
import { AUDIENCES, COST_ITEMS, PLAN_STATUSES } from './training-enums';

/**
 * The printable reports of issue 12: a session's report (attendance, levels 1 and 2, comments,
 * costs) and the annual report's own parts (the annex's proofs per programme result, and the
 * lessons the user records for the year). The annual report's indicators, plan and charts come
 * from `dashboard.year`. A rate or a mean over nothing is `null`, never 0.
 */
const rate = z.number().nullable();
const named = { nameFr: z.string(), nameAr: z.string() };

/* ---- The session report ---- */

export const sessionReport = z.object({
  sessionId: id,
  status: z.enum(SESSION_STATUSES),
  attendance: z.object({
    /** Enrolments holding a place (booked or with an outcome). */
    enrolled: z.number().int(),
    /** Of them, those who attended some hours (present or late on a slot). */
    attended: z.number().int(),
    /** The session's hours (its slots). */
    hours: z.number(),
    /** Hours attended by everyone. */
    hoursAttended: z.number(),
    /** Hours attended / (hours × enrolled); null without slots or without anyone enrolled. */
    attendanceRate: rate,
    /** Enrolments per status (outcomes and the rest), every status present. */
    outcomes: z.array(z.object({ status: z.enum(ENROLMENT_STATUSES), count: z.number().int() })),
  }),
  /** Level 1: the end-of-session sheets (null: the session has no such round). */
  reaction: z
    .object({
      sheets: z.number().int(),
      expected: z.number().int(),
      responseRate: rate,
      satisfactionIndex: rate,
      byMeasure: z.array(z.object({ measure: z.enum(MEASURES), index: rate, answers: z.number().int() })),
      /** Every scale question with how many answers each point got (`counts[0]` is point 1). */
      scales: z.array(
        z.object({
          questionId: id,
          position: z.number().int(),
          textFr: z.string(),
          textAr: z.string(),
          measure: z.enum(MEASURES),
          points: z.number().int(),
          lowFr: z.string(),
          lowAr: z.string(),
          highFr: z.string(),
          highAr: z.string(),
          counts: z.array(z.number().int()),
          answers: z.number().int(),
          index: rate,
        }),
      ),
    })
    .nullable(),
  /** Level 2: the tests before and after (null: the session has no post-test round). */
  learning: z
    .object({
      preSheets: z.number().int(),
      postSheets: z.number().int(),
      /** Participants with both tests scored. */
      participants: z.number().int(),
      /** Mean scores of those participants, as shares of each test's maximum. */
      meanPre: rate,
      meanPost: rate,
      meanNormalisedGain: rate,
      /** The post-test questionnaire's threshold (share of its points). */
      passThreshold: rate,
      passed: z.number().int(),
      /** Post-test sheets scored against a threshold (the pass rate's denominator). */
      postScored: z.number().int(),
      /** Post-test sheets reaching the threshold / post-test sheets scored. */
      passRate: rate,
    })
    .nullable(),
  /** Text answers of the session's sheets, without names, per question. */
  comments: z.array(
    z.object({ moment: z.enum(ROUND_MOMENTS), questionId: id, textFr: z.string(), textAr: z.string(), texts: z.array(z.string()) }),
  ),
  costs: z.object({
    /** Null outside the plan. */
    action: z.object({ code: z.string(), titleFr: z.string(), titleAr: z.string(), sessions: z.number().int() }).nullable(),
    byFunder: z.array(
      z.object({
        funderId: id.nullable(),
        ...named,
        /** The action's planned costs (for all its sessions). */
        plannedCentimes: z.number().int(),
        /** The action's planned costs divided by its planned number of sessions. */
        plannedPerSessionCentimes: z.number().int(),
        actualCentimes: z.number().int(),
      }),
    ),
    lines: z.array(z.object({ item: z.enum(COST_ITEMS), amountCentimes: z.number().int(), funderId: id.nullable(), ...named })),
    plannedCentimes: z.number().int(),
    plannedPerSessionCentimes: z.number().int(),
    actualCentimes: z.number().int(),
  }),
});
export type SessionReport = z.infer<typeof sessionReport>;

/* ---- The annual report: the annex of proofs, and the lessons ---- */

export const annualAnnex = z.object({
  year: z.number().int(),
  /** R3.6: the competency review campaigns whose period meets the year. */
  reviews: z.object({
    campaigns: z.array(
      z.object({
        code: z.string(),
        titleFr: z.string(),
        titleAr: z.string(),
        status: z.enum(CAMPAIGN_STATUSES),
        reviews: z.number().int(),
        validated: z.number().int(),
      }),
    ),
    reviews: z.number().int(),
    validated: z.number().int(),
    completion: rate,
  }),
  /** R3.7 and R4.4: the year's training plans, with their adoption. */
  plans: z.array(
    z.object({
      titleFr: z.string(),
      titleAr: z.string(),
      audience: z.enum(AUDIENCES),
      status: z.enum(PLAN_STATUSES),
      version: z.number().int(),
      decisionReference: z.string(),
      decisionDate: z.string().nullable(),
      actions: z.number().int(),
      /** Actions built from the needs register (at least one need linked). */
      actionsFromNeeds: z.number().int(),
      /** Sessions the actions not cancelled plan, and the sessions of the plan's actions delivered (evaluated, closed). */
      sessionsPlanned: z.number().int(),
      sessionsDelivered: z.number().int(),
      /** Hours of training planned (Σ sessions × hours per participant) and delivered (the slots of those sessions). */
      hoursPlanned: z.number(),
      hoursDelivered: z.number(),
    }),
  ),
  /** Needs planned or fulfilled / needs neither rejected nor deferred (the register as it stands). */
  needs: z.object({ covered: z.number().int(), open: z.number().int(), coverage: rate }),
  /** R3.8: the evaluation procedure applied. */
  evaluation: z.object({
    questionnairesPublished: z.number().int(),
    sessionsDelivered: z.number().int(),
    /** Delivered sessions with at least one end-of-session sheet typed in. */
    sessionsWithSheets: z.number().int(),
    endSheets: z.number().int(),
    testedParticipants: z.number().int(),
    followUpsDone: z.number().int(),
    followUpsOwed: z.number().int(),
    /** Delivered sessions whose signed sign-in sheet is scanned. */
    sessionsScanned: z.number().int(),
  }),
  /** R3.9: the directory of trainings and trainers. */
  directory: z.object({
    courses: z.number().int(),
    trainers: z.number().int(),
    trainersShared: z.number().int(),
    venues: z.number().int(),
  }),
  /** R4.1: the social guide. */
  guide: z.object({ organizations: z.number().int(), verifiedInYear: z.number().int(), quartiers: z.number().int() }),
  /** R4.2 / R4.4: the associations' social workers trained. */
  associations: z.object({
    needs: z.number().int(),
    sessions: z.number().int(),
    trainees: z.number().int(),
    organizations: z.number().int(),
    hours: z.number(),
  }),
});
export type AnnualAnnex = z.infer<typeof annualAnnex>;

export const lessonsSave = indicatorsInput.extend({ lessonsFr: longText(10_000), lessonsAr: longText(10_000) });
export const lessons = z.object({ year: z.number().int(), lessonsFr: z.string(), lessonsAr: z.string(), updatedAt: z.string().nullable() });
export type Lessons = z.infer<typeof lessons>;

const SESSION_REPORT_READS: readonly Entity[] = [
  'sessions',
  'sessionSlots',
  'sessionCosts',
  'enrolments',
  'attendance',
  'planActions',
  'planActionCosts',
  'planFunders',
  'questionnaires',
  'questions',
  'evaluationRounds',
  'responses',
  'answers',
];
const ANNEX_READS: readonly Entity[] = [
  ...SESSION_REPORT_READS,
  'reviewCampaigns',
  'reviews',
  'plans',
  'planActionNeeds',
  'needs',
  'followUps',
  'sessionScans',
  'courses',
  'trainers',
  'venues',
  'organizations',
  'organizationLocations',
  'associationTrainees',
];

export const reportChannels = {
  'sessions.report': channel({ input: z.object({ sessionId: id }), output: sessionReport, reads: SESSION_REPORT_READS }),
  'annualReport.annex': channel({ input: indicatorsInput, output: annualAnnex, reads: ANNEX_READS }),
  'lessons.get': channel({ input: indicatorsInput, output: lessons, reads: ['annualLessons'] }),
  'lessons.save': channel({ input: lessonsSave, output: lessons, reads: ['annualLessons'], writes: ['annualLessons', 'auditLog'] }),
};
