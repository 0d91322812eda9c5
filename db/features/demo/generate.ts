import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { ENTITIES } from '../../../api/entities';
import { newId } from '../../core/ids';
import { REGISTRY, deletionOrder, references, sqlNameOf } from '../../registry';
import { insertGrade } from '../staff/grades';
import { insertStaff } from '../staff/staff-service';
import { generateDirectory } from './directory';
import { generateReviews } from './reviews';
import { generatePlan } from './plan';
import { generateTrainees } from './trainees';
import { generateCatalogue } from './catalogue';
import { generateSessions } from './sessions';
import { generateEvaluations } from './evaluations';
import { generateResults } from './results';
import type { StoredKeys } from '../../core/key-store';
import { inTransaction } from '../shared/records';
import { DEMO_JOBS } from './jobs';
import { FIRST_NAMES, GRADES, LAST_NAMES, pick, seededRandom } from './names';
import { type DemoUnit, DEMO_ORG_CHART } from './org-chart';

export const DEMO_SCALES = { commune: 490, programme: 490 * 12 } as const;
/** Social and cultural actors in the directory, per scale. */
export const DEMO_ORGANIZATIONS = { commune: 600, programme: 600 * 12 } as const;
export type DemoScale = keyof typeof DEMO_SCALES;

/** True when the database already holds the Service's own records (the framework alone does not count). */
export function databaseHoldsData(ctx: DataContext): boolean {
  const n = ctx.sqlite
    .prepare(
      'SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM org_units) + (SELECT count(*) FROM job_profiles) + (SELECT count(*) FROM organizations) AS n',
    )
    .get() as { n: number };
  return n.n > 0;
}

/**
 * Removes the records demo data replaces (used by `sas demo --force`): the registry's demo
 * entities, emptied in the order their foreign keys allow. Self-references (a unit's parent, a
 * job's superior) are cut first so a table empties in one statement.
 */
export function clearServiceData(ctx: DataContext): void {
  const entities = ENTITIES.filter((e) => REGISTRY[e].demo);
  inTransaction(ctx, () => {
    for (const r of references().filter((ref) => ref.from === ref.to && ref.nullable && entities.includes(ref.from))) {
      ctx.sqlite.exec(`UPDATE ${sqlNameOf(r.from)} SET ${r.columns.map((c) => `${c} = NULL`).join(', ')}`);
    }
    // Records first, derived indexes last: triggers may write an index (the facet counts) while its records go.
    const order = deletionOrder(entities);
    const derivedLast = [...order.filter((e) => REGISTRY[e].kind !== 'index'), ...order.filter((e) => REGISTRY[e].kind === 'index')];
    for (const e of derivedLast) ctx.sqlite.exec(`DELETE FROM ${sqlNameOf(e)}`);
  });
}

