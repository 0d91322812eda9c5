/**
 * The charts of people and hours, folded from the same attended marks as the indicators
 * (indicators-people's `attendedMarks`), so a chart adds up to its indicator: the months' hours
 * to trainingHours, the genders to the people trained, the units' trained staff to staffTrained
 * (less staff without a unit, who belong to no bar).
 */
import type { Dashboard } from '../../../api/channels/dashboard';
import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { orgUnits, staff } from '../../schema';
import type { Restriction } from '../evaluation/indicator-scope';
import { type MarksRow, STAFF_ACTIVE_WHERE, hoursOf } from '../evaluation/indicators-people';
import { named } from '../sessions/sql-names';
import { round2 } from '../sessions/slot-math';

type Charts = Dashboard['charts'];

export function hoursByMonth(marks: readonly MarksRow[]): Charts['hoursByMonth'] {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, staffHours: 0, associationHours: 0 }));
  for (const m of marks) {
    const bar = months[m.month - 1];
    if (m.staffId) bar.staffHours += hoursOf(m);
    else bar.associationHours += hoursOf(m);
  }
  return months.map((b) => ({ ...b, staffHours: round2(b.staffHours), associationHours: round2(b.associationHours) }));
}

export function trainedByGender(marks: readonly MarksRow[]): Charts['trainedByGender'] {
  const seen = { staff: { f: new Set<string>(), m: new Set<string>() }, associations: { f: new Set<string>(), m: new Set<string>() } };
  for (const m of marks) {
    if (m.staffId) seen.staff[m.gender].add(m.staffId);
    else if (m.traineeId) seen.associations[m.gender].add(m.traineeId);
  }
  return (['staff', 'associations'] as const).map((population) => ({
    population,
    women: seen[population].f.size,
    men: seen[population].m.size,
  }));
}

interface Unit {
  id: string;
  parentId: string | null;
  nameFr: string;
  nameAr: string;
  archived: number;
}

const U = named(orgUnits, 'u');
const P = named(staff, 'p');
const UNITS = `SELECT ${U.c('id')} AS id, ${U.c('parentId')} AS parentId, ${U.c('nameFr')} AS nameFr, ${U.c('nameAr')} AS nameAr,
  ${U.c('archivedAt')} IS NOT NULL AS archived FROM ${U.from} ORDER BY ${U.c('position')}, ${U.c('nameFr')}, ${U.c('id')}`;
const activeByUnitSql = (r: Restriction) =>
  `SELECT ${P.c('unitId')} AS unitId, count(*) AS n FROM ${P.from} WHERE ${STAFF_ACTIVE_WHERE} AND ${r.staff('p')} GROUP BY ${P.c('unitId')}`;

/**
 * The bars of trainedByUnit: the units directly under the top of the chart (the filter's unit,
 * else the one root unit when there is a single one), each standing for itself and every unit
 * below it; the top unit's own staff make a bar of their own (its id) when it has any. With
 * several roots and no unit filter, the roots are the bars. `barOf` says which bar a unit's
 * staff fall in (null: none, i.e. staff without a unit).
 */
export function unitBars(ctx: DataContext, unitId: string | null) {
  const units = stmt(ctx, UNITS).all() as Unit[];
  const byId = new Map(units.map((u) => [u.id, u]));
  const roots = units.filter((u) => !u.parentId);
  const top = unitId ?? (roots.length === 1 ? roots[0].id : null);
  const bars = units.filter((u) => u.parentId === top || (top === null && !u.parentId));
  const memo = new Map<string, string | null>();
  const barOf = (id: string | null): string | null => {
    if (!id) return null;
    if (memo.has(id)) return memo.get(id)!;
    let bar: string | null = null;
    for (let u = byId.get(id); u; u = u.parentId ? byId.get(u.parentId) : undefined) {
      if (u.id === top) {
        bar = top;
        break;
      }
      if (u.parentId === top || (top === null && !u.parentId)) {
        bar = u.id;
        break;
      }
    }
    memo.set(id, bar);
    return bar;
  };
  return { top: top ? byId.get(top)! : null, bars, barOf };
}

export function trainedByUnit(
  ctx: DataContext,
  marks: readonly MarksRow[],
  r: Restriction,
  unitId: string | null,
  day: string,
): Charts['trainedByUnit'] {
  const { top, bars, barOf } = unitBars(ctx, unitId);
  const active = new Map<string, number>();
  for (const row of stmt(ctx, activeByUnitSql(r)).all({ ...r.params, day }) as { unitId: string | null; n: number }[]) {
    const bar = barOf(row.unitId);
    if (bar) active.set(bar, (active.get(bar) ?? 0) + row.n);
  }
  const trained = new Map<string, Set<string>>();
  for (const m of marks) {
    const bar = m.staffId ? barOf(m.unitId) : null;
    if (!bar) continue;
    if (!trained.has(bar)) trained.set(bar, new Set());
    trained.get(bar)!.add(m.staffId!);
  }
  const shown = top ? [top, ...bars] : bars;
  return shown
    .map((u) => ({ id: u.id, nameFr: u.nameFr, nameAr: u.nameAr, active: active.get(u.id) ?? 0, trained: trained.get(u.id)?.size ?? 0 }))
    .filter((b) => b.active > 0 || b.trained > 0 || (b.id !== top?.id && !bars.find((u) => u.id === b.id)?.archived));
}
