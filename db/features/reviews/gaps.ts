import type { Matrix, StaffProfile } from '../../../api/channels/gaps';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { stmt } from '../../core/statements';
import { type Held, type Importance, fitOf, gapOf } from './gap-math';
import { readScale } from './history';
import { UNIT_BRANCH, personName } from './people';

/** One requirement of an active person's job, with the person's current level (null: never assessed). */
export interface RequirementHeld extends Held {
  staffId: string;
  matricule: string;
  competencyId: string;
  code: string;
}

const REQUIREMENTS_HELD = `SELECT s.id AS staffId, s.matricule, r.competency_id AS competencyId, c.code, r.required_level AS required,
    r.importance, cr.level
  FROM staff s JOIN job_requirements r ON r.job_id = s.job_id JOIN competencies c ON c.id = r.competency_id
  LEFT JOIN competency_ratings cr ON cr.staff_id = s.id AND cr.competency_id = r.competency_id AND cr.valid_to IS NULL
  WHERE s.status = 'active'`;

/** Every requirement of the job of every active person (of a unit and the units below it). */
export function requirementsHeld(ctx: DataContext, unitId: string | null = null): RequirementHeld[] {
  if (!unitId) return stmt(ctx, `${REQUIREMENTS_HELD} ORDER BY s.matricule, c.code`).all() as RequirementHeld[];
  return stmt(ctx, `${REQUIREMENTS_HELD} AND s.unit_id IN (${UNIT_BRANCH}) ORDER BY s.matricule, c.code`).all(unitId) as RequirementHeld[];
}

/** `sas gaps`: the unit is named by its code; an unknown code is refused rather than read as "everyone". */
export function gapList(ctx: DataContext, unitCode: string | null) {
  let unitId: string | null = null;
  if (unitCode) {
    const u = stmt(ctx, 'SELECT id FROM org_units WHERE code = ? COLLATE NOCASE').get(unitCode) as { id: string } | undefined;
    if (!u) throw new DomainError('not_found', 'errors.unitUnknown', { detail: unitCode });
    unitId = u.id;
  }
  return requirementsHeld(ctx, unitId).map((h) => ({
    matricule: h.matricule,
    competency: h.code,
    required: h.required,
    level: h.level,
    gap: gapOf(h.required, h.level),
    importance: h.importance,
  }));
}

interface Person {
  id: string;
  matricule: string;
  nameFr: string;
  nameAr: string;
  unitId: string | null;
  unitNameFr: string;
  unitNameAr: string;
  jobId: string | null;
  jobTitleFr: string;
  jobTitleAr: string;
}

const PEOPLE = `SELECT s.id, s.matricule, ${personName('s', 'fr')} AS nameFr, ${personName('s', 'ar')} AS nameAr, s.unit_id AS unitId,
    coalesce(u.name_fr, '') AS unitNameFr, coalesce(u.name_ar, '') AS unitNameAr, s.job_id AS jobId,
    coalesce(j.title_fr, '') AS jobTitleFr, coalesce(j.title_ar, '') AS jobTitleAr
  FROM staff s LEFT JOIN org_units u ON u.id = s.unit_id LEFT JOIN job_profiles j ON j.id = s.job_id
  WHERE s.status = 'active'`;

function requirementsByJob(ctx: DataContext): Map<string, { competencyId: string; required: number; importance: Importance }[]> {
  const rows = stmt(
    ctx,
    'SELECT job_id AS jobId, competency_id AS competencyId, required_level AS required, importance FROM job_requirements',
  ).all() as { jobId: string; competencyId: string; required: number; importance: Importance }[];
  const byJob = new Map<string, { competencyId: string; required: number; importance: Importance }[]>();
  for (const r of rows) {
    const list = byJob.get(r.jobId) ?? [];
    list.push(r);
    byJob.set(r.jobId, list);
  }
  return byJob;
}

/** Everyone's current levels: staff id → competency id → level. */
function currentLevels(ctx: DataContext): Map<string, Map<string, number>> {
  const rows = stmt(ctx, 'SELECT staff_id AS s, competency_id AS c, level FROM competency_ratings WHERE valid_to IS NULL').all() as {
    s: string;
    c: string;
    level: number;
  }[];
  const map = new Map<string, Map<string, number>>();
  for (const r of rows) {
    let m = map.get(r.s);
    if (!m) map.set(r.s, (m = new Map()));
    m.set(r.c, r.level);
  }
  return map;
}

/**
 * The service matrix (people × the competencies their jobs require), read across (versatility:
 * competencies held at the proficient level) and down (holders; a required competency that one
 * person or nobody holds at that level is a vulnerability), for the selection and per unit.
 */
