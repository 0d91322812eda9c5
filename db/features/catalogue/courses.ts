import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import type { Course, CourseCompetencyInput, CourseRow } from '../../../api/channels/catalogue';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, taken } from '../../core/errors';
import { newId } from '../../core/ids';
import { courseCompetencies, courses } from '../../schema';
import { fold } from '../../search/fold';
import { deleteOrArchive, getOr404, inTransaction, setArchived, updateAudited } from '../shared/records';
import { catalogueHolders, readLanguages, usedCount, writeLanguages } from './usage';

/**
 * The catalogue of trainings (R3.9): a course, the competencies it develops and the level it
 * aims to reach. Once a plan's action uses it, it is archived, never deleted.
 */

type CourseValues = Omit<ParsedInput<'courses.create'>, 'competencies'>;
type Competencies = { competencyId: string; targetLevel: number }[];

/** Each course's competencies, with their codes and names, ordered by code. */
function competenciesOf(ctx: DataContext, courseId: string | null): Map<string, Course['competencies']> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT cc.course_id AS courseId, cc.competency_id AS competencyId, c.code, c.name_fr AS nameFr, c.name_ar AS nameAr,
              cc.target_level AS targetLevel
       FROM course_competencies cc JOIN competencies c ON c.id = cc.competency_id
       ${courseId ? 'WHERE cc.course_id = ?' : ''} ORDER BY c.code`,
    )
    .all(...(courseId ? [courseId] : [])) as ({ courseId: string } & Course['competencies'][number])[];
  const out = new Map<string, Course['competencies']>();
  for (const { courseId: id, ...c } of rows) out.set(id, [...(out.get(id) ?? []), c]);
  return out;
}

export function getCourse(ctx: DataContext, id: string): Course {
  const row = getOr404(ctx.orm.select().from(courses).where(eq(courses.id, id)).get());
  return {
    ...row,
    languages: readLanguages(row.languages),
    competencies: competenciesOf(ctx, id).get(id) ?? [],
    usedBy: usedCount(ctx, 'courses', id),
  };
}

/** The catalogue, by code; the query matches the code or a title in either script (folded). */
export function listCourses(ctx: DataContext, input: ParsedInput<'courses.list'>): CourseRow[] {
  const all = ctx.orm.select().from(courses).orderBy(courses.code).all();
  const comps = competenciesOf(ctx, null);
  const q = fold(input.query);
  return all
    .filter(
      (c) =>
        (input.includeArchived || !c.archivedAt) &&
        (!input.modality || c.modality === input.modality) &&
        (!input.origin || c.origin === input.origin) &&
        (!input.audience || c.audience === input.audience) &&
        (!input.competencyId || (comps.get(c.id) ?? []).some((x) => x.competencyId === input.competencyId)) &&
        (!q || fold(`${c.code} ${c.titleFr} ${c.titleAr}`).includes(q)),
    )
    .map((c) => ({
      id: c.id,
      code: c.code,
      titleFr: c.titleFr,
      titleAr: c.titleAr,
      domainFr: c.domainFr,
      domainAr: c.domainAr,
      audience: c.audience,
      hours: c.hours,
      modality: c.modality,
      origin: c.origin,
      archivedAt: c.archivedAt,
      competencies: comps.get(c.id) ?? [],
    }));
}

export function assertCourseCodeFree(ctx: DataContext, code: string, id?: string): void {
  const other = ctx.orm.select({ id: courses.id }).from(courses).where(eq(courses.code, code)).get();
  if (other && other.id !== id) throw taken('code', 'errors.codeTaken');
}

/** The framework's highest level (4 when the scale is empty). */
export const topLevel = (ctx: DataContext): number =>
  (ctx.sqlite.prepare('SELECT max(level) AS n FROM proficiency_levels').get() as { n: number | null }).n ?? 4;

function assertCompetencies(ctx: DataContext, rows: CourseCompetencyInput[]): void {
  const top = topLevel(ctx);
  const exists = ctx.sqlite.prepare('SELECT 1 FROM competencies WHERE id = ?');
  rows.forEach((r, i) => {
    if (!exists.get(r.competencyId)) {
      throw new DomainError('invalid_input', 'errors.notFound', {
        issues: [{ path: `competencies.${i}.competencyId`, message: 'errors.notFound' }],
      });
    }
    if (r.targetLevel > top) {
      throw new DomainError('invalid_input', 'errors.levelOutOfScale', {
        issues: [{ path: `competencies.${i}.targetLevel`, message: 'errors.levelOutOfScale' }],
      });
    }
  });
}

/** Replaces a course's competencies; true when they changed (the caller audits `competencies`). */
export function writeCourseCompetencies(ctx: DataContext, courseId: string, rows: Competencies): boolean {
  const key = (rs: Competencies) => JSON.stringify(rs.map((r) => [r.competencyId, r.targetLevel]).sort());
  const current = ctx.sqlite
    .prepare('SELECT competency_id AS competencyId, target_level AS targetLevel FROM course_competencies WHERE course_id = ?')
    .all(courseId) as Competencies;
  if (key(current) === key(rows)) return false;
  ctx.orm.delete(courseCompetencies).where(eq(courseCompetencies.courseId, courseId)).run();
  for (const r of rows)
    ctx.orm.insert(courseCompetencies).values({ courseId, competencyId: r.competencyId, targetLevel: r.targetLevel }).run();
  return true;
}

const stored = (v: CourseValues) => ({ ...v, languages: writeLanguages(v.languages) });

export function createCourse(ctx: DataContext, { competencies, ...values }: ParsedInput<'courses.create'>): Course {
  const id = newId();
  inTransaction(ctx, () => {
    assertCourseCodeFree(ctx, values.code);
    assertCompetencies(ctx, competencies);
    ctx.orm
      .insert(courses)
      .values({ id, ...stored(values) })
      .run();
    writeCourseCompetencies(ctx, id, competencies);
    recordAudit(ctx, 'courses', id, 'create');
  });
  return getCourse(ctx, id);
}

export function updateCourse(ctx: DataContext, { id, competencies, ...values }: ParsedInput<'courses.update'>): Course {
  inTransaction(ctx, () => {
    const before = getOr404(ctx.orm.select().from(courses).where(eq(courses.id, id)).get());
    assertCourseCodeFree(ctx, values.code, id);
    assertCompetencies(ctx, competencies);
    updateAudited(ctx, courses, 'courses', before, stored(values));
    if (writeCourseCompetencies(ctx, id, competencies)) recordAudit(ctx, 'courses', id, 'update', ['competencies']);
  });
  return getCourse(ctx, id);
}

export function setCourseArchived(ctx: DataContext, id: string, archived: boolean): Course {
  setArchived(ctx, courses, 'courses', id, archived);
  return getCourse(ctx, id);
}

/** Deleted only when nothing uses it (a plan's action); else refused with its holders, or archived. */
export const deleteCourse = (ctx: DataContext, { id, archiveInstead }: ParsedInput<'courses.delete'>): Output<'courses.delete'> =>
  deleteOrArchive(ctx, { table: courses, auditName: 'courses', id, archiveInstead, holders: () => catalogueHolders(ctx, 'courses', id) });
