import { and, asc, count, eq, getTableColumns, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId } from '../../core/ids';
import { associationTrainees, organizations } from '../../schema';
import { fold, searchFold } from '../../search/fold';
import type { Holder } from '../../../api/result';
import { getOr404, holder, nameIn, updateAudited } from '../shared/records';

/**
 * Association trainees (issue 10): services the handlers, the demo data and later the training
 * sessions call. Writes run inside the caller's transaction and are audited.
 */
type Trainee = Output<'trainees.get'>;
export type TraineeValues = ParsedInput<'trainees.create'>;

interface Names {
  firstNameFr: string;
  lastNameFr: string;
  firstNameAr: string;
  lastNameAr: string;
}

/** Folded "last first" per script, as the staff's: the key the list sorts and searches on. */
export const traineeSortNames = (n: Names) => ({
  sortNameFr: fold(`${n.lastNameFr} ${n.firstNameFr}`),
  sortNameAr: fold(`${n.lastNameAr} ${n.firstNameAr}`),
});

const { sortNameFr: _f, sortNameAr: _a, ...traineeColumns } = getTableColumns(associationTrainees);
const traineeSelect = { ...traineeColumns, organizationNameFr: organizations.nameFr, organizationNameAr: organizations.nameAr };

const selectTrainees = (ctx: DataContext) =>
  ctx.orm
    .select(traineeSelect)
    .from(associationTrainees)
    .innerJoin(organizations, eq(organizations.id, associationTrainees.organizationId));

export function getTrainee(ctx: DataContext, id: string): Trainee {
  return getOr404(selectTrainees(ctx).where(eq(associationTrainees.id, id)).get());
}

/**
 * The list, filtered: every typed word must appear in the folded names of either script (the
 * Arabic article and its particles dropped from the query, so "إدريسي" finds "الإدريسي", and
 * "idrissi" finds "El Idrissi"). Ordered by the names of the interface's script, the records
 * named only in the other script last.
 */
export function listTrainees(ctx: DataContext, input: ParsedInput<'trainees.list'>): Output<'trainees.list'> {
  const t = associationTrainees;
  const where: SQL[] = [];
  for (const word of searchFold(input.query).split(' ').filter(Boolean).slice(0, 12)) {
    where.push(sql`instr(${t.sortNameFr} || ' ' || ${t.sortNameAr}, ${word}) > 0`);
  }
  if (input.organizationId) where.push(eq(t.organizationId, input.organizationId));
  if (input.function) where.push(eq(t.function, input.function));
  if (input.gender) where.push(eq(t.gender, input.gender));
  if (input.archived === 'active') where.push(isNull(t.archivedAt));
  if (input.archived === 'archived') where.push(isNotNull(t.archivedAt));
  const condition = where.length ? and(...where) : undefined;
  const total = ctx.orm.select({ n: count() }).from(t).where(condition).get()?.n ?? 0;
  const [first, second] = input.lang === 'ar' ? [t.sortNameAr, t.sortNameFr] : [t.sortNameFr, t.sortNameAr];
  const rows = selectTrainees(ctx)
    .where(condition)
    .orderBy(sql`${first} = ''`, asc(first), asc(second), asc(t.id))
    .limit(input.limit)
    .all();
  return { total, rows };
}

/** The organisation exists (a trainee belongs to one of the directory). */
export function assertOrganization(ctx: DataContext, organizationId: string): void {
  if (!ctx.orm.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).get()) {
    throw new DomainError('invalid_input', 'errors.organizationNotFound', {
      issues: [{ path: 'organizationId', message: 'errors.organizationNotFound' }],
    });
  }
}

/** Creates a trainee inside the caller's transaction (also used by the demo generator). */
export function insertTrainee(ctx: DataContext, values: TraineeValues, id = newId()): string {
  ctx.orm
    .insert(associationTrainees)
    .values({ id, ...values, ...traineeSortNames(values) })
    .run();
  recordAudit(ctx, 'associationTrainees', id, 'create');
  return id;
}

/** Writes the new values inside the caller's transaction; the audit names the fields that changed. */
export function updateTrainee(ctx: DataContext, id: string, values: TraineeValues): void {
  const { organizationNameFr: _n, organizationNameAr: _m, ...before } = getTrainee(ctx, id);
  updateAudited(ctx, associationTrainees, 'associationTrainees', before, values);
  ctx.orm.update(associationTrainees).set(traineeSortNames(values)).where(eq(associationTrainees.id, id)).run();
}

/** An organisation's trainees, named, for the holders that keep it from being deleted. */
export const traineeHolder = (ctx: DataContext, organizationId: string): Holder =>
  holder(
    ctx,
    'associationTrainees',
    'SELECT last_name_fr, first_name_fr, last_name_ar, first_name_ar FROM association_trainees WHERE organization_id = ? ORDER BY sort_name_fr',
    organizationId,
    ...((['fr', 'ar'] as const).map((lang) => nameIn(lang, (l) => `trim(last_name_${l} || ' ' || first_name_${l})`)) as [string, string]),
  );
