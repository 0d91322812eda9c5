import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, taken } from '../../core/errors';
import { newId } from '../../core/ids';
import type { HandlerGroup } from '../../dispatch/types';
import { jobProfiles, orgUnits, staff } from '../../schema';
import { getOr404, inTransaction, updateAudited } from '../shared/records';
import { listStaff } from './list-query';
import { indexStaff, sortNames, unindexStaff } from './search-index';

type StaffMember = Output<'staff.get'>;
type StaffValues = Omit<ParsedInput<'staff.create'>, never>;

function getStaff(ctx: DataContext, id: string): StaffMember {
  const { sortNameFr: _f, sortNameAr: _a, ...row } = getOr404(ctx.orm.select().from(staff).where(eq(staff.id, id)).get());
  return row;
}

function assertReferences(ctx: DataContext, v: StaffValues, id?: string): void {
  const other = ctx.orm.select({ id: staff.id }).from(staff).where(eq(staff.matricule, v.matricule)).get();
  if (other && other.id !== id) throw taken('matricule', 'errors.matriculeTaken');
  if (v.unitId && !ctx.orm.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, v.unitId)).get()) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'unitId', message: 'errors.notFound' }] });
  }
  if (v.jobId && !ctx.orm.select({ id: jobProfiles.id }).from(jobProfiles).where(eq(jobProfiles.id, v.jobId)).get()) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'jobId', message: 'errors.notFound' }] });
  }
}

/** Creates a staff member inside the caller's transaction (also used by the demo generator). */
export function insertStaff(ctx: DataContext, values: StaffValues, id = newId()): string {
  ctx.orm
    .insert(staff)
    .values({ id, ...values, ...sortNames(values) })
    .run();
  indexStaff(ctx, id, values);
  recordAudit(ctx, 'staff', id, 'create');
  return id;
}

export const staffHandlers: HandlerGroup<'staff.list' | 'staff.get' | 'staff.create' | 'staff.update' | 'staff.delete'> = {
  'staff.list': (input, ctx) => listStaff(ctx, input),

  'staff.get': ({ id }, ctx) => getStaff(ctx, id),

  'staff.create': (values, ctx) => {
    const id = inTransaction(ctx, () => {
      assertReferences(ctx, values);
      return insertStaff(ctx, values);
    });
    return getStaff(ctx, id);
  },

  'staff.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => {
      const before = getStaff(ctx, id);
      assertReferences(ctx, values, id);
      updateAudited(ctx, staff, 'staff', before, values);
      ctx.orm.update(staff).set(sortNames(values)).where(eq(staff.id, id)).run();
      indexStaff(ctx, id, values);
    });
    return getStaff(ctx, id);
  },

  // Nothing refers to a staff member yet; assessments and enrolments will (then: archive).
  'staff.delete': ({ id }, ctx) =>
    inTransaction(ctx, () => {
      getStaff(ctx, id);
      ctx.orm.delete(staff).where(eq(staff.id, id)).run();
      unindexStaff(ctx, id);
      recordAudit(ctx, 'staff', id, 'delete');
      return { deleted: true, archived: false };
    }),
};