export function gapMatrix(ctx: DataContext, unitId: string | null, jobId: string | null): Matrix {
  const { size, proficient } = readScale(ctx);
  let people = stmt(ctx, `${PEOPLE}${unitId ? ` AND s.unit_id IN (${UNIT_BRANCH})` : ''} ORDER BY s.sort_name_fr, s.matricule`).all(
    ...(unitId ? [unitId] : []),
  ) as Person[];
  if (jobId) people = people.filter((p) => p.jobId === jobId);
  const byJob = requirementsByJob(ctx);
  const levels = currentLevels(ctx);
  const wanted = new Set<string>();
  for (const p of people) for (const r of (p.jobId && byJob.get(p.jobId)) || []) wanted.add(r.competencyId);
  const competencies = (
    stmt(ctx, 'SELECT id, code, name_fr AS nameFr, name_ar AS nameAr FROM competencies ORDER BY code').all() as {
      id: string;
      code: string;
      nameFr: string;
      nameAr: string;
    }[]
  ).filter((c) => wanted.has(c.id));
  const column = new Map(competencies.map((c, i) => [c.id, i]));
  const holders = competencies.map(() => 0);
  const requiredBy = competencies.map(() => 0);
  const rows = people.map((p) => {
    const own = levels.get(p.id) ?? new Map<string, number>();
    const reqs = (p.jobId && byJob.get(p.jobId)) || [];
    const required: (number | null)[] = competencies.map(() => null);
    for (const r of reqs) required[column.get(r.competencyId)!] = r.required;
    const lv = competencies.map((c) => own.get(c.id) ?? null);
    lv.forEach((l, i) => {
      if (l !== null && l >= proficient) holders[i]! += 1;
      if (required[i] !== null) requiredBy[i]! += 1;
    });
    let versatility = 0;
    for (const l of own.values()) if (l >= proficient) versatility += 1;
    const fit = fitOf(reqs.map((r) => ({ required: r.required, importance: r.importance, level: own.get(r.competencyId) ?? null })));
    const { id, matricule, nameFr, nameAr, unitNameFr, unitNameAr, jobTitleFr, jobTitleAr } = p;
    return { id, matricule, nameFr, nameAr, unitNameFr, unitNameAr, jobTitleFr, jobTitleAr, fit, versatility, levels: lv, required };
  });
  return {
    proficientLevel: proficient,
    scaleSize: size,
    competencies: competencies.map((c, i) => ({
      ...c,
      holders: holders[i]!,
      requiredBy: requiredBy[i]!,
      vulnerable: requiredBy[i]! > 0 && holders[i]! <= 1,
    })),
    people: rows,
    vulnerabilities: unitVulnerabilities(people, byJob, levels, proficient, competencies),
  };
}

/** Per unit (its own members): a competency its jobs require that at most one member holds at the proficient level. */
function unitVulnerabilities(
  people: Person[],
  byJob: ReturnType<typeof requirementsByJob>,
  levels: ReturnType<typeof currentLevels>,
  proficient: number,
  competencies: { id: string; code: string; nameFr: string; nameAr: string }[],
): Matrix['vulnerabilities'] {
  const byUnit = new Map<string, Person[]>();
  for (const p of people) if (p.unitId) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const out: Matrix['vulnerabilities'] = [];
  for (const [unitId, members] of byUnit) {
    for (const c of competencies) {
      const requiredBy = members.filter((m) => m.jobId && byJob.get(m.jobId)?.some((r) => r.competencyId === c.id)).length;
      if (!requiredBy) continue;
      const holders = members.filter((m) => (levels.get(m.id)?.get(c.id) ?? 0) >= proficient).length;
      if (holders <= 1)
        out.push({
          unitId,
          unitNameFr: members[0]!.unitNameFr,
          unitNameAr: members[0]!.unitNameAr,
          competencyId: c.id,
          code: c.code,
          nameFr: c.nameFr,
          nameAr: c.nameAr,
          holders,
          requiredBy,
        });
    }
  }
  return out.sort((a, b) => a.holders - b.holders || b.requiredBy - a.requiredBy || a.unitNameFr.localeCompare(b.unitNameFr));
}

