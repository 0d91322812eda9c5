import { STAFF_COLUMNS } from '../../../api/channels/staff-files';
import type { DataContext } from '../../core/context';
import { toCsv, toXlsx } from '../../tabular/write';
import { frenchDate } from './import/cells';

/**
 * Every staff member, active or left, in the import's columns (api/channels/staff-files.ts), so
 * that `sas staff import` reads an export back: the unit by its code (its French name, else its
 * Arabic one, when it has none), the job by its code, the grade by its French name (else Arabic),
 * the gender as F or M, the hire date as DD/MM/YYYY. Ordered by matricule.
 */
export function staffExportRows(ctx: DataContext): string[][] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.matricule, s.last_name_fr, s.first_name_fr, s.last_name_ar, s.first_name_ar, upper(s.gender) AS gender,
              coalesce(nullif(g.name_fr, ''), g.name_ar, '') AS grade,
              coalesce(nullif(u.code, ''), nullif(u.name_fr, ''), u.name_ar, '') AS unit,
              coalesce(j.code, '') AS job, s.hire_date, s.phone, s.email
       FROM staff s
       LEFT JOIN staff_grades g ON g.id = s.grade_id
       LEFT JOIN org_units u ON u.id = s.unit_id
       LEFT JOIN job_profiles j ON j.id = s.job_id
       ORDER BY s.matricule`,
    )
    .raw()
    .all() as (string | null)[][];
  return rows.map((r) => r.map((cell, i) => (i === 9 ? frenchDate(cell) : (cell ?? ''))));
}

export const staffTemplateRow = [
  'A-1204',
  'Benali',
  'Naïma',
  'بنعلي',
  'نعيمة',
  'F',
  'Administrateur 2e grade',
  'SAS',
  'AS-01',
  '15/03/2019',
  '0536 12 34 56',
  'n.benali@commune.example.ma',
];

export async function exportStaff(ctx: DataContext, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const rows = staffExportRows(ctx);
  return format === 'csv' ? toCsv(STAFF_COLUMNS, rows) : toXlsx(STAFF_COLUMNS, rows, 'Personnel');
}

/** The import template: the header and one example row. */
export const staffTemplate = (): Buffer => toCsv(STAFF_COLUMNS, [staffTemplateRow]);
