import type { Output, ParsedInput } from '../../../api/contract';
import type { DataContext } from '../../core/context';
import { ftsQuery } from '../../search/fold';

type ListInput = ParsedInput<'staff.list'>;

const ORDER: Record<ListInput['sort'], (lang: 'fr' | 'ar', dir: string) => string> = {
  name: (lang, dir) => `s.sort_name_${lang} = '', s.sort_name_${lang} ${dir}, s.matricule`,
  matricule: (_lang, dir) => `s.matricule ${dir}`,
  unit: (lang, dir) => `u.name_${lang} IS NULL, u.name_${lang} ${dir}, s.sort_name_${lang}`,
  job: (lang, dir) => `j.title_${lang} IS NULL, j.title_${lang} ${dir}, s.sort_name_${lang}`,
  hireDate: (lang, dir) => `s.hire_date IS NULL, s.hire_date ${dir}, s.sort_name_${lang}`,
};

/** The WHERE clause and its parameters for the list's filters; shared by the page and the count. */
function filters(input: ListInput): { where: string; params: unknown[] } | null {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.status !== 'all') {
    clauses.push('s.status = ?');
    params.push(input.status);
  }
  if (input.unitId) {
    clauses.push(
      `s.unit_id IN (WITH RECURSIVE d(id) AS (SELECT ? UNION ALL SELECT x.id FROM org_units x JOIN d ON x.parent_id = d.id) SELECT id FROM d)`,
    );
    params.push(input.unitId);
  }
  if (input.jobId) {
    clauses.push('s.job_id = ?');
    params.push(input.jobId);
  }
  if (input.query) {
    const match = ftsQuery(input.query);
    if (!match) return null; // only punctuation typed: nothing can match
    clauses.push('s.id IN (SELECT staff_id FROM staff_search WHERE staff_search MATCH ?)');
    params.push(match);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** One page of the staff list, filtered and sorted in SQL, with the total for the scrollbar. */
export function listStaff(ctx: DataContext, input: ListInput): Output<'staff.list'> {
  const f = filters(input);
  if (!f) return { total: 0, rows: [] };
  const dir = input.dir === 'desc' ? 'DESC' : 'ASC';
  const total = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM staff s ${f.where}`).get(...f.params) as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.id, s.matricule,
              trim(s.last_name_fr || ' ' || s.first_name_fr) AS nameFr,
              trim(s.last_name_ar || ' ' || s.first_name_ar) AS nameAr,
              u.name_fr AS unitNameFr, u.name_ar AS unitNameAr, j.title_fr AS jobTitleFr, j.title_ar AS jobTitleAr,
              coalesce((SELECT coalesce(nullif(g.name_${input.lang}, ''), g.name_${input.lang === 'fr' ? 'ar' : 'fr'}) FROM staff_grades g WHERE g.id = s.grade_id), '') AS grade,
              s.status, s.is_manager AS isManager, s.hire_date AS hireDate
       FROM staff s LEFT JOIN org_units u ON u.id = s.unit_id LEFT JOIN job_profiles j ON j.id = s.job_id
       ${f.where}
       ORDER BY ${ORDER[input.sort](input.lang, dir)}
       LIMIT ? OFFSET ?`,
    )
    .all(...f.params, input.limit, input.offset) as (Omit<Output<'staff.list'>['rows'][number], 'isManager'> & { isManager: number })[];
  return { total, rows: rows.map((r) => ({ ...r, isManager: Boolean(r.isManager) })) };
}
