import { eq } from 'drizzle-orm';
import type { Requirement } from '../../../api/channels/jobs';
import type { DataContext } from '../../core/context';
import { newId } from '../../core/ids';
import { jobRequirements } from '../../schema';

/**
 * Replaces a job's requirements by `requirements`; true when they changed (the caller audits
 * `requirements` on the job). Used by the job sheet and by the référentiel import.
 */
export function writeRequirements(ctx: DataContext, jobId: string, requirements: Requirement[]): boolean {
  const key = (rs: Requirement[]) => JSON.stringify([...rs].map((r) => [r.competencyId, r.requiredLevel, r.importance]).sort());
  const current = ctx.sqlite
    .prepare('SELECT competency_id AS competencyId, required_level AS requiredLevel, importance FROM job_requirements WHERE job_id = ?')
    .all(jobId) as Requirement[];
  if (key(current) === key(requirements)) return false;
  ctx.orm.delete(jobRequirements).where(eq(jobRequirements.jobId, jobId)).run();
  for (const r of requirements)
    ctx.orm
      .insert(jobRequirements)
      .values({ id: newId(), jobId, ...r })
      .run();
  return true;
}
