import { REQUIRED_STAFF_COLUMNS, STAFF_COLUMNS, type StaffColumn } from '../../../../api/channels/staff-files';
import { headerKey } from '../../../tabular/header-key';

/** Expected column → the file's header that fills it ('' for none). */
export type StaffMapping = Partial<Record<StaffColumn, string>>;

/** Other names HR spreadsheets use for the same columns (compared as headerKey gives them). */
const SYNONYMS: Record<string, StaffColumn> = {
  mle: 'matricule',
  numero_matricule: 'matricule',
  n_matricule: 'matricule',
  nom_fr: 'nom',
  nom_francais: 'nom',
  nom_de_famille: 'nom',
  prenom_fr: 'prenom',
  prenom_francais: 'prenom',
  nom_arabe: 'nom_ar',
  prenom_arabe: 'prenom_ar',
  sexe: 'genre',
  gender: 'genre',
  unite_administrative: 'unite',
  service: 'unite',
  affectation: 'unite',
  code_poste: 'poste',
  fonction: 'poste',
  date_d_embauche: 'date_embauche',
  date_de_recrutement: 'date_embauche',
  date_recrutement: 'date_embauche',
  date_d_entree: 'date_embauche',
  tel: 'telephone',
  phone: 'telephone',
  gsm: 'telephone',
  e_mail: 'email',
  courriel: 'email',
  mail: 'email',
};

/** For each expected column, the first file column whose header names it (exactly, or by a usual synonym). */
export function suggestStaffMapping(header: string[]): StaffMapping {
  const out: StaffMapping = {};
  for (const h of header) {
    const key = headerKey(h);
    const column = (STAFF_COLUMNS as readonly string[]).includes(key) ? (key as StaffColumn) : SYNONYMS[key];
    if (column && !out[column]) out[column] = h;
  }
  return out;
}

/** The suggestion overridden by the caller's choices; a choice naming no header of the file counts as none. */
export function mappingInForce(header: string[], given: StaffMapping | null): StaffMapping {
  const merged = { ...suggestStaffMapping(header), ...(given ?? {}) };
  return Object.fromEntries(Object.entries(merged).filter(([, h]) => h && header.includes(h))) as StaffMapping;
}

/** The required columns (each a list of alternatives) that no file column fills. */
export const missingColumns = (mapping: StaffMapping): StaffColumn[][] =>
  REQUIRED_STAFF_COLUMNS.filter((alternatives) => !alternatives.some((c) => mapping[c])).map((a) => [...a]);
