import { type DashboardFilters, POPULATIONS, type Population } from '../../../../api/channels/dashboard';

/**
 * The dashboard's filters as the address keeps them (`#/dashboard?year=2025&unit=…`): a link or
 * a reload finds the same figures. Anything unreadable falls back to its default, so a stale
 * link still opens the dashboard.
 */
export const currentYear = (): number => new Date().getFullYear();

export function readFilters(query: URLSearchParams): DashboardFilters {
  const year = Number(query.get('year'));
  const population = query.get('population');
  const gender = query.get('gender');
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear(),
    unitId: query.get('unit') || null,
    gender: gender === 'f' || gender === 'm' ? gender : null,
    population: POPULATIONS.includes(population as Population) ? (population as Population) : 'all',
    planId: query.get('plan') || null,
    campaignBefore: query.get('before') || null,
    campaignAfter: query.get('after') || null,
  };
}

export function filtersQuery(f: DashboardFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.year !== currentYear()) q.year = String(f.year);
  if (f.unitId) q.unit = f.unitId;
  if (f.gender) q.gender = f.gender;
  if (f.population !== 'all') q.population = f.population;
  if (f.planId) q.plan = f.planId;
  if (f.campaignBefore) q.before = f.campaignBefore;
  if (f.campaignAfter) q.after = f.campaignAfter;
  return q;
}

/** The filters that narrow the figures (the year and the compared campaigns choose, they do not narrow). */
export const narrowing = (f: DashboardFilters): boolean => Boolean(f.unitId || f.gender || f.population !== 'all' || f.planId);

/** The same year, every filter cleared. */
export const resetFilters = (f: DashboardFilters): DashboardFilters => ({
  ...f,
  unitId: null,
  gender: null,
  population: 'all',
  planId: null,
});
