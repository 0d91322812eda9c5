import { routeHref } from '../../../api/routes';
import type { PrintLanguage } from '../i18n';
import { annualReportPath, sessionReportHref } from '../features/reports/report-options';

/**
 * Links from one record to the lists that hold its related records, filtered (the list screens
 * read these filters from their path): a unit's staff, a job's holders, the jobs that require
 * a competency.
 */
export const staffOfUnit = (unitId: string): string => routeHref('staff', { unit: unitId });
export const staffOfJob = (jobId: string): string => routeHref('staff', { job: jobId });
/** An action built from these needs in this year's training plan (the plan screen opens its form). */
export const actionFromNeeds = (needIds: string[]): string => routeHref('plans', { needs: needIds.join(',') });
/** A person's review, open on its campaign's board. */
export const reviewIn = (campaignId: string, reviewId: string): string => routeHref('reviews', { campaign: campaignId, review: reviewId });
export const jobsRequiring = (competencyId: string): string => routeHref('jobs', { competency: competencyId });
/** A new session of a plan action (the sessions screen opens its form with the action's proposal). */
export const sessionFromAction = (actionId: string, planId: string): string => routeHref('sessions', { new: actionId, inPlan: planId });
/** The sessions of a plan action, listed. */
export const sessionsOfAction = (actionId: string): string => routeHref('sessions', { action: actionId, view: 'list' });
/** One session's page. */
export const sessionHref = (sessionId: string, tab?: string): string =>
  `${routeHref('sessions')}/${encodeURIComponent(sessionId)}${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`;
/** A staff member's drawer, open on its Competencies tab (the history, the gaps to the job). */
export const staffCompetencies = (staffId: string): string => routeHref('staff', { person: staffId, tab: 'competencies' });
/** The Evaluations screen on its follow-ups tab (the navigation's count of follow-ups due links here). */
export const followUpsDue = (): string => routeHref('evaluations', { tab: 'followUps' });
/** A staff member's drawer, on its first tab. */
export const staffMember = (staffId: string): string => routeHref('staff', { person: staffId });
/** An organisation's drawer in the social directory. */
export const organizationHref = (organizationId: string): string => routeHref('directory', { org: organizationId });
/** A training plan, open on the plan screen. */
export const planHref = (planId: string): string => routeHref('plans', { plan: planId });
/** The annual report of a year, printable (French by default; its toolbar prints, Back returns to the Evaluations screen). */
/** The Evaluations screen's "Rapport annuel" tab on a year: its lessons, then the report printed. */
export const annualReportTab = (year: number): string => routeHref('evaluations', { tab: 'annualReport', year: String(year) });
export const annualReportHref = (year: number, lang: PrintLanguage = 'fr'): string => `#${annualReportPath(year, lang)}`;
/** A session's report, printable. */
export const sessionReportLink = (sessionId: string, lang: PrintLanguage = 'fr'): string => `#${sessionReportHref(sessionId, lang)}`;
