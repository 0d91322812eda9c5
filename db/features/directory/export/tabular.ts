import { IMPORT_FIELDS, type ImportField } from '../../../../api/channels/directory-files';
import { toCsv, toXlsx } from '../../../tabular/write';
import type { ExportRecord } from './collect';

/** The export's columns: an id, the import's columns (so an export can be imported back), then status and freshness. */
export const EXPORT_COLUMNS = ['id', ...IMPORT_FIELDS, 'statut', 'verifie_le'] as const;

const TYPE_LABELS: Record<string, string> = {
  association: 'Association',
  cooperative: 'Coopérative',
  foundation: 'Fondation',
  public_body: 'Établissement public',
  ngo: 'ONG',
  federation: 'Fédération',
  other: 'Autre',
};

const names = (r: ExportRecord, kind: string) =>
  r.terms
    .filter((t) => t.kind === kind)
    .map((t) => t.nameFr || t.nameAr)
    .join('; ');

/** One organisation as a row of the spreadsheet columns. */
export function toRow(r: ExportRecord): Record<(typeof EXPORT_COLUMNS)[number], string> {
  const o = r.org;
  const loc = o.locations[0];
  const cells: Record<ImportField, string> = {
    nom_fr: o.nameFr,
    nom_ar: o.nameAr,
    sigle: o.acronymFr || o.acronymAr,
    type: TYPE_LABELS[o.type] ?? o.type,
    statut_juridique: r.legalStatus ? r.legalStatus.nameFr || r.legalStatus.nameAr : '',
    domaines: names(r, 'domain'),
    publics: names(r, 'public'),
    langues: names(r, 'language'),
    // The French name, as the column always held (the Arabic where there is no French).
    quartier: r.quartiers[0] ? r.quartiers[0].nameFr || r.quartiers[0].nameAr : '',
    adresse: loc ? loc.addressFr || loc.addressAr : '',
    telephone: o.phones.join('; '),
    email: o.email,
    site_web: o.website,
    facebook: o.facebook,
    date_creation: o.registrationDate ?? (o.yearFounded ? String(o.yearFounded) : ''),
    description_fr: o.descriptionFr,
    description_ar: o.descriptionAr,
  };
  return { id: o.id, ...cells, statut: o.status, verifie_le: o.verifiedAt?.slice(0, 10) ?? '' };
}

const rowsOf = (records: ExportRecord[]) => records.map((r) => Object.values(toRow(r)));

/** CSV as Excel opens it with French regional settings (db/tabular). */
export const directoryCsv = (records: ExportRecord[]): Buffer => toCsv(EXPORT_COLUMNS, rowsOf(records));

/** The empty template: the recognised columns and one example row. */
export function templateCsv(): Buffer {
  const example = [
    'Association Espoir Triffa',
    'جمعية الأمل تريفة',
    'AET',
    'Association',
    'Association (Dahir 1958)',
    'Action sociale; Enfance',
    'Enfants; Femmes',
    'Arabe; Darija; Français',
    'Triffa',
    '12 rue des Orangers',
    '0536 12 34 56',
    'contact@espoir.example.ma',
    '',
    '',
    '2012-03-15',
    'Soutien scolaire et alphabétisation',
    'الدعم المدرسي ومحو الأمية',
  ];
  return toCsv(IMPORT_FIELDS, [example]);
}

export const directoryXlsx = (records: ExportRecord[]): Promise<Buffer> => toXlsx(EXPORT_COLUMNS, rowsOf(records), 'Organisations');
