import type { z } from 'zod';
import type { Round, sheet } from '../../../../../api/channels/evaluation';
import { SEATED } from '../../../../../api/channels/session-enums';
import type { Enrolment } from '../../../../../api/channels/sessions';
import type { Language } from '../../../i18n';
import { sortByName } from '../paper/session-format';

export type Sheet = z.infer<typeof sheet>;

/** One line of the sheets' grid: a saved sheet, a participant's (named round) or a new anonymous sheet. */
export interface SheetRow {
  key: string;
  sheet: Sheet | null;
  enrolmentId: string | null;
  nameFr: string;
  nameAr: string;
}

/**
 * Who fills a named round's sheet: as the rounds' expected count (db/features/evaluation/round-read),
 * those who attended some hours once attendance is taken, else those holding a place; plus anyone
 * with a sheet already (kept visible even if their attendance changed).
 */
export function namedRows(enrolments: readonly Enrolment[], sheets: readonly Sheet[], lang: Language): SheetRow[] {
  const seated = enrolments.filter((e) => SEATED.includes(e.status));
  const attended = seated.filter((e) => e.hoursAttended > 0);
  const answered = new Set(sheets.map((s) => s.enrolmentId));
  const people = sortByName(
    enrolments.filter((e) => (attended.length ? attended : seated).includes(e) || answered.has(e.id)),
    lang,
  );
  return people.map((e) => ({
    key: `e:${e.id}`,
    sheet: sheets.find((s) => s.enrolmentId === e.id) ?? null,
    enrolmentId: e.id,
    nameFr: e.nameFr,
    nameAr: e.nameAr,
  }));
}

/** An anonymous round: the sheets typed so far, in their order, then the new ones being typed (at least one). */
export function anonymousRows(sheets: readonly Sheet[], extra: number): SheetRow[] {
  return [
    ...sheets.map((s) => ({ key: `s:${s.id}`, sheet: s, enrolmentId: null, nameFr: '', nameAr: '' })),
    ...Array.from({ length: Math.max(1, extra) }, (_, k) => ({ key: `n:${k}`, sheet: null, enrolmentId: null, nameFr: '', nameAr: '' })),
  ];
}

export const rowsOf = (round: Round, enrolments: readonly Enrolment[], sheets: readonly Sheet[], extra: number, lang: Language) =>
  round.anonymous ? anonymousRows(sheets, extra) : namedRows(enrolments, sheets, lang);
