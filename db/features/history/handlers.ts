import type { Output, ParsedInput } from '../../../api/contract';
import type { DataContext } from '../../core/context';
import type { HandlerGroup } from '../../dispatch/types';

type Row = Omit<Output<'audit.list'>['rows'][number], 'fields'> & { fields: string };

/** The WHERE clause of the History's filters, with named parameters. */
function where(input: ParsedInput<'audit.list'>): string {
  const parts = [
    input.recordId && 'record_id = @recordId',
    input.entity && 'table_name = @entity',
    input.operator && 'operator = @operator',
    input.action && 'action = @action',
    input.since && 'at >= @since',
    input.until && 'at <= @until',
  ].filter(Boolean);
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/** Instants compare as text only in one form: UTC with milliseconds, as the log writes them. */
const utc = (instant?: string) => (instant ? new Date(instant).toISOString() : undefined);

export function listAudit(ctx: DataContext, input: ParsedInput<'audit.list'>): Output<'audit.list'> {
  const params = { ...input, since: utc(input.since), until: utc(input.until) };
  const filter = where(input);
  const total = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${filter}`).get(params) as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, at, operator, table_name AS entity, record_id AS recordId, action, fields FROM audit_log
       ${filter} ORDER BY at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as Row[];
  const distinct = (column: string) =>
    (ctx.sqlite.prepare(`SELECT DISTINCT ${column} AS v FROM audit_log ORDER BY v`).all() as { v: string }[]).map((r) => r.v);
  return {
    total,
    rows: rows.map((r) => ({ ...r, fields: JSON.parse(r.fields) as string[] })),
    operators: distinct('operator'),
    entities: distinct('table_name'),
  };
}

export const historyHandlers: HandlerGroup<'audit.list'> = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
};
