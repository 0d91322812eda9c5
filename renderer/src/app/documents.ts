import { type JSX, type LazyExoticComponent, lazy } from 'react';
import type { RouteKey } from '../../../api/routes';
import { loadBothLanguages, printFileLanguage } from '../i18n';
import { readJobSheetOptions } from '../features/jobs/sheet/job-sheet-options';
import { readInterviewFormOptions } from '../features/reviews/sheet/interview-form-options';
import { readSynthesisOptions } from '../features/gaps/gaps-options';
import { readPlanDocumentOptions } from '../features/plans/document/plan-document-options';
import { readTrainingDirectoryOptions } from '../features/catalogue/directory/training-directory-options';
import { readOrgChartOptions } from '../features/units/org-chart-options';
import { readPassportOptions, readSessionPaperOptions } from '../features/sessions/paper/paper-options';
import { readBlankFormOptions } from '../features/sessions/evaluation/blank-form-options';
import { readFollowUpBatchOptions } from '../features/evaluations/paper/follow-up-batch-options';
import { readAnnualReportOptions, readSessionReportOptions } from '../features/reports/report-options';

/**
 * Printable documents (docs/ARCHITECTURE.md §5): renderer routes the Shell shows without the app's chrome,
 * under the shared print toolbar (Save as PDF / Print, Back). Electron's shell.savePdf prints
 * whatever page is shown, so a new document (attendance sheet, certificate, plan, report) is one
 * more entry here and nothing else.
 */
export interface PrintableDocument {
  /** The hash path the document lives at; its options follow in the query (`/guide?lang=ar`). */
  prefix: string;
  /** The document, drawn from the whole path (options included), styled for A4; loaded when first shown. */
  component: LazyExoticComponent<DocumentView>;
  /** The PDF's suggested file name (the shell's contract: no path, ends in .pdf). */
  fileName: (path: string) => string;
  /** The translation key of its title: the window's title while it is shown. */
  titleKey: string;
  /** The screen its Back link returns to. */
  back: RouteKey;
}

type DocumentView = (props: { path: string }) => JSX.Element;

/**
 * Each document is its own chunk: none is needed to open the app, and together they weigh. It
 * is drawn once both languages' words are in: a document may be printed in the language the
 * window does not show, or in both (`getFixedT` reads only a loaded language).
 */
function lazyDocument<K extends string>(load: () => Promise<Record<K, DocumentView>>, name: K) {
  return lazy(() => Promise.all([load(), loadBothLanguages()]).then(([m]) => ({ default: m[name] })));
}

const today = () => new Date().toISOString().slice(0, 10);

