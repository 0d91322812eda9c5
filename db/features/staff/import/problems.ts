import type { z } from 'zod';
import type { StaffColumn } from '../../../../api/channels/staff-files';
import { type RowProblem, shown } from '../../../tabular/row-problem';

/**
 * Why a staff row is rejected, said twice (db/tabular/row-problem.ts): in English for `sas staff
 * import`, and as a key for the interface (`errors.import.*` shared with the directory, the
 * staff's own under `staff.import.problems.*`).
 */
const problem = (reason: string, key: string, params: RowProblem['params']): RowProblem => ({ reason, key, params });
const own = (name: string) => `staff.import.problems.${name}`;

export const missingMatricule = (): RowProblem => problem('matricule: missing', own('missingMatricule'), { column: 'matricule' });

export const duplicateInFile = (matricule: string, firstLine: number): RowProblem =>
  problem(`matricule: ${matricule} already appears on line ${firstLine}`, own('duplicateInFile'), {
    column: 'matricule',
    value: shown(matricule),
    line: firstLine,
  });

export const missingGender = (): RowProblem => problem('genre: missing (F or M)', own('missingGender'), { column: 'genre' });

export const badGender = (value: string): RowProblem =>
  problem(`genre: "${shown(value)}" is not F or M`, own('badGender'), { column: 'genre', value: shown(value) });

export const badDate = (value: string): RowProblem =>
  problem(`date_embauche: "${shown(value)}" is not a valid date (DD/MM/YYYY or YYYY-MM-DD)`, 'errors.import.invalidDate', {
    column: 'date_embauche',
    value: shown(value),
  });

export const unknownUnit = (value: string): RowProblem =>
  problem(`unite: no unit has the code or name "${shown(value)}" (--create-units creates it)`, own('unknownUnit'), {
    column: 'unite',
    value: shown(value),
  });

export const ambiguousUnit = (value: string): RowProblem =>
  problem(`unite: "${shown(value)}" names several units; give the unit's code`, own('ambiguousUnit'), {
    column: 'unite',
    value: shown(value),
  });

export const unknownJob = (value: string): RowProblem =>
  problem(`poste: no job has the code "${shown(value)}"`, own('unknownJob'), { column: 'poste', value: shown(value) });

export const unknownGrade = (value: string): RowProblem =>
  problem(`grade: "${shown(value)}" is not in the grades list`, own('unknownGrade'), { column: 'grade', value: shown(value) });

export const ambiguousGrade = (value: string): RowProblem =>
  problem(`grade: "${shown(value)}" names several grades`, own('ambiguousGrade'), { column: 'grade', value: shown(value) });

export const archivedGrade = (value: string): RowProblem =>
  problem(`grade: "${shown(value)}" is archived`, own('archivedGrade'), { column: 'grade', value: shown(value) });

const noName = (): RowProblem =>
  problem('a name is needed in at least one language (nom or nom_ar)', 'errors.import.noName', { columnFr: 'nom', columnAr: 'nom_ar' });

/** The staff record's field → the column the user knows. */
const COLUMNS: Record<string, StaffColumn> = {
  matricule: 'matricule',
  lastNameFr: 'nom',
  firstNameFr: 'prenom',
  lastNameAr: 'nom_ar',
  firstNameAr: 'prenom_ar',
  gender: 'genre',
  hireDate: 'date_embauche',
  leftDate: 'date_embauche',
  phone: 'telephone',
  email: 'email',
};

/** Schema message → (English, key). */
const KINDS: Record<string, { text: string; key: string }> = {
  'errors.invalidEmail': { text: 'is not a valid e-mail address', key: 'errors.import.invalidEmail' },
  'errors.invalidPhone': { text: 'is not a valid phone number', key: 'errors.import.invalidPhone' },
  'errors.invalidDate': { text: 'is not a valid date (DD/MM/YYYY or YYYY-MM-DD)', key: 'errors.import.invalidDate' },
  'errors.tooLong': { text: 'is too long', key: 'errors.import.tooLong' },
  'errors.controlCharacter': { text: 'holds a control character', key: 'errors.import.invalidValue' },
  'errors.invalidMatricule': { text: 'is not a valid matricule (letters, digits and / _ . - only)', key: own('invalidMatricule') },
  'errors.leftBeforeHire': { text: 'is after the date this person left', key: own('hireAfterLeft') },
};

/** One issue of the staff schema (api/channels/staff.ts, as the form checks) as a row problem. */
export function fromStaffIssue(issue: z.core.$ZodIssue, values: Record<string, unknown>): RowProblem {
  if (issue.message === 'errors.nameOneLanguage') return noName();
  const field = String(issue.path[0] ?? '');
  const column = COLUMNS[field] ?? field;
  const kind = KINDS[issue.message];
  const value = shown(values[field === 'leftDate' ? 'hireDate' : field]);
  const params: RowProblem['params'] = { column, value };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') params.max = issue.maximum;
  const text = kind?.text ?? 'is not a valid value';
  return { reason: `${column}: "${value}" ${text}`, key: kind?.key ?? 'errors.import.invalidValue', params };
}
