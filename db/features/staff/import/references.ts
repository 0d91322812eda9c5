import type { DataContext } from '../../../core/context';
import { fold } from '../../../search/fold';
import type { RowProblem } from '../../../tabular/row-problem';
import { ambiguousGrade, ambiguousUnit, archivedGrade, unknownGrade, unknownJob, unknownUnit } from './problems';

/** A cell naming a unit, job or grade: the id found, a unit to create (its folded name), or why not. */
export type Resolved = { id: string } | { create: string } | { problem: RowProblem };

const ARABIC = /[\u0600-\u06FF]/;

/** Folded key → the ids it names (several: ambiguous). */
function index<T extends { id: string }>(rows: T[], keys: (r: T) => string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const r of rows)
    for (const k of keys(r)) {
      const f = fold(k);
      if (!f) continue;
      if (!map.has(f)) map.set(f, new Set());
      map.get(f)!.add(r.id);
    }
  return map;
}

/**
 * Finds what a staff file's cells name, read once per import: a unit by its code or its French
 * (or Arabic) name, a job by its code, a grade by its French or Arabic name (bilingual list).
 */
export function referenceResolver(ctx: DataContext, createUnits: boolean) {
  const units = ctx.sqlite.prepare('SELECT id, code, name_fr AS nameFr, name_ar AS nameAr FROM org_units').all() as {
    id: string;
    code: string;
    nameFr: string;
    nameAr: string;
  }[];
  const unitsByCode = index(units, (u) => [u.code]);
  const unitsByName = index(units, (u) => [u.nameFr, u.nameAr]);
  const jobs = ctx.sqlite.prepare('SELECT id, code FROM job_profiles').all() as { id: string; code: string }[];
  const jobsByCode = index(jobs, (j) => [j.code]);
  const exactJob = new Map(jobs.map((j) => [j.code, j.id]));
  const grades = ctx.sqlite
    .prepare('SELECT id, name_fr AS nameFr, name_ar AS nameAr, archived_at AS archivedAt FROM staff_grades')
    .all() as {
    id: string;
    nameFr: string;
    nameAr: string;
    archivedAt: string | null;
  }[];
  const gradesByName = index(grades, (g) => [g.nameFr, g.nameAr]);
  const archived = new Set(grades.filter((g) => g.archivedAt).map((g) => g.id));

  return {
    /** A code wins over a name; an unknown unit is to be created with createUnits. */
    unit(cell: string): Resolved {
      const key = fold(cell);
      const byCode = unitsByCode.get(key);
      if (byCode?.size === 1) return { id: [...byCode][0] };
      const byName = unitsByName.get(key);
      if (byName?.size === 1 && !byCode) return { id: [...byName][0] };
      if (byCode || byName) return { problem: ambiguousUnit(cell) };
      return createUnits ? { create: key } : { problem: unknownUnit(cell) };
    },
    job(cell: string): Resolved {
      const exact = exactJob.get(cell);
      if (exact) return { id: exact };
      const ids = jobsByCode.get(fold(cell));
      return ids?.size === 1 ? { id: [...ids][0] } : { problem: unknownJob(cell) };
    },
    /** An archived grade only for the person who already has it (as the staff form allows). */
    grade(cell: string, current: string | null): Resolved {
      const ids = [...(gradesByName.get(fold(cell)) ?? [])];
      const live = ids.filter((id) => !archived.has(id) || id === current);
      if (live.length === 1) return { id: live[0] };
      if (live.length > 1) return { problem: ambiguousGrade(cell) };
      return { problem: ids.length ? archivedGrade(cell) : unknownGrade(cell) };
    },
  };
}

/** A unit the file names and --create-units adds: its name in the script it is written in. */
export const newUnitNames = (cell: string) => (ARABIC.test(cell) ? { nameFr: '', nameAr: cell } : { nameFr: cell, nameAr: '' });
