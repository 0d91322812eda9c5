import type { HandlerGroup } from '../../dispatch/types';
import { sessionReport } from '../evaluation/session-report';
import { annualAnnex } from './annual-annex';
import { getLessons, saveLessons } from './lessons';

export const reportHandlers: HandlerGroup<'sessions.report' | 'annualReport.annex' | 'lessons.get' | 'lessons.save'> = {
  'sessions.report': ({ sessionId }, ctx) => sessionReport(ctx, sessionId),
  'annualReport.annex': ({ year }, ctx) => annualAnnex(ctx, year),
  'lessons.get': ({ year }, ctx) => getLessons(ctx, year),
  'lessons.save': (input, ctx) => saveLessons(ctx, input),
};