export const DOCUMENTS: readonly PrintableDocument[] = [
  {
    prefix: '/guide',
    component: lazyDocument(() => import('../features/directory/guide/GuidePage'), 'GuidePage'),
    fileName: () => `guide-social-${today()}.pdf`,
    titleKey: 'directory.guide.title',
    back: 'directory',
  },
  {
    prefix: '/org-chart',
    component: lazyDocument(() => import('../features/units/OrgChartPage'), 'OrgChartPage'),
    fileName: (path) => `organigramme-${readOrgChartOptions(path).lang}-${today()}.pdf`,
    titleKey: 'units.chart.documentTitle',
    back: 'units',
  },
  {
    prefix: '/job-sheet',
    component: lazyDocument(() => import('../features/jobs/sheet/JobSheetPage'), 'JobSheetPage'),
    fileName: (path) => `fiche-de-poste-${printFileLanguage(readJobSheetOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'jobs.sheet.documentTitle',
    back: 'jobs',
  },
  {
    prefix: '/interview-form',
    component: lazyDocument(() => import('../features/reviews/sheet/InterviewFormPage'), 'InterviewFormPage'),
    fileName: (path) => {
      const o = readInterviewFormOptions(path);
      return `${o.campaign ? 'fiches' : 'fiche'}-entretien-${printFileLanguage(o.lang)}-${today()}.pdf`;
    },
    titleKey: 'reviews.sheet.documentTitle',
    back: 'reviews',
  },
  {
    prefix: '/gaps-synthesis',
    component: lazyDocument(() => import('../features/gaps/synthesis/SynthesisPage'), 'SynthesisPage'),
    fileName: (path) => `synthese-du-service-${printFileLanguage(readSynthesisOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'gaps.synthesis.title',
    back: 'gaps',
  },
  {
    prefix: '/plan-document',
    component: lazyDocument(() => import('../features/plans/document/PlanDocumentPage'), 'PlanDocumentPage'),
    fileName: (path) => `plan-de-formation-${printFileLanguage(readPlanDocumentOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'plans.document.title',
    back: 'plans',
  },
  {
    prefix: '/training-directory',
    component: lazyDocument(() => import('../features/catalogue/directory/TrainingDirectoryPage'), 'TrainingDirectoryPage'),
    fileName: (path) => `repertoire-formations-${readTrainingDirectoryOptions(path).lang}-${today()}.pdf`,
    titleKey: 'catalogue.directory.title',
    back: 'catalogue',
  },
  {
    prefix: '/sign-in-sheet',
    component: lazyDocument(() => import('../features/sessions/paper/SignInSheetPage'), 'SignInSheetPage'),
    fileName: (path) => `feuille-emargement-${printFileLanguage(readSessionPaperOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'sessionPaper.sheet.title',
    back: 'sessions',
  },
  {
    prefix: '/session-letters',
    component: lazyDocument(() => import('../features/sessions/paper/SessionLettersPage'), 'SessionLettersPage'),
    fileName: (path) => `convocations-${printFileLanguage(readSessionPaperOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'sessionPaper.letters.documentTitle',
    back: 'sessions',
  },
  {
    prefix: '/attestations',
    component: lazyDocument(() => import('../features/sessions/paper/AttestationsPage'), 'AttestationsPage'),
    fileName: (path) => {
      const o = readSessionPaperOptions(path);
      return `${o.attestationIds.length === 1 ? 'attestation' : 'attestations'}-${printFileLanguage(o.lang)}-${today()}.pdf`;
    },
    titleKey: 'sessionPaper.attestation.documentTitle',
    back: 'sessions',
  },
  {
    prefix: '/evaluation-form',
    component: lazyDocument(() => import('../features/sessions/evaluation/BlankFormPage'), 'BlankFormPage'),
    fileName: (path) => `formulaire-evaluation-${printFileLanguage(readBlankFormOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'sessionEvaluation.form.title',
    back: 'sessions',
  },
  {
    prefix: '/passport',
    component: lazyDocument(() => import('../features/passport/PassportPage'), 'PassportPage'),
    fileName: (path) => `passeport-formation-${printFileLanguage(readPassportOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'passport.documentTitle',
    back: 'staff',
  },
  {
    prefix: '/follow-up-batch',
    component: lazyDocument(() => import('../features/evaluations/paper/FollowUpBatchPage'), 'FollowUpBatchPage'),
    fileName: (path) => `suivis-a-froid-${printFileLanguage(readFollowUpBatchOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'evaluations.batch.documentTitle',
    back: 'evaluations',
  },
  {
    prefix: '/session-report',
    component: lazyDocument(() => import('../features/reports/SessionReportPage'), 'SessionReportPage'),
    fileName: (path) => `rapport-session-${printFileLanguage(readSessionReportOptions(path).lang)}-${today()}.pdf`,
    titleKey: 'reports.session.title',
    back: 'sessions',
  },
  {
    prefix: '/annual-report',
    component: lazyDocument(() => import('../features/reports/AnnualReportPage'), 'AnnualReportPage'),
    fileName: (path) => {
      const o = readAnnualReportOptions(path);
      return `rapport-annuel-${o.year}-${printFileLanguage(o.lang)}-${today()}.pdf`;
    },
    titleKey: 'reports.annual.documentTitle',
    back: 'evaluations',
  },
];

/** The document shown at this path, if the path is one. */
export const documentAt = (path: string): PrintableDocument | undefined =>
  DOCUMENTS.find((d) => path === d.prefix || path.startsWith(`${d.prefix}?`) || path.startsWith(`${d.prefix}/`));
