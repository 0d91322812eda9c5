import { describe, expect, it } from 'vitest';
import { emptyValues, validate, validateWithSchema } from '../../db/features/directory/import/candidate';
import { plainValues } from '../../db/features/directory/import/plain-values';
import type { OrgInput } from '../../db/features/directory/store';

/** A usual spreadsheet row, as rows.ts builds it. */
const base = (): OrgInput => ({
  ...emptyValues(),
  nameFr: 'Association Espoir',
  nameAr: 'جمعية الأمل',
  phones: ['0536 11 22 33'],
  email: 'espoir@example.ma',
  registrationDate: '2012-03-15',
  yearFounded: 2012,
  locations: [{ addressFr: '12 rue des Orangers', addressAr: '', quartierId: null, latitude: null, longitude: null }],
});
const ID = '0190a5e2-7c1b-7000-8000-000000000001';
const place = { addressFr: 'x', addressAr: '', quartierId: null, latitude: null, longitude: null };

/** Texts around every length limit of the schema, with what trimming and the control checks catch. */
const TEXTS: string[] = [
  '',
  'x',
  ' x',
  'x ',
  '\u00A0x',
  '\u200Bx',
  'a\u0000b',
  'a\tb',
  'a\nb',
  'a\r\nb',
  'a\u007Fb',
  '\uD800',
  'a😀b',
  '\uFFFE',
  '   ',
  ...[30, 31, 40, 41, 60, 61, 120, 121, 200, 201, 300, 301, 500, 501, 4000, 4001, 5000, 5001].map((n) => 'x'.repeat(n)),
];
const TEXT_FIELDS = [
  'nameFr',
  'nameAr',
  'acronymFr',
  'acronymAr',
  'descriptionFr',
  'descriptionAr',
  'registrationNumber',
  'website',
  'facebook',
  'hoursFr',
  'hoursAr',
  'notes',
] as const;

const variants: [string, OrgInput][] = [['base', base()]];
const add = (label: string, change: (v: OrgInput) => unknown) => {
  const v = base();
  change(v);
  variants.push([label, v]);
};
for (const f of TEXT_FIELDS) for (const t of TEXTS) add(`${f}=${JSON.stringify(t.slice(0, 12))}(${t.length})`, (v) => (v[f] = t));
for (const t of TEXTS) add(`address=${t.length}`, (v) => (v.locations[0].addressAr = t));
const field = (name: keyof OrgInput, values: unknown[]) =>
  values.forEach((x) => add(`${name}=${JSON.stringify(x)}`, (v) => ((v as Record<string, unknown>)[name] = x)));
field('type', ['association', 'other', 'bogus', undefined, null]);
field('status', ['active', 'dissolved', 'bogus', undefined]);
field('legalStatusId', [null, ID, 'x', undefined]);
field('registrationDate', [null, '', '2012-03-15', '2012-02-30', '15/03/2012', '2012-3-5', ' 2012-03-15', undefined]);
field('yearFounded', [null, 1899, 1900, 2100, 2101, 2012.5, Number.NaN, Infinity, '2012', undefined]);
field('phones', [
  [],
  [''],
  ['0536'],
  [' 0536'],
  ['abc'],
  ['+212 (536) 11-22.33'],
  ['1'.repeat(30)],
  ['1'.repeat(31)],
  Array(10).fill('0536'),
  Array(11).fill('0536'),
  [5],
  undefined,
]);
field('email', ['', 'a@b.ma', 'A@B.MA', ' a@b.ma', 'pas-un-email', 'a@b', 'a..b@c.ma', null, undefined]);
field('termIds', [[], [ID], ['x'], undefined]);
field('contacts', [[], [{ nameFr: 'Ali', nameAr: '', roleFr: '', roleAr: '', phone: '', email: '' }], undefined]);
field('locations', [
  [],
  Array(20).fill(place),
  Array(21).fill(place),
  [{ ...place, id: ID }],
  [{ ...place, latitude: 34.6 }],
  [{ ...place, quartierId: ID }],
  [{ addressAr: '', addressFr: 'x', quartierId: null, latitude: null, longitude: null }],
  [{ ...place, extra: 1 }],
  [{ addressFr: 'x' }],
  [null],
  undefined,
]);
add('no name', (v) => Object.assign(v, { nameFr: '', nameAr: '' }));
add('Arabic name only', (v) => Object.assign(v, { nameFr: '' }));
add('createAnyway', (v) => Object.assign(v, { createAnyway: true }));
add('an unknown key', (v) => Object.assign(v, { other: 1 }));
add('a key missing', (v) => delete (v as Partial<OrgInput>).notes);
variants.push(['keys in another order', Object.fromEntries(Object.entries(base()).reverse()) as unknown as OrgInput]);

describe('directory import: the check that spares the schema its parse', () => {
  it('says "valid as it is" only where the schema takes the values unchanged, so every row gets the same problems', () => {
    let plain = 0;
    for (const [label, v] of variants) {
      const bySchema = validateWithSchema(v);
      expect(validate(v), label).toEqual(bySchema);
      if (!plainValues(v)) continue;
      plain++;
      expect(bySchema.problems, label).toEqual([]);
      expect(JSON.stringify(bySchema.values), label).toBe(JSON.stringify(v));
    }
    // The usual row is the one spared: otherwise the check would only slow the import down.
    expect(plainValues(base())).toBe(true);
    expect(plain).toBeGreaterThan(100);
  });
});
