import { syncGapNeeds } from '../reviews/needs';
import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import type { Requirement } from '../../../api/channels/jobs';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, taken } from '../../core/errors';
import { newId } from '../../core/ids';
import type { HandlerGroup } from '../../dispatch/types';
import { jobProfiles } from '../../schema';
import { deleteOrArchive, getOr404, inTransaction, setArchived, staffHolder, updateAudited } from '../shared/records';
import { writeRequirements } from './requirements';

type Job = Output<'jobs.get'>;

export function getJob(ctx: DataContext, id: string): Job {
  const row = getOr404(ctx.orm.select().from(jobProfiles).where(eq(jobProfiles.id, id)).get());
  const requirements = ctx.sqlite
    .prepare(
      `SELECT r.competency_id AS competencyId, r.required_level AS requiredLevel, r.importance
       FROM job_requirements r JOIN competencies c ON c.id = r.competency_id WHERE r.job_id = ? ORDER BY c.code`,
    )
    .all(id) as Requirement[];
  const holders = (ctx.sqlite.prepare(`SELECT count(*) AS n FROM staff WHERE job_id = ? AND status = 'active'`).get(id) as { n: number }).n;
  return { ...row, requirements, holders };
}

function assertCodeFree(ctx: DataContext, code: string, id?: string): void {
  const other = ctx.orm.select({ id: jobProfiles.id }).from(jobProfiles).where(eq(jobProfiles.code, code)).get();
  if (other && other.id !== id) throw taken('code', 'errors.codeTaken');
}

function assertRequirements(ctx: DataContext, requirements: Requirement[]): void {
  const top = (ctx.sqlite.prepare('SELECT max(level) AS n FROM proficiency_levels').get() as { n: number | null }).n ?? 4;
  const exists = ctx.sqlite.prepare('SELECT 1 FROM competencies WHERE id = ?');
  requirements.forEach((r, i) => {
    if (!exists.get(r.competencyId)) {
      throw new DomainError('invalid_input', 'errors.notFound', {
        issues: [{ path: `requirements.${i}.competencyId`, message: 'errors.notFound' }],
      });
    }
    if (r.requiredLevel > top) {
      throw new DomainError('invalid_input', 'errors.levelOutOfScale', {
        issues: [{ path: `requirements.${i}.requiredLevel`, message: 'errors.levelOutOfScale' }],
      });
    }
  });
}

function assertReportsTo(ctx: DataContext, reportsToId: string | null, id?: string): void {
  if (!reportsToId) return;
  if (reportsToId === id)
    throw new DomainError('invalid_input', 'errors.reportsToSelf', { issues: [{ path: 'reportsToId', message: 'errors.reportsToSelf' }] });
  getOr404(ctx.orm.select({ id: jobProfiles.id }).from(jobProfiles).where(eq(jobProfiles.id, reportsToId)).get());
}

type JobValues = Omit<ParsedInput<'jobs.create'>, 'requirements'>;

export const jobHandlers: HandlerGroup<'jobs.list' | 'jobs.get' | 'jobs.create' | 'jobs.update' | 'jobs.setArchived' | 'jobs.delete'> = {
  'jobs.list': ({ includeArchived, competencyId }, ctx) => {
    const where = [
      includeArchived ? '' : 'j.archived_at IS NULL',
      competencyId ? 'EXISTS (SELECT 1 FROM job_requirements q WHERE q.job_id = j.id AND q.competency_id = @competencyId)' : '',
    ].filter(Boolean);
    return ctx.sqlite
      .prepare(
        `SELECT j.id, j.code, j.title_fr AS titleFr, j.title_ar AS titleAr, j.archived_at AS archivedAt,
                (SELECT count(*) FROM job_requirements r WHERE r.job_id = j.id) AS requirementCount,
                (SELECT count(*) FROM staff s WHERE s.job_id = j.id AND s.status = 'active') AS holders
         FROM job_profiles j ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY j.code`,
      )
      .all(competencyId ? { competencyId } : {}) as Output<'jobs.list'>;
  },

  'jobs.get': ({ id }, ctx) => getJob(ctx, id),

  'jobs.create': ({ requirements, ...values }, ctx) => {
    const id = newId();
    inTransaction(ctx, () => {
      assertCodeFree(ctx, values.code);
      assertReportsTo(ctx, values.reportsToId);
      assertRequirements(ctx, requirements);
      ctx.orm
        .insert(jobProfiles)
        .values({ id, ...(values as JobValues) })
        .run();
      writeRequirements(ctx, id, requirements);
      recordAudit(ctx, 'jobProfiles', id, 'create');
    });
    return getJob(ctx, id);
  },

  'jobs.update': ({ id, requirements, ...values }, ctx) => {
    inTransaction(ctx, () => {
      const before = getOr404(ctx.orm.select().from(jobProfiles).where(eq(jobProfiles.id, id)).get());
      assertCodeFree(ctx, values.code, id);
      assertReportsTo(ctx, values.reportsToId, id);
      assertRequirements(ctx, requirements);
      updateAudited(ctx, jobProfiles, 'jobProfiles', before, values);
      if (writeRequirements(ctx, id, requirements)) {
        recordAudit(ctx, 'jobProfiles', id, 'update', ['requirements']);
        // New requirements mean new gaps for the people who hold the job: the gap needs follow.
        const holders = ctx.sqlite.prepare("SELECT id FROM staff WHERE job_id = ? AND status = 'active'").all(id) as { id: string }[];
        syncGapNeeds(
          ctx,
          holders.map((h) => h.id),
        );
      }
    });
    return getJob(ctx, id);
  },

  'jobs.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, jobProfiles, 'jobProfiles', id, archived);
    return getJob(ctx, id);
  },

  'jobs.delete': ({ id, archiveInstead }, ctx) =>
    deleteOrArchive(ctx, {
      table: jobProfiles,
      auditName: 'jobProfiles',
      id,
      archiveInstead,
      holders: () => [staffHolder(ctx, 'job_id = ?', id)],
    }),
};
