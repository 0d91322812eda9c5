import { eq } from 'drizzle-orm';
import type { Output } from '../../../api/contract';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, taken } from '../../core/errors';
import { newId } from '../../core/ids';
import type { HandlerGroup } from '../../dispatch/types';
import { competencies, competencyCategories } from '../../schema';
import { deleteOrArchive, getOr404, holder, inTransaction, setArchived, updateAudited } from '../shared/records';

type Competency = Output<'competencies.create'>;
type Category = Output<'categories.create'>;

const SELECT_COMPETENCIES = `
  SELECT c.id, c.category_id AS categoryId, c.code, c.name_fr AS nameFr, c.name_ar AS nameAr,
         c.description_fr AS descriptionFr, c.description_ar AS descriptionAr, c.archived_at AS archivedAt,
         c.created_at AS createdAt, c.updated_at AS updatedAt,
         (SELECT count(*) FROM job_requirements r WHERE r.competency_id = c.id) AS requiredByJobs
  FROM competencies c`;

const getCompetency = (ctx: DataContext, id: string) =>
  getOr404(ctx.sqlite.prepare(`${SELECT_COMPETENCIES} WHERE c.id = ?`).get(id) as Competency | undefined);

const getCategory = (ctx: DataContext, id: string): Category =>
  getOr404(ctx.orm.select().from(competencyCategories).where(eq(competencyCategories.id, id)).get());

function assertCodeFree(ctx: DataContext, code: string, id?: string): void {
  const other = ctx.orm.select({ id: competencies.id }).from(competencies).where(eq(competencies.code, code)).get();
  if (other && other.id !== id) throw taken('code', 'errors.codeTaken');
}

function assertCategory(ctx: DataContext, categoryId: string): void {
  if (!ctx.orm.select({ id: competencyCategories.id }).from(competencyCategories).where(eq(competencyCategories.id, categoryId)).get()) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'categoryId', message: 'errors.notFound' }] });
  }
}

export function readFramework(ctx: DataContext, includeArchived: boolean): Output<'framework.get'> {
  const where = includeArchived ? '' : 'WHERE archived_at IS NULL';
  return {
    categories: ctx.sqlite
      .prepare(
        `SELECT id, code, name_fr AS nameFr, name_ar AS nameAr, position, archived_at AS archivedAt, created_at AS createdAt, updated_at AS updatedAt
         FROM competency_categories ${where} ORDER BY position, code`,
      )
      .all() as Category[],
    competencies: ctx.sqlite
      .prepare(`${SELECT_COMPETENCIES} ${where.replace('archived_at', 'c.archived_at')} ORDER BY c.code`)
      .all() as Competency[],
    levels: ctx.sqlite
      .prepare(
        'SELECT level, name_fr AS nameFr, name_ar AS nameAr, descriptor_fr AS descriptorFr, descriptor_ar AS descriptorAr FROM proficiency_levels ORDER BY level',
      )
      .all() as Output<'framework.get'>['levels'],
    proficientLevel:
      (ctx.sqlite.prepare('SELECT proficient_level AS p FROM settings WHERE id = 1').get() as { p: number } | undefined)?.p ?? 3,
  };
}

export const competencyHandlers: HandlerGroup<
  | 'framework.get'
  | 'framework.updateScale'
  | 'categories.create'
  | 'categories.update'
  | 'categories.delete'
  | 'competencies.create'
  | 'competencies.update'
  | 'competencies.setArchived'
  | 'competencies.delete'
> = {
  'framework.get': ({ includeArchived }, ctx) => readFramework(ctx, includeArchived),

  'framework.updateScale': ({ levels, proficientLevel }, ctx) => {
    inTransaction(ctx, () => {
      // Required levels above the new top of the scale would become meaningless.
      const tooHigh = ctx.sqlite.prepare('SELECT count(*) AS n FROM job_requirements WHERE required_level > ?').get(levels.length) as {
        n: number;
      };
      if (tooHigh.n)
        throw new DomainError('conflict', 'errors.scaleBelowRequirements', {
          issues: [{ path: 'levels', message: 'errors.scaleBelowRequirements' }],
        });
      // Nor may the scale lose a level someone holds in the history or was rated at in a review.
      const held = ctx.sqlite
        .prepare(
          `SELECT (SELECT count(*) FROM competency_ratings WHERE level > @top)
             + (SELECT count(*) FROM review_items WHERE max(coalesce(self_level, 0), coalesce(manager_level, 0), coalesce(agreed_level, 0)) > @top) AS n`,
        )
        .get({ top: levels.length }) as { n: number };
      if (held.n)
        throw new DomainError('conflict', 'errors.scaleBelowRatings', {
          issues: [{ path: 'levels', message: 'errors.scaleBelowRatings' }],
        });
      ctx.sqlite.prepare('DELETE FROM proficiency_levels').run();
      const insert = ctx.sqlite.prepare(
        'INSERT INTO proficiency_levels (level, name_fr, name_ar, descriptor_fr, descriptor_ar) VALUES (?, ?, ?, ?, ?)',
      );
      for (const l of levels) insert.run(l.level, l.nameFr, l.nameAr, l.descriptorFr, l.descriptorAr);
      ctx.sqlite.prepare('UPDATE settings SET proficient_level = ? WHERE id = 1').run(proficientLevel);
      recordAudit(ctx, 'proficiencyLevels', 'scale', 'update', ['levels', 'proficientLevel']);
    });
    return readFramework(ctx, false);
  },

  'categories.create': (input, ctx) => {
    const id = newId();
    inTransaction(ctx, () => {
      ctx.orm
        .insert(competencyCategories)
        .values({ id, ...input })
        .run();
      recordAudit(ctx, 'categories', id, 'create');
    });
    return getCategory(ctx, id);
  },

  'categories.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => updateAudited(ctx, competencyCategories, 'categories', getCategory(ctx, id), values));
    return getCategory(ctx, id);
  },

  'categories.delete': ({ id, archiveInstead }, ctx) =>
    deleteOrArchive(ctx, {
      table: competencyCategories,
      auditName: 'categories',
      id,
      archiveInstead,
      holders: () => [holder(ctx, 'competencies', 'SELECT code FROM competencies WHERE category_id = ?', id, 'code')],
    }),

  'competencies.create': (input, ctx) => {
    const id = newId();
    inTransaction(ctx, () => {
      assertCategory(ctx, input.categoryId);
      assertCodeFree(ctx, input.code);
      ctx.orm
        .insert(competencies)
        .values({ id, ...input })
        .run();
      recordAudit(ctx, 'competencies', id, 'create');
    });
    return getCompetency(ctx, id);
  },

  'competencies.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => {
      const before = getOr404(ctx.orm.select().from(competencies).where(eq(competencies.id, id)).get());
      assertCategory(ctx, values.categoryId);
      assertCodeFree(ctx, values.code, id);
      updateAudited(ctx, competencies, 'competencies', before, values);
    });
    return getCompetency(ctx, id);
  },

  'competencies.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, competencies, 'competencies', id, archived);
    return getCompetency(ctx, id);
  },

  'competencies.delete': ({ id, archiveInstead }, ctx) =>
    deleteOrArchive(ctx, {
      table: competencies,
      auditName: 'competencies',
      id,
      archiveInstead,
      holders: () => [
        holder(
          ctx,
          'jobRequirements',
          'SELECT j.code, j.title_fr, j.title_ar FROM job_requirements r JOIN job_profiles j ON j.id = r.job_id WHERE r.competency_id = ?',
          id,
          "code || ' ' || coalesce(nullif(title_fr, ''), title_ar)",
        ),
      ],
    }),
};
