import type { z } from 'zod';
import { type RowProblem, shown } from '../../../tabular/row-problem';

export type { RowProblem };

/** The record's field (first segment of a zod path) → the import column the user knows. */
const COLUMNS: Record<string, string> = {
  nameFr: 'nom_fr',
  nameAr: 'nom_ar',
  acronymFr: 'sigle',
  acronymAr: 'sigle',
  type: 'type',
  descriptionFr: 'description_fr',
  descriptionAr: 'description_ar',
  phones: 'telephone',
  email: 'email',
  website: 'site_web',
  facebook: 'facebook',
  registrationDate: 'date_creation',
  yearFounded: 'date_creation',
};
const LOCATION_COLUMNS: Record<string, string> = { addressFr: 'adresse', addressAr: 'adresse' };

/** The column a zod path points at ("locations.0.addressFr" → adresse); the path itself otherwise (HSDS contacts…). */
export function columnOf(path: readonly PropertyKey[]): string {
  const [first, , third] = path.map(String);
  if (first === 'locations' && third && LOCATION_COLUMNS[third]) return LOCATION_COLUMNS[third];
  return COLUMNS[first] ?? path.map(String).join('.');
}

/** Schema message → (English sentence, key under errors.import). Anything else is an invalid value. */
const KINDS: Record<string, { text: string; key: string }> = {
  'errors.invalidEmail': { text: 'not a valid e-mail address', key: 'errors.import.invalidEmail' },
  'errors.invalidPhone': { text: 'not a valid phone number', key: 'errors.import.invalidPhone' },
  'errors.invalidDate': { text: 'not a valid date (YYYY-MM-DD or DD/MM/YYYY)', key: 'errors.import.invalidDate' },
  'errors.tooLong': { text: 'too long', key: 'errors.import.tooLong' },
};

const at = (values: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), values);

/** A row with a name in neither language (the issue: "A row needs a name in at least one language"). */
export const noName = (): RowProblem => ({
  reason: 'a name is needed in at least one language (nom_fr or nom_ar)',
  key: 'errors.import.noName',
  params: { columnFr: 'nom_fr', columnAr: 'nom_ar' },
});

/** One zod issue of the organisation schema as a row problem; the English keeps its old "field: what" form. */
export function fromIssue(issue: z.core.$ZodIssue, values: unknown): RowProblem {
  if (issue.message === 'errors.nameOneLanguage') return noName();
  const kind = KINDS[issue.message];
  const field = issue.path.map(String).join('.');
  const column = columnOf(issue.path);
  const params: RowProblem['params'] = { column, value: shown(at(values, issue.path)) };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') params.max = issue.maximum;
  return { reason: `${field}: ${kind?.text ?? 'invalid value'}`, key: kind?.key ?? 'errors.import.invalidValue', params };
}

/** date_creation that is neither a year nor a date. */
export const badCreationDate = (value: string): RowProblem => ({
  reason: 'date_creation: not a valid date (YYYY-MM-DD or DD/MM/YYYY)',
  key: 'errors.import.invalidDate',
  params: { column: 'date_creation', value: shown(value) },
});

/** A quartier's name longer than the list's names may be (120 characters, as the other list items). */
export const QUARTIER_MAX = 120;
export const quartierTooLong = (value: string): RowProblem => ({
  reason: 'quartier: too long',
  key: 'errors.import.tooLong',
  params: { column: 'quartier', value: shown(value), max: QUARTIER_MAX },
});

/** The same problem said twice (a phone list with two bad numbers) is listed once. */
export function unique(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.reason) && Boolean(seen.add(p.reason)));
}
