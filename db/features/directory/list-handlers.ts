import type { Output } from '../../../api/contract';
import type { Entity } from '../../../api/entities';
import { recordAudit } from '../../audit/record';
import { selectAs } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { newId } from '../../core/ids';
import type { HandlerGroup } from '../../dispatch/types';
import { directoryTerms, qualityCriteria } from '../../schema';
import { type RecordTable, inTransaction, setArchived, updateAudited } from '../shared/records';
import { ensureDirectoryDefaults } from './defaults';
import { checksOf, scoreOf } from './quality';
import { TERM, codeFor, insertTerm } from './terms';

type Term = Output<'terms.create'>;
type Criterion = Output<'criteria.create'>;

const CRITERION = `SELECT ${selectAs(qualityCriteria, ['id', 'code', 'nameFr', 'nameAr', 'weight', 'validityMonths', 'position', 'archivedAt'])}
  FROM quality_criteria`;

const one = <T>(ctx: DataContext, sql: string, id: string): T => {
  const row = ctx.sqlite.prepare(`${sql} WHERE id = ?`).get(id) as T | undefined;
  if (!row) throw notFound();
  return row;
};

/** Updates the fields given (undefined: left as they are) with the shared audited update. */
function updateRow(ctx: DataContext, entity: Entity, table: RecordTable, sql: string, id: string, values: Record<string, unknown>): void {
  inTransaction(ctx, () => {
    const given = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    updateAudited(ctx, table, entity, one<Record<string, unknown>>(ctx, sql, id), given);
  });
}

const checks = (ctx: DataContext, organizationId: string): Output<'checks.list'> => {
  if (!ctx.sqlite.prepare('SELECT 1 FROM organizations WHERE id = ?').get(organizationId)) throw notFound();
  const list = checksOf(ctx, organizationId);
  return { score: scoreOf(list), checks: list };
};

export const listHandlers: HandlerGroup<
  | 'terms.list'
  | 'terms.create'
  | 'terms.update'
  | 'terms.setArchived'
  | 'criteria.list'
  | 'criteria.create'
  | 'criteria.update'
  | 'criteria.setArchived'
  | 'checks.list'
  | 'checks.set'
> = {
  'terms.list': ({ kind, includeArchived }, ctx) => {
    ensureDirectoryDefaults(ctx);
    const c = [kind ? 'kind = @kind' : '', includeArchived ? '' : 'archived_at IS NULL'].filter(Boolean);
    return ctx.sqlite
      .prepare(`${TERM} ${c.length ? `WHERE ${c.join(' AND ')}` : ''} ORDER BY kind, position, name_fr`)
      .all({ kind }) as Term[];
  },
  'terms.create': ({ kind, nameFr, nameAr, code }, ctx) => {
    ensureDirectoryDefaults(ctx);
    return one<Term>(
      ctx,
      TERM,
      inTransaction(ctx, () => insertTerm(ctx, kind, nameFr, nameAr, code)),
    );
  },
  'terms.update': ({ id, ...values }, ctx) => {
    updateRow(ctx, 'terms', directoryTerms, TERM, id, values);
    return one<Term>(ctx, TERM, id);
  },
  'terms.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, directoryTerms, 'terms', id, archived);
    return one<Term>(ctx, TERM, id);
  },

  'criteria.list': (_input, ctx) => {
    ensureDirectoryDefaults(ctx);
    return ctx.sqlite.prepare(`${CRITERION} ORDER BY archived_at IS NOT NULL, position, code`).all() as Criterion[];
  },
  'criteria.create': ({ code, ...values }, ctx) => {
    ensureDirectoryDefaults(ctx);
    const id = inTransaction(ctx, () => {
      const newOne = newId();
      const c = codeFor(ctx, 'quality_criteria', '', code, values.nameFr || values.nameAr);
      const position = (ctx.sqlite.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM quality_criteria').get() as { p: number }).p;
      ctx.sqlite
        .prepare(
          'INSERT INTO quality_criteria (id, code, name_fr, name_ar, weight, validity_months, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(newOne, c, values.nameFr, values.nameAr, values.weight, values.validityMonths, position);
      recordAudit(ctx, 'criteria', newOne, 'create');
      return newOne;
    });
    return one<Criterion>(ctx, CRITERION, id);
  },
  'criteria.update': ({ id, ...values }, ctx) => {
    updateRow(ctx, 'criteria', qualityCriteria, CRITERION, id, values);
    return one<Criterion>(ctx, CRITERION, id);
  },
  'criteria.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, qualityCriteria, 'criteria', id, archived);
    return one<Criterion>(ctx, CRITERION, id);
  },

  'checks.list': ({ organizationId }, ctx) => checks(ctx, organizationId),
  'checks.set': ({ organizationId, criterionId, met, checkedOn, note }, ctx) => {
    inTransaction(ctx, () => {
      checks(ctx, organizationId);
      one(ctx, CRITERION, criterionId);
      const existing = ctx.sqlite
        .prepare('SELECT id FROM organization_checks WHERE organization_id = ? AND criterion_id = ?')
        .get(organizationId, criterionId) as { id: string } | undefined;
      const id = existing?.id ?? newId();
      ctx.sqlite
        .prepare(
          `INSERT INTO organization_checks (id, organization_id, criterion_id, met, checked_on, note) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (organization_id, criterion_id) DO UPDATE SET met = excluded.met, checked_on = excluded.checked_on, note = excluded.note,
             updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
        )
        .run(id, organizationId, criterionId, met ? 1 : 0, checkedOn, note);
      recordAudit(ctx, 'checks', id, existing ? 'update' : 'create', existing ? ['met', 'checkedOn', 'note'] : []);
    });
    return checks(ctx, organizationId);
  },
};
