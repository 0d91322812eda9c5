import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { HandlerGroup } from '../../dispatch/types';
import { orgUnits } from '../../schema';
import { deleteOrArchive, getOr404, holder, inTransaction, nameIn, setArchived, staffHolder, updateAudited } from '../shared/records';
import { assertHead, getUnit, listUnits, releaseStrayHeads } from './unit-service';

/** A unit cannot be moved under itself or one of its descendants. */
function assertNoCycle(ctx: DataContext, id: string, parentId: string | null): void {
  if (!parentId) return;
  if (parentId === id)
    throw new DomainError('conflict', 'errors.unitCycle', { issues: [{ path: 'parentId', message: 'errors.unitCycle' }] });
  const below = ctx.sqlite
    .prepare(
      `WITH RECURSIVE d(id) AS (SELECT id FROM org_units WHERE parent_id = ? UNION SELECT u.id FROM org_units u JOIN d ON u.parent_id = d.id) SELECT 1 FROM d WHERE id = ?`,
    )
    .get(id, parentId);
  if (below) throw new DomainError('conflict', 'errors.unitCycle', { issues: [{ path: 'parentId', message: 'errors.unitCycle' }] });
}

function assertParentExists(ctx: DataContext, parentId: string | null): void {
  if (parentId && !ctx.orm.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, parentId)).get()) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'parentId', message: 'errors.notFound' }] });
  }
}

/** The staff and sub-units that keep a unit from being deleted, named in both scripts. */
function unitHolders(ctx: DataContext, id: string) {
  const units = 'SELECT name_fr, name_ar FROM org_units WHERE parent_id = ? ORDER BY position';
  const name = (lang: 'fr' | 'ar') => nameIn(lang, (l) => `name_${l}`);
  return [staffHolder(ctx, 'unit_id = ?', id), holder(ctx, 'units', units, id, name('fr'), name('ar'))];
}

export const unitHandlers: HandlerGroup<
  'units.list' | 'units.get' | 'units.create' | 'units.update' | 'units.setArchived' | 'units.delete' | 'units.holders'
> = {
  'units.list': ({ includeArchived }, ctx) => listUnits(ctx, includeArchived),

  'units.get': ({ id }, ctx) => getUnit(ctx, id),

  'units.create': (input: ParsedInput<'units.create'>, ctx) => {
    const id = newId();
    inTransaction(ctx, () => {
      assertParentExists(ctx, input.parentId);
      assertHead(ctx, null, input.headId);
      ctx.orm
        .insert(orgUnits)
        .values({ id, ...input })
        .run();
      recordAudit(ctx, 'units', id, 'create');
    });
    return getUnit(ctx, id);
  },

  'units.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => {
      const before = getOr404(ctx.orm.select().from(orgUnits).where(eq(orgUnits.id, id)).get());
      assertParentExists(ctx, values.parentId);
      assertNoCycle(ctx, id, values.parentId);
      assertHead(ctx, id, values.headId);
      updateAudited(ctx, orgUnits, 'units', before, values);
      // A unit moved elsewhere takes its staff along: a head above it may no longer be in their branch.
      if (before.parentId !== values.parentId) releaseStrayHeads(ctx);
    });
    return getUnit(ctx, id);
  },

  'units.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, orgUnits, 'units', id, archived);
    return getUnit(ctx, id);
  },

  'units.delete': ({ id, archiveInstead }, ctx) =>
    deleteOrArchive(ctx, {
      table: orgUnits,
      auditName: 'units',
      id,
      archiveInstead,
      holders: () => unitHolders(ctx, id),
    }),

  'units.holders': ({ id }, ctx) => {
    getUnit(ctx, id);
    return unitHolders(ctx, id).filter((h) => h.count > 0) as Output<'units.holders'>;
  },
};