function flatten(unit: DemoUnit, parent: string | null, out: { unit: DemoUnit; id: string; parentId: string | null }[] = []) {
  const id = newId();
  out.push({ unit, id, parentId: parent });
  for (const child of unit.children ?? []) flatten(child, id, out);
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Plausible demo data for a commune like Berkane: the organisation chart, the job descriptions
 * with their required competencies, and staff with names in both scripts. Deterministic.
 */
export function generateDemo(ctx: DataContext, { scale, keys = null }: { scale: DemoScale; keys?: StoredKeys | null }) {
  const rand = seededRandom();
  const target = DEMO_SCALES[scale];
  const units = flatten(DEMO_ORG_CHART, null);
  const totalWeight = units.reduce((s, u) => s + u.unit.weight, 0);
  const managerTarget = Math.round((target * 60) / 490);

  return inTransaction(ctx, () => {
    const competencyIds = new Map(
      (ctx.sqlite.prepare('SELECT code, id FROM competencies').all() as { code: string; id: string }[]).map((r) => [r.code, r.id]),
    );
    const jobIds = new Map<string, string>();
    const insertJob = ctx.sqlite.prepare(
      `INSERT INTO job_profiles (id, code, title_fr, title_ar, field_fr, field_ar, mission_fr, mission_ar, relations_internal_fr, relations_internal_ar)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertReq = ctx.sqlite.prepare(
      'INSERT INTO job_requirements (id, job_id, competency_id, required_level, importance) VALUES (?, ?, ?, ?, ?)',
    );
    const importance = { e: 'essential', i: 'important', u: 'useful' } as const;
    for (const j of DEMO_JOBS) {
      const id = newId();
      jobIds.set(j.code, id);
      insertJob.run(
        id,
        j.code,
        j.fr,
        j.ar,
        j.fieldFr,
        j.fieldAr,
        j.missionFr,
        j.missionAr,
        'Chef hiérarchique, collègues du service',
        'الرئيس المباشر وزملاء المصلحة',
      );
      for (const req of j.requires) {
        const [code, level, imp] = req.split(':');
        const competencyId = competencyIds.get(code);
        if (competencyId) insertReq.run(newId(), id, competencyId, Number(level), importance[imp as keyof typeof importance]);
      }
      recordAudit(ctx, 'jobProfiles', id, 'create');
    }
    const setReportsTo = ctx.sqlite.prepare('UPDATE job_profiles SET reports_to_id = ? WHERE id = ?');
    for (const j of DEMO_JOBS) if (j.reportsTo) setReportsTo.run(jobIds.get(j.reportsTo), jobIds.get(j.code));

    const insertUnit = ctx.sqlite.prepare(
      'INSERT INTO org_units (id, parent_id, kind, code, name_fr, name_ar, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    units.forEach((u, i) => {
      insertUnit.run(u.id, u.parentId, u.unit.kind, u.unit.code, u.unit.fr, u.unit.ar, i);
      recordAudit(ctx, 'units', u.id, 'create');
    });

    // The first person of each unit is its manager, and so its head on the chart.
    const setHead = ctx.sqlite.prepare('UPDATE org_units SET head_id = ? WHERE id = ?');
    const gradeIds = GRADES.map(([fr, ar]) => insertGrade(ctx, fr, ar));
    let matricule = 1_204_000;
    let managers = 0;
    let staff = 0;
    for (const u of units) {
      const count = Math.max(1, Math.round((u.unit.weight / totalWeight) * target));
      for (let k = 0; k < count; k++) {
        const first = pick(rand, FIRST_NAMES);
        const [lastFr, lastAr] = pick(rand, LAST_NAMES);
        const head = k === 0;
        // Unit heads first; then the deputies of the largest units, until the commune's ~60 managers.
        const isManager = head || (k === 1 && managers < managerTarget && count >= 8);
        if (isManager) managers++;
        const jobCode = head ? u.unit.jobs[0] : (u.unit.jobs[1 + ((k - 1) % Math.max(1, u.unit.jobs.length - 1))] ?? u.unit.jobs[0]);
        const hireYear = 1986 + Math.floor(rand() * 39);
        const hireDate = `${hireYear}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
        const left = !head && rand() < 0.04;
        const slug = `${first.fr}.${lastFr}`
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[^A-Za-z.]/g, '')
          .toLowerCase();
        const staffId = insertStaff(ctx, {
          matricule: String(matricule++),
          firstNameFr: first.fr,
          lastNameFr: lastFr,
          firstNameAr: first.ar,
          lastNameAr: lastAr,
          gender: first.gender,
          gradeId: isManager ? pick(rand, gradeIds.slice(0, 3)) : pick(rand, gradeIds),
          unitId: u.id,
          jobId: jobIds.get(jobCode) ?? null,
          isManager,
          hireDate,
          status: left ? 'left' : 'active',
          leftDate: left ? `${Math.min(2026, hireYear + 1 + Math.floor(rand() * 20))}-06-30` : null,
          phone:
            rand() < 0.8
              ? `06 ${pad(Math.floor(rand() * 100))} ${pad(Math.floor(rand() * 100))} ${pad(Math.floor(rand() * 100))} ${pad(Math.floor(rand() * 100))}`
              : '',
          email: rand() < 0.6 ? `${slug}@commune.example.ma` : '',
          notes: '',
        });
        if (head) setHead.run(staffId, u.id);
        staff++;
      }
    }
    const directory = generateDirectory(ctx, rand, DEMO_ORGANIZATIONS[scale]);
    const reviews = generateReviews(ctx, rand);
    const trainees = generateTrainees(ctx);
    const catalogue = generateCatalogue(ctx);
    // The catalogue comes before the plan: its actions take the courses it suggests.
    const plan = generatePlan(ctx);
    // Attestations are signed with the installation's keys: without them at hand, none are issued.
    const sessions = generateSessions(ctx, rand, keys, scale === 'programme' ? 40 : 3);
    const evaluations = generateEvaluations(ctx, rand);
    // After the sessions: an action's ROI reads their costs.
    const results = generateResults(ctx);
    return {
      staff,
      units: units.length,
      jobProfiles: DEMO_JOBS.length,
      ...directory,
      ...reviews,
      ...trainees,
      ...catalogue,
      ...plan,
      ...sessions,
      ...evaluations,
      ...results,
    };
  });
}
