import { type PrintLanguage, readPrintLanguage } from '../../../i18n';

/**
 * The session's printable documents (app/documents.ts) keep their options in their path, so the
 * route alone draws them again: `#/sign-in-sheet?session=…&lang=ar`.
 */
export interface SessionPaperOptions {
  sessionId: string;
  lang: PrintLanguage;
  /** Letters: one person's enrolment only (empty: everyone of the session). */
  enrolmentId: string;
  /** Attestations: these only (empty: every attestation of the session that is not revoked). */
  attestationIds: string[];
}

const query = (path: string) => new URLSearchParams(path.split('?')[1] ?? '');

export function readSessionPaperOptions(path: string): SessionPaperOptions {
  const q = query(path);
  return {
    sessionId: q.get('session') ?? '',
    lang: readPrintLanguage(q.get('lang')),
    enrolmentId: q.get('enrolment') ?? '',
    attestationIds: (q.get('ids') ?? '').split(',').filter(Boolean),
  };
}

const href = (prefix: string, params: Record<string, string>) =>
  `${prefix}?${new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString()}`;

export const signInSheetHref = (sessionId: string, lang: PrintLanguage) => href('/sign-in-sheet', { session: sessionId, lang });
export const lettersHref = (sessionId: string, lang: PrintLanguage, enrolmentId = '') =>
  href('/session-letters', { session: sessionId, lang, enrolment: enrolmentId });
export const attestationsHref = (sessionId: string, lang: PrintLanguage, ids: string[] = []) =>
  href('/attestations', { session: sessionId, lang, ids: ids.join(',') });

/** The training passport of a staff member or of an association trainee. */
export interface PassportOptions {
  staffId: string | null;
  traineeId: string | null;
  lang: PrintLanguage;
}
export function readPassportOptions(path: string): PassportOptions {
  const q = query(path);
  return { staffId: q.get('staff') || null, traineeId: q.get('trainee') || null, lang: readPrintLanguage(q.get('lang')) };
}
export const passportHref = (o: PassportOptions) => href('/passport', { staff: o.staffId ?? '', trainee: o.traineeId ?? '', lang: o.lang });
