import type { JSX } from 'react';
import type { RouteKey } from '../../../api/routes';
import { GuidePage } from '../features/directory/guide/GuidePage';
import { JobSheetPage } from '../features/jobs/sheet/JobSheetPage';
import { readJobSheetOptions } from '../features/jobs/sheet/job-sheet-options';
import { InterviewFormPage } from '../features/reviews/sheet/InterviewFormPage';
import { readInterviewFormOptions } from '../features/reviews/sheet/interview-form-options';
import { readSynthesisOptions } from '../features/gaps/gaps-options';
import { SynthesisPage } from '../features/gaps/synthesis/SynthesisPage';
import { OrgChartPage } from '../features/units/OrgChartPage';
import { TrainingDirectoryPage, readTrainingDirectoryOptions } from '../features/catalogue/directory/TrainingDirectoryPage';
import { readOrgChartOptions } from '../features/units/org-chart-options';

/**
 * Printable documents (docs/ARCHITECTURE.md §5): renderer routes the Shell shows without the app's chrome,
 * under the shared print toolbar (Save as PDF / Print, Back). Electron's shell.savePdf prints
 * whatever page is shown, so a new document (attendance sheet, certificate, plan, report) is one
 * more entry here and nothing else.
 */
export interface PrintableDocument {
  /** The hash path the document lives at; its options follow in the query (`/guide?lang=ar`). */
  prefix: string;
  /** The document, drawn from the whole path (options included), styled for A4. */
  component: (props: { path: string }) => JSX.Element;
  /** The PDF's suggested file name (the shell's contract: no path, ends in .pdf). */
  fileName: (path: string) => string;
  /** The translation key of its title: the window's title while it is shown. */
  titleKey: string;
  /** The screen its Back link returns to. */
  back: RouteKey;
}

const today = () => new Date().toISOString().slice(0, 10);

export const DOCUMENTS: readonly PrintableDocument[] = [
  {
    prefix: '/guide',
    component: GuidePage,
    fileName: () => `guide-social-${today()}.pdf`,
    titleKey: 'directory.guide.title',
    back: 'directory',
  },
  {
    prefix: '/org-chart',
    component: OrgChartPage,
    fileName: (path) => `organigramme-${readOrgChartOptions(path).lang}-${today()}.pdf`,
    titleKey: 'units.chart.documentTitle',
    back: 'units',
  },
  {
    prefix: '/job-sheet',
    component: JobSheetPage,
    fileName: (path) => `fiche-de-poste-${readJobSheetOptions(path).lang}-${today()}.pdf`,
    titleKey: 'jobs.sheet.documentTitle',
    back: 'jobs',
  },
  {
    prefix: '/interview-form',
    component: InterviewFormPage,
    fileName: (path) => {
      const o = readInterviewFormOptions(path);
      return `${o.campaign ? 'fiches' : 'fiche'}-entretien-${o.lang}-${today()}.pdf`;
    },
    titleKey: 'reviews.sheet.documentTitle',
    back: 'reviews',
  },
  {
    prefix: '/gaps-synthesis',
    component: SynthesisPage,
    fileName: (path) => `synthese-du-service-${readSynthesisOptions(path).lang}-${today()}.pdf`,
    titleKey: 'gaps.synthesis.title',
    back: 'gaps',
  },
  {
    prefix: '/training-directory',
    component: TrainingDirectoryPage,
    fileName: (path) => `repertoire-formations-${readTrainingDirectoryOptions(path).lang}-${today()}.pdf`,
    titleKey: 'catalogue.directory.title',
    back: 'catalogue',
  },
];

/** The document shown at this path, if the path is one. */
export const documentAt = (path: string): PrintableDocument | undefined =>
  DOCUMENTS.find((d) => path === d.prefix || path.startsWith(`${d.prefix}?`) || path.startsWith(`${d.prefix}/`));
