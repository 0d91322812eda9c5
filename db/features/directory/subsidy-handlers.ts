import type { Output } from '../../../api/contract';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import type { HandlerGroup } from '../../dispatch/types';
import { createChild, deleteChild, updateChild } from './child-records';
import { SUBSIDIES } from './child-tables';

type Subsidy = Output<'subsidies.create'>;

const SELECT = `SELECT s.id, s.organization_id AS organizationId, o.name_fr AS organizationNameFr, o.name_ar AS organizationNameAr,
  ${Object.entries(SUBSIDIES.columns)
    .map(([k, c]) => `s.${c} AS ${k}`)
    .join(', ')}, s.created_at AS createdAt, s.updated_at AS updatedAt
  FROM subsidies s JOIN organizations o ON o.id = s.organization_id`;

const readSubsidy = (ctx: DataContext, id: string): Subsidy => {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Subsidy | undefined;
  if (!row) throw notFound();
  return row;
};

/** The 2016 regulation asks for transparency: totals the council can publish. */
function totals(ctx: DataContext, by: 'year' | 'domain' | 'quartier', year: number | null): Output<'subsidies.totals'> {
  const sums = `count(*) AS count, sum(s.requested_centimes) AS requestedCentimes,
    sum(CASE WHEN s.status IN ('granted', 'paid', 'report_received') THEN s.granted_centimes ELSE 0 END) AS grantedCentimes`;
  const filter = year === null ? '' : 'WHERE s.year = @year';
  const sql = {
    year: `SELECT CAST(s.year AS TEXT) AS key, CAST(s.year AS TEXT) AS labelFr, CAST(s.year AS TEXT) AS labelAr, ${sums}
           FROM subsidies s ${filter} GROUP BY s.year ORDER BY s.year DESC`,
    // An organisation active in several domains counts in each of them (the rows do not add up to the total).
    domain: `SELECT d.id AS key, d.name_fr AS labelFr, d.name_ar AS labelAr, ${sums}
             FROM subsidies s JOIN organization_terms t ON t.organization_id = s.organization_id
             JOIN directory_terms d ON d.id = t.term_id AND d.kind = 'domain' ${filter} GROUP BY d.id ORDER BY grantedCentimes DESC`,
    // The quartier of the organisation's first address ('' for none).
    quartier: `SELECT coalesce(d.id, '') AS key, coalesce(d.name_fr, '') AS labelFr, coalesce(d.name_ar, '') AS labelAr, ${sums}
               FROM subsidies s
               LEFT JOIN directory_terms d ON d.id = (SELECT quartier_id FROM organization_locations l WHERE l.organization_id = s.organization_id ORDER BY position LIMIT 1)
               ${filter} GROUP BY d.id ORDER BY grantedCentimes DESC`,
  }[by];
  return ctx.sqlite.prepare(sql).all(year === null ? {} : { year }) as Output<'subsidies.totals'>;
}

export const subsidyHandlers: HandlerGroup<
  'subsidies.list' | 'subsidies.create' | 'subsidies.update' | 'subsidies.delete' | 'subsidies.totals' | 'subsidies.overdue'
> = {
  'subsidies.list': ({ organizationId, year, status, offset, limit }, ctx) => {
    const p = { offset, limit, organizationId, year, status };
    const c = [
      organizationId ? 's.organization_id = @organizationId' : '',
      year !== null ? 's.year = @year' : '',
      status ? 's.status = @status' : '',
    ].filter(Boolean);
    const where = c.length ? `WHERE ${c.join(' AND ')}` : '';
    const total = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM subsidies s ${where}`).get(p) as { n: number }).n;
    const rows = ctx.sqlite
      .prepare(`${SELECT} ${where} ORDER BY s.year DESC, o.sort_name_fr LIMIT @limit OFFSET @offset`)
      .all(p) as Subsidy[];
    return { total, rows };
  },
  'subsidies.create': (values, ctx) => readSubsidy(ctx, createChild<{ id: string }>(ctx, SUBSIDIES, values).id),
  'subsidies.update': (values, ctx) => readSubsidy(ctx, updateChild<{ id: string }>(ctx, SUBSIDIES, values).id),
  'subsidies.delete': ({ id }, ctx) => deleteChild(ctx, SUBSIDIES, id),
  'subsidies.totals': ({ by, year }, ctx) => totals(ctx, by, year),
  // Money was granted or paid, the report is due and has not come: the Service must chase it.
  'subsidies.overdue': ({ today }, ctx) =>
    ctx.sqlite
      .prepare(`${SELECT} WHERE s.status IN ('granted', 'paid') AND s.report_due_date < ? ORDER BY s.report_due_date, o.sort_name_fr`)
      .all(today ?? new Date().toISOString().slice(0, 10)) as Subsidy[],
};
