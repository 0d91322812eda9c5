import { organizationCreate } from '../../../../api/channels/directory';
import type { OrgInput } from '../store';

/** A term named in a file, resolved (or created) when the row is written. */
export interface TermRef {
  kind: 'domain' | 'public' | 'language';
  name: string;
}

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
  legalStatus: string;
  services: ServiceValues[];
  problems: string[];
  /** The source cells by field, for the preview. */
  shown: Record<string, string>;
  verifiedAt?: string | null;
}

/** Sentences for the CLI and the preview (the user reads them next to the line number). */
const REASONS: Record<string, string> = {
  'errors.nameOneLanguage': 'a name is needed in at least one language (nom_fr or nom_ar)',
  'errors.invalidEmail': 'not a valid e-mail address',
  'errors.invalidPhone': 'not a valid phone number',
  'errors.invalidDate': 'not a valid date (YYYY-MM-DD or DD/MM/YYYY)',
  'errors.tooLong': 'too long',
};

/** Checks the values against the same schema the form uses; returns the problems as sentences. */
export function validate(values: OrgInput): { values: OrgInput; problems: string[] } {
  const parsed = organizationCreate.safeParse(values);
  if (parsed.success) {
    const { createAnyway: _c, ...clean } = parsed.data;
    return { values: clean, problems: [] };
  }
  const problems = parsed.error.issues.map((i) => {
    const field = i.path.map(String).join('.');
    const what = REASONS[i.message] ?? 'invalid value';
    return i.message === 'errors.nameOneLanguage' ? what : `${field}: ${what}`;
  });
  return { values, problems: [...new Set(problems)] };
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
