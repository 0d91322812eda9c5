import { organizationCreate } from '../../../../api/channels/directory';
import type { OrgInput } from '../store';
import { plainValues } from './plain-values';
import { type RowProblem, fromIssue, unique } from './problems';

/**
 * A term named in a file, resolved (or created) when the row is written: found by either name,
 * created with both (an HSDS file of ours carries both scripts; a spreadsheet cell one).
 */
export interface TermRef {
  kind: 'domain' | 'public' | 'language' | 'quartier';
  nameFr: string;
  nameAr: string;
}

/** A name typed in one cell: Arabic letters make it the Arabic name. */
export const termRef = <K extends TermRef['kind'] | 'legal_status'>(kind: K, name: string) =>
  /[\u0600-\u06FF]/.test(name) ? { kind, nameFr: '', nameAr: name } : { kind, nameFr: name, nameAr: '' };

/** A service nested in an HSDS organisation. */
export interface ServiceValues {
  id?: string;
  nameFr: string;
  nameAr: string;
  descriptionFr: string;
  descriptionAr: string;
  eligibilityFr: string;
  eligibilityAr: string;
  feesFr: string;
  feesAr: string;
  scheduleFr: string;
  scheduleAr: string;
}

/** One organisation read from a file, before it is checked against the database. */
export interface Candidate {
  line: number;
  /** Kept from an HSDS file so a round trip gives back the same records. */
  id?: string;
  values: OrgInput;
  terms: TermRef[];
  /** The quartier of each of `values.locations` (same order), by name; null where none is given. */
  quartiers: (TermRef | null)[];
  legalStatus: string;
  services: ServiceValues[];
  problems: RowProblem[];
  /** The source cells by field, for the preview. */
  shown: Record<string, string>;
  verifiedAt?: string | null;
}

/** Checks the values against the same schema the form uses; returns the problems (sentence and i18n key). */
export const validate = (values: OrgInput): { values: OrgInput; problems: RowProblem[] } =>
  plainValues(values) ? { values, problems: [] } : validateWithSchema(values);

/** `validate` by the schema alone, for every row (what `plainValues` is compared with). */
export function validateWithSchema(values: OrgInput): { values: OrgInput; problems: RowProblem[] } {
  const parsed = organizationCreate.safeParse(values);
  if (parsed.success) {
    const { createAnyway: _c, ...clean } = parsed.data;
    return { values: clean, problems: [] };
  }
  return { values, problems: unique(parsed.error.issues.map((i) => fromIssue(i, values))) };
}

export const emptyValues = (): OrgInput => ({
  nameFr: '',
  nameAr: '',
  acronymFr: '',
  acronymAr: '',
  descriptionFr: '',
  descriptionAr: '',
  type: 'association',
  legalStatusId: null,
  registrationNumber: '',
  registrationDate: null,
  yearFounded: null,
  status: 'active',
  phones: [],
  email: '',
  website: '',
  facebook: '',
  hoursFr: '',
  hoursAr: '',
  notes: '',
  termIds: [],
  locations: [],
  contacts: [],
});
