import { beforeAll, describe, expect, it } from 'vitest';
import type { DataContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { call } from './helpers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Person = [matricule: string, firstFr: string, lastFr: string, firstAr: string, lastAr: string];

const PEOPLE: Person[] = [
  ['A-1', 'Naïma', 'Benali', 'نعيمة', 'بنعلي'],
  ['A-2', 'Ahmed', 'Zerouali', 'أحمد', 'الزروالي'],
  ['A-3', 'Fatima Zahra', 'Chaoui', 'فاطمة الزهراء', 'الشاوي'],
  ['A-4', 'Mohamed', 'Alaoui', 'مُحَمَّد', 'العَلَوي'],
  ['A-5', 'Saïd', 'Ouazzani', 'سعيد', 'الوزاني'],
  ['A-6', 'Éloïse', 'Ghazi', 'إيمان', 'الغازي'],
];

let ctx: DataContext;
const units: Record<string, string> = {};
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-list-'));
  ctx = openAppDatabase(path.join(dir, 'sas.sqlite'));
  units.division = call(ctx, 'units.create', { kind: 'division', nameFr: 'Division sociale' }).id;
  units.service = call(ctx, 'units.create', { kind: 'service', nameFr: 'Service enfance', parentId: units.division }).id;
  units.other = call(ctx, 'units.create', { kind: 'service', nameFr: 'Service état civil' }).id;
  const unitOf = [units.division, units.service, units.service, units.other, units.other, units.service];
  PEOPLE.forEach(([matricule, firstNameFr, lastNameFr, firstNameAr, lastNameAr], i) =>
    call(ctx, 'staff.create', {
      matricule,
      firstNameFr,
      lastNameFr,
      firstNameAr,
      lastNameAr,
      gender: i % 2 ? 'm' : 'f',
      unitId: unitOf[i],
    }),
  );
  const said = call(ctx, 'staff.list', { query: 'said' }).rows[0];
  const full = call(ctx, 'staff.get', { id: said.id });
  call(ctx, 'staff.update', { ...full, status: 'left', leftDate: '2024-06-30' });
  return () => {
    ctx.sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
});

const matricules = (input: Parameters<typeof call<'staff.list'>>[2]) => call(ctx, 'staff.list', input).rows.map((r) => r.matricule);

describe('staff search', () => {
  it('finds French names typed without accents or in capitals', () => {
    expect(matricules({ query: 'naima' })).toEqual(['A-1']);
    expect(matricules({ query: 'BENALI' })).toEqual(['A-1']);
    expect(matricules({ query: 'eloise' })).toEqual(['A-6']);
  });

  it('finds by the start of several words, in any order', () => {
    expect(matricules({ query: 'zah fat' })).toEqual(['A-3']);
    expect(matricules({ query: 'ben' })).toEqual(['A-1']);
    expect(matricules({ query: 'A-2' })).toEqual(['A-2']);
  });

  it('finds Arabic names typed without hamza, with ه for ة, and without tashkeel', () => {
    expect(matricules({ query: 'احمد' })).toEqual(['A-2']);
    expect(matricules({ query: 'فاطمه' })).toEqual(['A-3']);
    expect(matricules({ query: 'محمد' })).toEqual(['A-4']);
    expect(matricules({ query: 'العلوي' })).toEqual(['A-4']);
    expect(matricules({ query: 'ايمان' })).toEqual(['A-6']);
  });

  it('finds nothing for a name that is not there, or for punctuation alone', () => {
    expect(call(ctx, 'staff.list', { query: 'Durand' })).toEqual({ total: 0, rows: [] });
    expect(call(ctx, 'staff.list', { query: '"*' })).toEqual({ total: 0, rows: [] });
  });
});

describe('staff list', () => {
  it('filters by a unit including its sub-units', () => {
    expect(matricules({ unitId: units.division }).sort()).toEqual(['A-1', 'A-2', 'A-3', 'A-6']);
    expect(matricules({ unitId: units.service }).sort()).toEqual(['A-2', 'A-3', 'A-6']);
    expect(matricules({ unitId: units.other, status: 'all' }).sort()).toEqual(['A-4', 'A-5']);
  });

  it('shows active staff by default, and those who left on request', () => {
    expect(matricules({})).not.toContain('A-5');
    expect(matricules({ status: 'left' })).toEqual(['A-5']);
    expect(matricules({ status: 'all' })).toHaveLength(6);
  });

  it('sorts by last name in French and in Arabic, either way', () => {
    expect(matricules({ status: 'all', sort: 'name', lang: 'fr' })).toEqual(['A-4', 'A-1', 'A-3', 'A-6', 'A-5', 'A-2']);
    expect(matricules({ status: 'all', sort: 'name', lang: 'fr', dir: 'desc' })).toEqual(['A-2', 'A-5', 'A-6', 'A-3', 'A-1', 'A-4']);
    // الزروالي < الشاوي < العلوي < الغازي < الوزاني < بنعلي (alphabetical order of the folded names)
    expect(matricules({ status: 'all', sort: 'name', lang: 'ar' })).toEqual(['A-2', 'A-3', 'A-4', 'A-6', 'A-5', 'A-1']);
  });

  it('pages with the total of all matches', () => {
    const first = call(ctx, 'staff.list', { status: 'all', limit: 4 });
    const second = call(ctx, 'staff.list', { status: 'all', limit: 4, offset: 4 });
    expect([first.total, second.total]).toEqual([6, 6]);
    expect(first.rows).toHaveLength(4);
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(6);
  });

  it('shows the unit name and the person in both scripts', () => {
    const row = call(ctx, 'staff.list', { query: 'naima' }).rows[0];
    expect(row).toMatchObject({
      nameFr: 'Benali Naïma',
      nameAr: 'بنعلي نعيمة',
      unitNameFr: 'Division sociale',
      status: 'active',
      isManager: false,
    });
  });
});
