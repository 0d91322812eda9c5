import type { DataContext } from '../../db/core/context';
import { call, setup } from './helpers';

/**
 * The small hand-computed case of the review tests: a direction (DIR) with a service below it
 * (SRV); one job (AS-01) requiring C1 at 3 (essential), C2 at 2 (important) and C3 at 2 (useful);
 * Amal (A-1, in DIR) and Badr (B-2, in SRV) hold the job, Chama (C-3, in SRV) has none.
 * The scale has four levels, proficient from 3.
 */
export function reviewCase(ctx: DataContext) {
  setup(ctx);
  const [c1, c2, c3] = call(ctx, 'framework.get', {}).competencies;
  const dir = call(ctx, 'units.create', { kind: 'direction', code: 'DIR', nameFr: 'Direction', nameAr: 'المديرية' });
  const srv = call(ctx, 'units.create', { kind: 'service', code: 'SRV', nameFr: 'Service social', nameAr: 'المصلحة', parentId: dir.id });
  const job = call(ctx, 'jobs.create', {
    code: 'AS-01',
    titleFr: 'Assistant social',
    requirements: [
      { competencyId: c1!.id, requiredLevel: 3, importance: 'essential' },
      { competencyId: c2!.id, requiredLevel: 2, importance: 'important' },
      { competencyId: c3!.id, requiredLevel: 2, importance: 'useful' },
    ],
  });
  const person = (matricule: string, lastNameFr: string, unitId: string, jobId: string | null) =>
    call(ctx, 'staff.create', { matricule, lastNameFr, firstNameFr: 'X', gender: 'f', unitId, jobId });
  const amal = person('A-1', 'Amal', dir.id, job.id);
  const badr = person('B-2', 'Badr', srv.id, job.id);
  const chama = person('C-3', 'Chama', srv.id, null);
  return { c1: c1!, c2: c2!, c3: c3!, dir, srv, job, amal, badr, chama };
}
