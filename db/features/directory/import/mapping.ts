import { headerKey } from '../../../tabular/header-key';
import { IMPORT_FIELDS, type ImportField } from '../../../../api/channels/directory-files';

/** Other names spreadsheets in the field use for the same columns. */
const SYNONYMS: Record<string, ImportField> = {
  nom: 'nom_fr',
  nom_francais: 'nom_fr',
  name: 'nom_fr',
  nom_arabe: 'nom_ar',
  acronyme: 'sigle',
  statut: 'statut_juridique',
  forme_juridique: 'statut_juridique',
  domaine: 'domaines',
  public: 'publics',
  public_cible: 'publics',
  langue: 'langues',
  quartiers: 'quartier',
  address: 'adresse',
  tel: 'telephone',
  telephones: 'telephone',
  phone: 'telephone',
  e_mail: 'email',
  courriel: 'email',
  mail: 'email',
  site: 'site_web',
  site_internet: 'site_web',
  website: 'site_web',
  date_de_creation: 'date_creation',
  annee_creation: 'date_creation',
  description: 'description_fr',
};

/** Source column → field for every header recognised; the first column wins a field. */
export function suggestMapping(header: string[]): Record<string, ImportField | ''> {
  const taken = new Set<string>();
  const out: Record<string, ImportField | ''> = {};
  for (const h of header) {
    const key = headerKey(h);
    const field = (IMPORT_FIELDS as readonly string[]).includes(key) ? (key as ImportField) : SYNONYMS[key];
    out[h] = field && !taken.has(field) ? field : '';
    if (field) taken.add(field);
  }
  return out;
}
