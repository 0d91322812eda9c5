import { describe, expect, it } from 'vitest';
import { auditOf, call, openTemp, refusal, setup } from './helpers';

describe('competencies', () => {
  it('a new database holds the default framework and scale', () => {
    const ctx = openTemp();
    const framework = call(ctx, 'framework.get', {});
    expect(framework.categories.length).toBeGreaterThan(1);
    expect(framework.competencies.length).toBeGreaterThan(5);
    expect(framework.levels.map((l) => l.level)).toEqual(framework.levels.map((_, i) => i + 1));
  });

  it('records who created and changed a competency, and which fields', () => {
    const ctx = openTemp();
    setup(ctx, 'Hanane Lahlou');
    const categoryId = call(ctx, 'framework.get', {}).categories[0].id;
    const created = call(ctx, 'competencies.create', { categoryId, code: 'ECO-9', nameFr: 'Écoute active' });
    call(ctx, 'competencies.update', { id: created.id, categoryId, code: 'ECO-9', nameFr: 'Écoute active', nameAr: 'الإنصات الفعال' });
    expect(auditOf(ctx, created.id)).toEqual([
      { operator: 'Hanane Lahlou', tableName: 'competencies', action: 'create', fields: [] },
      { operator: 'Hanane Lahlou', tableName: 'competencies', action: 'update', fields: ['nameAr'] },
    ]);
  });

  it('refuses a code already used, against the code field', () => {
    const ctx = openTemp();
    const { categories, competencies } = call(ctx, 'framework.get', {});
    expect(refusal(ctx, 'competencies.create', { categoryId: categories[0].id, code: competencies[0].code, nameFr: 'Doublon' })).toEqual({
      code: 'conflict',
      messageKey: 'errors.codeTaken',
      issues: [{ path: 'code', message: 'errors.codeTaken' }],
    });
  });

  it('required by a job cannot be deleted: the job is named', () => {
    const ctx = openTemp();
    const competency = call(ctx, 'framework.get', {}).competencies[0];
    const job = call(ctx, 'jobs.create', {
      code: 'AS-01',
      titleFr: 'Assistant social',
      requirements: [{ competencyId: competency.id, requiredLevel: 2 }],
    });
    expect(refusal(ctx, 'competencies.delete', { id: competency.id })).toEqual({
      code: 'conflict',
      messageKey: 'errors.stillReferenced',
      holders: [{ kind: 'jobRequirements', count: 1, examples: ['AS-01 Assistant social'] }],
    });
    expect(call(ctx, 'competencies.delete', { id: competency.id, archiveInstead: true })).toEqual({ deleted: false, archived: true });
    expect(call(ctx, 'framework.get', {}).competencies.map((c) => c.id)).not.toContain(competency.id);
    expect(call(ctx, 'jobs.get', { id: job.id }).requirements).toHaveLength(1);
  });

  it('not required by any job is deleted', () => {
    const ctx = openTemp();
    const competency = call(ctx, 'framework.get', {}).competencies[0];
    expect(call(ctx, 'competencies.delete', { id: competency.id })).toEqual({ deleted: true, archived: false });
    expect(call(ctx, 'framework.get', { includeArchived: true }).competencies.map((c) => c.id)).not.toContain(competency.id);
  });
});
