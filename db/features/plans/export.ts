import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { stmt } from '../../core/statements';
import { toCsv, toXlsx } from '../../tabular/write';
import { getPlan } from './plan-service';

/** The columns of `sas plan export`: one row per action of the year's plans. */
export const PLAN_EXPORT_COLUMNS = [
  'plan',
  'axe',
  'action',
  'code_formation',
  'population',
  'femmes',
  'hommes',
  'agents',
  'associatifs',
  'heures',
  'periode',
  'cout_prevu_mad',
  'financeur',
  'statut',
  'besoins_couverts',
] as const;

/** Dirhams with a decimal comma, as French Excel reads a number. */
const mad = (centimes: number) => `${Math.trunc(centimes / 100)},${String(Math.abs(centimes) % 100).padStart(2, '0')}`;
const nameOf = (fr: string, ar: string) => fr || ar;

export function planExportRows(ctx: DataContext, year: number): string[][] {
  const ids = stmt(ctx, 'SELECT id FROM training_plans WHERE year = ? ORDER BY audience').all(year) as { id: string }[];
  if (!ids.length) throw new DomainError('not_found', 'errors.noPlanThatYear', { detail: String(year) });
  const rows: string[][] = [];
  for (const { id } of ids) {
    const p = getPlan(ctx, id);
    const axis = new Map(p.axes.map((a) => [a.id, a]));
    const funder = new Map(p.funders.map((f) => [f.id, f]));
    for (const a of p.actionList) {
      const ax = a.axisId ? axis.get(a.axisId) : undefined;
      const funders = [
        ...new Set(a.costs.map((c) => (c.funderId ? nameOf(funder.get(c.funderId)!.nameFr, funder.get(c.funderId)!.nameAr) : ''))),
      ]
        .filter(Boolean)
        .join(' + ');
      rows.push([
        nameOf(p.titleFr, p.titleAr),
        ax ? [ax.code, nameOf(ax.titleFr, ax.titleAr)].filter(Boolean).join(' ') : '',
        [a.code, nameOf(a.titleFr, a.titleAr) || nameOf(a.courseTitleFr, a.courseTitleAr)].filter(Boolean).join(' '),
        a.courseCode,
        a.audience,
        String(a.women),
        String(a.men),
        String(a.staffCount),
        String(a.associationCount),
        String(a.hours).replace('.', ','),
        a.periodKind === 'month' ? `${p.year}-${String(a.periodValue).padStart(2, '0')}` : `${p.year}-T${a.periodValue}`,
        mad(a.totalCentimes),
        funders,
        a.status,
        String(a.needIds.length),
      ]);
    }
  }
  return rows;
}

export async function exportPlan(ctx: DataContext, year: number, format: 'csv' | 'xlsx') {
  const rows = planExportRows(ctx, year);
  const bytes = format === 'csv' ? toCsv(PLAN_EXPORT_COLUMNS, rows) : await toXlsx(PLAN_EXPORT_COLUMNS, rows, `Plan ${year}`);
  return { fileName: `plan-de-formation-${year}.${format}`, contentBase64: bytes.toString('base64'), rows: rows.length };
}
