import ExcelJS from 'exceljs';
import { IMPORT_FIELDS, type ImportField } from '../../../../api/channels/directory-files';
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

/**
 * A cell a spreadsheet would run as a formula (= + - @, or tab/CR that some apps strip first)
 * is prefixed with a quote: shown as typed, never executed (CSV injection).
 */
export const neutralise = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const csvCell = (cell: string) => {
  const safe = neutralise(cell);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV as Excel opens it with French regional settings: UTF-8 BOM, semicolons, CRLF. */
export function toCsv(records: ExportRecord[]): Buffer {
  const lines = [EXPORT_COLUMNS.join(';'), ...records.map((r) => Object.values(toRow(r)).map(csvCell).join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

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
  return Buffer.from(`\uFEFF${IMPORT_FIELDS.join(';')}\r\n${example.map(csvCell).join(';')}\r\n`, 'utf8');
}

/**
 * XLSX is XML, and XML 1.0 forbids some characters outright: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. One of them in any cell makes the
 * whole workbook unreadable (by Excel and by this app's own import), so each is replaced by
 * U+FFFD, the sign for "a character was here" (what remains of the text stays readable). Data
 * written before the contract refused such characters, or imported, may still hold them.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
export const xmlSafe = (cell: string): string => cell.replace(XML_FORBIDDEN, '\uFFFD');

export async function toXlsx(records: ExportRecord[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Organisations');
  sheet.addRow([...EXPORT_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const r of records) sheet.addRow(Object.values(toRow(r)).map((cell) => xmlSafe(neutralise(cell))));
  sheet.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await book.xlsx.writeBuffer());
}