/** The active staff ranked by how well they fit a job (for a replacement or a mobility). */
export function jobRanking(ctx: DataContext, jobId: string) {
  if (!stmt(ctx, 'SELECT 1 FROM job_profiles WHERE id = ?').get(jobId)) throw notFound();
  const reqs = requirementsByJob(ctx).get(jobId) ?? [];
  const levels = currentLevels(ctx);
  const people = stmt(ctx, `${PEOPLE} ORDER BY s.sort_name_fr, s.matricule`).all() as Person[];
  return people
    .map((p) => {
      const own = levels.get(p.id) ?? new Map<string, number>();
      const held = reqs.map((r) => ({ required: r.required, importance: r.importance, level: own.get(r.competencyId) ?? null }));
      return {
        staffId: p.id,
        matricule: p.matricule,
        nameFr: p.nameFr,
        nameAr: p.nameAr,
        unitNameFr: p.unitNameFr,
        unitNameAr: p.unitNameAr,
        currentJobTitleFr: p.jobTitleFr,
        currentJobTitleAr: p.jobTitleAr,
        holdsJob: p.jobId === jobId,
        fit: fitOf(held),
        notAssessed: held.filter((h) => h.level === null).length,
        totalGap: held.reduce((sum, h) => sum + (gapOf(h.required, h.level) ?? 0), 0),
      };
    })
    .sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1) || a.notAssessed - b.notAssessed || a.totalGap - b.totalGap);
}

/** A person's competencies: the job's requirements against the history, the history itself, and their reviews. */
export function staffProfile(ctx: DataContext, staffId: string): StaffProfile {
  const s = stmt(
    ctx,
    `SELECT s.id, s.job_id AS jobId, coalesce(j.code, '') AS jobCode, coalesce(j.title_fr, '') AS jobTitleFr, coalesce(j.title_ar, '') AS jobTitleAr
     FROM staff s LEFT JOIN job_profiles j ON j.id = s.job_id WHERE s.id = ?`,
  ).get(staffId) as { id: string; jobId: string | null; jobCode: string; jobTitleFr: string; jobTitleAr: string } | undefined;
  if (!s) throw notFound();
  const { proficient } = readScale(ctx);
  const history = stmt(
    ctx,
    `SELECT h.id, h.competency_id AS competencyId, h.level, h.valid_from AS validFrom, h.valid_to AS validTo, h.source, h.reason,
       h.recorded_by AS recordedBy, c.code AS campaignCode
     FROM competency_ratings h LEFT JOIN reviews r ON r.id = h.review_id LEFT JOIN review_campaigns c ON c.id = r.campaign_id
     WHERE h.staff_id = ? ORDER BY h.valid_from DESC, h.id DESC`,
  ).all(staffId) as (StaffProfile['competencies'][number]['timeline'][number] & { competencyId: string })[];
  const reqs = s.jobId ? (requirementsByJob(ctx).get(s.jobId) ?? []) : [];
  const ids = [...new Set([...reqs.map((r) => r.competencyId), ...history.map((h) => h.competencyId)])];
  const info = new Map(
    (
      stmt(ctx, 'SELECT id, code, name_fr AS nameFr, name_ar AS nameAr FROM competencies').all() as {
        id: string;
        code: string;
        nameFr: string;
        nameAr: string;
      }[]
    ).map((c) => [c.id, c]),
  );
  const competencies = ids.map((cid) => {
    const req = reqs.find((r) => r.competencyId === cid);
    const timeline = history.filter((h) => h.competencyId === cid).map(({ competencyId: _, ...h }) => h);
    const level = timeline.find((h) => h.validTo === null)?.level ?? null;
    const c = info.get(cid)!;
    return {
      competencyId: cid,
      code: c.code,
      nameFr: c.nameFr,
      nameAr: c.nameAr,
      required: req?.required ?? null,
      importance: req?.importance ?? null,
      level,
      gap: req ? gapOf(req.required, level) : null,
      timeline,
    };
  });
  competencies.sort((a, b) => Number(a.required === null) - Number(b.required === null) || a.code.localeCompare(b.code));
  const held = competencies
    .filter((c) => c.required !== null)
    .map((c) => ({ required: c.required!, importance: c.importance!, level: c.level }));
  const reviews = stmt(
    ctx,
    `SELECT r.id, c.id AS campaignId, c.code AS campaignCode, c.title_fr AS campaignTitleFr, c.title_ar AS campaignTitleAr, c.status AS campaignStatus,
       r.state, r.interview_date AS interviewDate, r.validated_at AS validatedAt
     FROM reviews r JOIN review_campaigns c ON c.id = r.campaign_id WHERE r.staff_id = ? ORDER BY c.period_start DESC`,
  ).all(staffId) as StaffProfile['reviews'];
  return {
    staffId,
    jobId: s.jobId,
    jobCode: s.jobCode,
    jobTitleFr: s.jobTitleFr,
    jobTitleAr: s.jobTitleAr,
    proficientLevel: proficient,
    fit: fitOf(held),
    notAssessed: held.filter((h) => h.level === null).length,
    competencies,
    reviews,
  };
}
