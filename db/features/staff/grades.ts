import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Output } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId } from '../../core/ids';
import { staffGrades } from '../../schema';
import { getOr404 } from '../shared/records';

/** The grades list as other parts use it (staff checks, demo data). */
type Grade = Output<'grades.create'>;

const COLUMNS = {
  id: staffGrades.id,
  nameFr: staffGrades.nameFr,
  nameAr: staffGrades.nameAr,
  position: staffGrades.position,
  archivedAt: staffGrades.archivedAt,
};

export const getGrade = (ctx: DataContext, id: string): Grade =>
  getOr404(ctx.orm.select(COLUMNS).from(staffGrades).where(eq(staffGrades.id, id)).get());

export const listGrades = (ctx: DataContext, includeArchived: boolean): Grade[] =>
  ctx.orm
    .select(COLUMNS)
    .from(staffGrades)
    .where(includeArchived ? undefined : isNull(staffGrades.archivedAt))
    .orderBy(asc(staffGrades.position), asc(staffGrades.nameFr), asc(staffGrades.nameAr))
    .all();

/** Adds a grade at the end of the list, inside the caller's transaction. */
export function insertGrade(ctx: DataContext, nameFr: string, nameAr: string): string {
  const id = newId();
  const { next } = ctx.orm
    .select({ next: sql<number>`coalesce(max(${staffGrades.position}) + 1, 0)` })
    .from(staffGrades)
    .get()!;
  ctx.orm.insert(staffGrades).values({ id, nameFr, nameAr, position: next }).run();
  recordAudit(ctx, 'grades', id, 'create');
  return id;
}

/** A staff member's grade must exist; an archived one may stay on a record that already had it. */
export function assertGrade(ctx: DataContext, gradeId: string | null, current: string | null = null): void {
  if (!gradeId) return;
  const row = ctx.orm.select({ archivedAt: staffGrades.archivedAt }).from(staffGrades).where(eq(staffGrades.id, gradeId)).get();
  if (!row || (row.archivedAt && gradeId !== current)) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'gradeId', message: 'errors.notFound' }] });
  }
}
