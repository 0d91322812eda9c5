import type { DataContext } from '../../db/core/context';
import { FIRST_NAMES, LAST_NAMES } from '../../db/features/demo/names';
import { sortNames } from '../../db/features/staff/search-index';
import { newId } from '../../db/core/ids';
import { fold } from '../../db/search/fold';

/**
 * Adds `n` staff straight into the tables, in one transaction: the same row and search-index
 * shapes as `insertStaff`, without the per-row audit entry (a bulk load, not user changes), so
 * 50,000 staff take seconds. Units and jobs are taken round-robin from those already there.
 */
export function addStaff(ctx: DataContext, n: number, firstMatricule = 2_000_000): void {
  const units = (ctx.sqlite.prepare('SELECT id FROM org_units').all() as { id: string }[]).map((r) => r.id);
  const jobs = (ctx.sqlite.prepare('SELECT id FROM job_profiles').all() as { id: string }[]).map((r) => r.id);
  const staff = ctx.sqlite.prepare(
    `INSERT INTO staff (id, matricule, first_name_fr, last_name_fr, first_name_ar, last_name_ar, sort_name_fr, sort_name_ar,
                        gender, unit_id, job_id, status, hire_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const search = ctx.sqlite.prepare('INSERT INTO staff_search (staff_id, names) VALUES (?, ?)');
  ctx.sqlite
    .transaction(() => {
      for (let i = 0; i < n; i++) {
        const first = FIRST_NAMES[(i * 7) % FIRST_NAMES.length];
        const [lastFr, lastAr] = LAST_NAMES[(i * 13) % LAST_NAMES.length];
        const names = {
          matricule: String(firstMatricule + i),
          firstNameFr: first.fr,
          lastNameFr: lastFr,
          firstNameAr: first.ar,
          lastNameAr: lastAr,
        };
        const sort = sortNames(names);
        const id = newId();
        staff.run(
          id,
          names.matricule,
          first.fr,
          lastFr,
          first.ar,
          lastAr,
          sort.sortNameFr,
          sort.sortNameAr,
          first.gender,
          units[i % units.length],
          jobs[i % jobs.length],
          i % 25 ? 'active' : 'left',
          `${1990 + (i % 35)}-0${1 + (i % 9)}-15`,
        );
        search.run(id, fold([names.matricule, lastFr, first.fr, lastAr, first.ar].join(' ')));
      }
    })
    .immediate();
}
