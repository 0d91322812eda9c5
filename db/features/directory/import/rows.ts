import type { ImportField } from '../../../../api/channels/directory-files';
import { fold } from '../../../search/fold';
import { type Candidate, emptyValues, termRef, validate } from './candidate';
import { QUARTIER_MAX, type RowProblem, badCreationDate, quartierTooLong } from './problems';
import { restoreNeutralised } from '../../../tabular/write';
import type { Table } from '../../../tabular/table';

const ARABIC = /[\u0600-\u06FF]/;
export const splitList = (cell: string): string[] =>
  cell
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);

const TYPES: [RegExp, Candidate['values']['type']][] = [
  [/^(association|جمعيه)/, 'association'],
  [/^(cooperative|تعاونيه)/, 'cooperative'],
  [/^(fondation|foundation|مؤسسه)/, 'foundation'],
  [/^(etablissement public|organisme public|public|administration|مؤسسه عموميه)/, 'public_body'],
  [/^(ong|ngo|منظمه)/, 'ngo'],
  [/^(federation|reseau|جامعه|شبكه)/, 'federation'],
];
const typeOf = (cell: string): Candidate['values']['type'] => {
  const f = fold(cell);
  if (!f) return 'association';
  return TYPES.find(([re]) => re.test(f))?.[1] ?? 'other';
};

/** date_creation: a full date becomes the registration date; a year alone the founding year. */
function creation(cell: string): { registrationDate: string | null; yearFounded: number | null; problem?: RowProblem } {
  const s = cell.trim();
  if (!s) return { registrationDate: null, yearFounded: null };
  let m = /^(\d{4})$/.exec(s);
  if (m) return { registrationDate: null, yearFounded: Number(m[1]) };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2].padStart(2, '0'), m[1].padStart(2, '0')];
    const iso = `${y}-${mo}-${d}`;
    if (new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) return { registrationDate: iso, yearFounded: Number(y) };
  }
  return { registrationDate: null, yearFounded: null, problem: badCreationDate(s) };
}

/** Turns each row of a table into a candidate through the mapping (source column → field). */
export function candidatesFromTable(table: Table, mapping: Record<string, ImportField | ''>): Candidate[] {
  const index = new Map<ImportField, number>();
  table.header.forEach((h, i) => {
    const field = mapping[h];
    if (field && !index.has(field)) index.set(field, i);
  });
  const columns = [...index.entries()];
  return table.rows.map(({ line, cells }) => {
    // Each mapped cell read once: what the preview shows is what the fields take.
    const shown: Record<string, string> = {};
    for (const [f, i] of columns) shown[f] = restoreNeutralised(cells[i] ?? '');
    const get = (f: ImportField) => shown[f] ?? '';
    const v = emptyValues();
    v.nameFr = get('nom_fr');
    v.nameAr = get('nom_ar');
    const acronym = get('sigle');
    if (ARABIC.test(acronym)) v.acronymAr = acronym;
    else v.acronymFr = acronym;
    v.type = typeOf(get('type'));
    v.descriptionFr = get('description_fr');
    v.descriptionAr = get('description_ar');
    v.phones = get('telephone')
      .split(/[;|/,]/)
      .map((p) => p.trim())
      .filter(Boolean);
    v.email = get('email');
    v.website = get('site_web');
    v.facebook = get('facebook');
    const address = get('adresse');
    const quartier = get('quartier');
    if (address || quartier) {
      v.locations = [
        {
          addressFr: ARABIC.test(address) ? '' : address,
          addressAr: ARABIC.test(address) ? address : '',
          quartierId: null,
          latitude: null,
          longitude: null,
        },
      ];
    }
    const created = creation(get('date_creation'));
    v.registrationDate = created.registrationDate;
    v.yearFounded = created.yearFounded;
    const checked = validate(v);
    const terms = [
      ...splitList(get('domaines')).map((name) => termRef('domain', name)),
      ...splitList(get('publics')).map((name) => termRef('public', name)),
      ...splitList(get('langues')).map((name) => termRef('language', name)),
    ];
    const problems = [
      ...checked.problems,
      ...(quartier.length > QUARTIER_MAX ? [quartierTooLong(quartier)] : []),
      ...(created.problem ? [created.problem] : []),
    ];
    const quartiers = v.locations.length ? [quartier ? termRef('quartier', quartier) : null] : [];
    return { line, values: checked.values, terms, quartiers, legalStatus: get('statut_juridique'), services: [], problems, shown };
  });
}
