import type { Output } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import { sqlColumns } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { nowIso } from '../../core/ids';
import { orgUnits } from '../../schema';
import { getOr404 } from '../shared/records';

type Unit = Output<'units.get'>;

const UNIT_FIELDS = ['id', 'parentId', 'kind', 'code', 'nameFr', 'nameAr', 'headId', 'archivedAt', 'createdAt', 'updatedAt'] as const;
const unitColumns = Object.entries(sqlColumns(orgUnits, UNIT_FIELDS))
  .map(([field, column]) => `u.${column} AS ${field}`)
  .join(', ');

/**
 * Every unit (root) paired with itself and each unit below it, walked once for all units. UNION,
 * not UNION ALL, so that a damaged chart holding a cycle still ends.
 */
const BRANCHES = `branch(root, id) AS (SELECT id, id FROM org_units UNION SELECT b.root, x.id FROM org_units x JOIN branch b ON x.parent_id = b.id)`;

/**
 * Each unit with its head and two head-counts of active staff: its own (`staffCount`) and its
 * whole branch (`totalStaffCount`: the unit and every unit below it, archived ones included),
 * which is what the staff list filtered by that unit shows.
 */
const SELECT_UNITS = `
  WITH RECURSIVE
    direct(unit_id, n) AS (SELECT unit_id, count(*) FROM staff WHERE status = 'active' AND unit_id IS NOT NULL GROUP BY unit_id),
    ${BRANCHES},
    total(unit_id, n) AS (SELECT b.root, sum(d.n) FROM branch b JOIN direct d ON d.unit_id = b.id GROUP BY b.root)
  SELECT ${unitColumns},
         CASE WHEN h.id IS NULL THEN NULL ELSE trim(h.last_name_fr || ' ' || h.first_name_fr) END AS headNameFr,
         CASE WHEN h.id IS NULL THEN NULL ELSE trim(h.last_name_ar || ' ' || h.first_name_ar) END AS headNameAr,
         coalesce(d.n, 0) AS staffCount, coalesce(t.n, 0) AS totalStaffCount
  FROM org_units u
  LEFT JOIN direct d ON d.unit_id = u.id
  LEFT JOIN total t ON t.unit_id = u.id
  LEFT JOIN staff h ON h.id = u.head_id`;

export function getUnit(ctx: DataContext, id: string): Unit {
  return getOr404(ctx.sqlite.prepare(`${SELECT_UNITS} WHERE u.id = ?`).get(id) as Unit | undefined);
}

export function listUnits(ctx: DataContext, includeArchived: boolean): Unit[] {
  const where = includeArchived ? '' : 'WHERE u.archived_at IS NULL';
  return ctx.sqlite.prepare(`${SELECT_UNITS} ${where} ORDER BY u.position, u.name_fr, u.name_ar`).all() as Unit[];
}

/** The ids of a unit and of every unit below it, as a SQL subquery taking the unit's id. */
const BRANCH = `WITH RECURSIVE b(id) AS (SELECT ? UNION SELECT x.id FROM org_units x JOIN b ON x.parent_id = b.id) SELECT id FROM b`;

const headIssue = (message: string) => new DomainError('invalid_input', message, { issues: [{ path: 'headId', message }] });

/**
 * A unit's head is an active staff member of the unit or of a unit below it: a chart that names
 * as head someone who works elsewhere, or who has left, would mislead whoever reads it. A unit
 * being created holds nobody yet, so it gets its head once staff are attached to it.
 */
export function assertHead(ctx: DataContext, unitId: string | null, headId: string | null): void {
  if (!headId) return;
  const head = ctx.sqlite.prepare('SELECT status, unit_id AS unitId FROM staff WHERE id = ?').get(headId) as
    { status: string; unitId: string | null } | undefined;
  if (!head) throw headIssue('errors.notFound');
  if (head.status !== 'active') throw headIssue('errors.headNotActive');
  const inBranch = unitId && head.unitId && ctx.sqlite.prepare(`SELECT 1 FROM (${BRANCH}) WHERE id = ?`).get(unitId, head.unitId);
  if (!inBranch) throw headIssue('errors.headNotInUnit');
}

/**
 * Units whose head no longer fits the rule of assertHead lose that head, audited on each unit
 * inside the caller's transaction: called after a staff member's record changed (they left, or
 * moved out of the branch they head), after a unit moved, and before a staff member's record is
 * deleted (`gone`: the foreign key would clear the head without a trace in the History).
 */
export function releaseStrayHeads(ctx: DataContext, gone?: string): void {
  const stray = ctx.sqlite
    .prepare(
      `WITH RECURSIVE ${BRANCHES}
       SELECT u.id FROM org_units u JOIN staff h ON h.id = u.head_id
       WHERE h.id = @gone OR h.status <> 'active' OR NOT EXISTS (SELECT 1 FROM branch b WHERE b.root = u.id AND b.id = h.unit_id)`,
    )
    .all({ gone: gone ?? null }) as { id: string }[];
  const clear = ctx.sqlite.prepare('UPDATE org_units SET head_id = NULL, updated_at = ? WHERE id = ?');
  for (const { id } of stray) {
    clear.run(nowIso(), id);
    recordAudit(ctx, 'units', id, 'update', ['headId']);
  }
}
