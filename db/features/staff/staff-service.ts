import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, taken } from '../../core/errors';
import { newId } from '../../core/ids';
import { jobProfiles, orgUnits, staff } from '../../schema';
import { getOr404 } from '../shared/records';
import { assertGrade } from './grades';
import { indexStaff, sortNames } from './search-index';

/** Staff records as other features use them (demo data, later imports): read, check, insert. */
type StaffMember = Output<'staff.get'>;
export type StaffValues = Omit<ParsedInput<'staff.create'>, never>;

export function getStaff(ctx: DataContext, id: string): StaffMember {
  const { sortNameFr: _f, sortNameAr: _a, ...row } = getOr404(ctx.orm.select().from(staff).where(eq(staff.id, id)).get());
  return row;
}

/** The matricule is free, the unit, job and grade exist (`currentGrade`: the one the record already has, even archived). */
export function assertReferences(ctx: DataContext, v: StaffValues, id?: string, currentGrade: string | null = null): void {
  const other = ctx.orm.select({ id: staff.id }).from(staff).where(eq(staff.matricule, v.matricule)).get();
  if (other && other.id !== id) throw taken('matricule', 'errors.matriculeTaken');
  if (v.unitId && !ctx.orm.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, v.unitId)).get()) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'unitId', message: 'errors.notFound' }] });
  }
  if (v.jobId && !ctx.orm.select({ id: jobProfiles.id }).from(jobProfiles).where(eq(jobProfiles.id, v.jobId)).get()) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'jobId', message: 'errors.notFound' }] });
  }
  assertGrade(ctx, v.gradeId, currentGrade);
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
