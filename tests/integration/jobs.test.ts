import { describe, expect, it } from 'vitest';
import { auditOf, call, openTemp, refusal, setup } from './helpers';

describe('job profiles', () => {
  it('record who changed the title and the requirements', () => {
    const ctx = openTemp();
    setup(ctx, 'Rachid Tahiri');
    const [c1, c2] = call(ctx, 'framework.get', {}).competencies;
    const job = call(ctx, 'jobs.create', {
      code: 'AS-01',
      titleFr: 'Assistant social',
      requirements: [{ competencyId: c1.id, requiredLevel: 3 }],
    });
    expect(job.requirements).toEqual([{ competencyId: c1.id, requiredLevel: 3, importance: 'important' }]);

    call(ctx, 'jobs.update', {
      id: job.id,
      code: 'AS-01',
      titleFr: 'Assistante sociale',
      requirements: [{ competencyId: c1.id, requiredLevel: 3 }],
    });
    call(ctx, 'jobs.update', {
      id: job.id,
      code: 'AS-01',
      titleFr: 'Assistante sociale',
      requirements: [{ competencyId: c2.id, requiredLevel: 2, importance: 'essential' }],
    });
    expect(auditOf(ctx, job.id)).toEqual([
      { operator: 'Rachid Tahiri', tableName: 'jobProfiles', action: 'create', fields: [] },
      { operator: 'Rachid Tahiri', tableName: 'jobProfiles', action: 'update', fields: ['titleFr'] },
      { operator: 'Rachid Tahiri', tableName: 'jobProfiles', action: 'update', fields: ['requirements'] },
    ]);
    expect(call(ctx, 'jobs.get', { id: job.id }).requirements).toEqual([
      { competencyId: c2.id, requiredLevel: 2, importance: 'essential' },
    ]);
  });

  it('refuse a code already used, against the code field', () => {
    const ctx = openTemp();
    call(ctx, 'jobs.create', { code: 'AS-01', titleFr: 'Assistant social' });
    const other = call(ctx, 'jobs.create', { code: 'AS-02', titleFr: 'Éducateur' });
    const expected = { code: 'conflict', messageKey: 'errors.codeTaken', issues: [{ path: 'code', message: 'errors.codeTaken' }] };
    expect(refusal(ctx, 'jobs.create', { code: 'AS-01', titleFr: 'Doublon' })).toEqual(expected);
    expect(refusal(ctx, 'jobs.update', { id: other.id, code: 'AS-01', titleFr: 'Éducateur' })).toEqual(expected);
    expect(call(ctx, 'jobs.list', {}).map((j) => j.code)).toEqual(['AS-01', 'AS-02']);
  });

  it('held by staff cannot be deleted, and can be archived instead', () => {
    const ctx = openTemp();
    const job = call(ctx, 'jobs.create', { code: 'AS-01', titleFr: 'Assistant social' });
    call(ctx, 'staff.create', { matricule: 'M-7', lastNameFr: 'Ziani', gender: 'm', jobId: job.id });
    expect(refusal(ctx, 'jobs.delete', { id: job.id })).toMatchObject({
      code: 'conflict',
      holders: [{ kind: 'staff', count: 1, examples: ['Ziani'], examplesAr: ['Ziani'] }],
    });
    expect(call(ctx, 'jobs.delete', { id: job.id, archiveInstead: true })).toEqual({ deleted: false, archived: true });
    expect(call(ctx, 'jobs.list', {})).toEqual([]);
  });

  it('list the jobs that require a competency, as many as the framework says', () => {
    const ctx = openTemp();
    const [c1, c2, c3] = call(ctx, 'framework.get', {}).competencies;
    const req = (c: typeof c1) => ({ competencyId: c.id, requiredLevel: 2 });
    call(ctx, 'jobs.create', { code: 'AS-01', titleFr: 'Assistant social', requirements: [req(c1), req(c2)] });
    call(ctx, 'jobs.create', { code: 'AS-02', titleFr: 'Éducateur', requirements: [req(c2)] });
    const old = call(ctx, 'jobs.create', { code: 'AS-00', titleFr: 'Ancien poste', requirements: [req(c2)] });
    call(ctx, 'jobs.setArchived', { id: old.id, archived: true });
    const codes = (competencyId: string, includeArchived = false) =>
      call(ctx, 'jobs.list', { competencyId, includeArchived }).map((j) => j.code);
    expect(codes(c1.id)).toEqual(['AS-01']);
    expect(codes(c2.id)).toEqual(['AS-01', 'AS-02']);
    expect(codes(c2.id, true)).toEqual(['AS-00', 'AS-01', 'AS-02']);
    expect(codes(c3.id)).toEqual([]);
    const required = (id: string) => call(ctx, 'framework.get', { includeArchived: true }).competencies.find((c) => c.id === id)!;
    expect(required(c2.id).requiredByJobs).toBe(codes(c2.id, true).length);
  });
});
