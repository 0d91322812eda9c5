import type { z } from 'zod';
import {
  IMPORTANCE_WEIGHT,
  type Need,
  type PriorityRow,
  type needCreate,
  type needListInput,
  type needSetState,
  type needUpdate,
} from '../../../api/channels/gaps';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { type Importance, gapOf, higherImportance } from './gap-math';
import { requirementsHeld } from './gaps';
import { personName } from './people';

const OPEN = "('identified', 'qualified', 'planned', 'deferred')";

/**
 * Keeps the needs of origin "gap" in step with the history: a gap of at least 1 on an essential
 * or important requirement is an identified need (unless one is already open, or the user
 * rejected it); an open one whose gap a later level closed is fulfilled. `staffIds` limits the
 * work to the people whose levels just changed. Call inside the caller's transaction.
 */
export function syncGapNeeds(ctx: DataContext, staffIds: readonly string[] | null = null): { created: number; fulfilled: number } {
  const only = staffIds ? new Set(staffIds) : null;
  const held = requirementsHeld(ctx).filter((h) => !only || only.has(h.staffId));
  const existing = (
    stmt(
      ctx,
      `SELECT id, staff_id AS staffId, competency_id AS competencyId, state FROM training_needs
       WHERE origin = 'gap' AND state IN ('identified', 'qualified', 'planned', 'deferred', 'rejected')`,
    ).all() as { id: string; staffId: string; competencyId: string; state: string }[]
  ).filter((n) => !only || only.has(n.staffId));
  const key = (s: string, c: string) => `${s} ${c}`;
  const known = new Map(existing.map((n) => [key(n.staffId, n.competencyId), n]));
  const now = nowIso();
  let created = 0;
  let fulfilled = 0;
  const gapNow = new Map<string, number | null>();
  for (const h of held) {
    const gap = gapOf(h.required, h.level);
    gapNow.set(key(h.staffId, h.competencyId), gap);
    if (gap === null || gap < 1 || h.importance === 'useful' || known.has(key(h.staffId, h.competencyId))) continue;
    const id = newId();
    stmt(
      ctx,
      `INSERT INTO training_needs (id, population, staff_id, competency_id, origin, importance, state) VALUES (?, 'staff', ?, ?, 'gap', ?, 'identified')`,
    ).run(id, h.staffId, h.competencyId, h.importance);
    recordAudit(ctx, 'needs', id, 'create', ['origin', 'state']);
    created += 1;
  }
  for (const n of existing) {
    if (n.state === 'rejected') continue;
    const gap = gapNow.get(key(n.staffId, n.competencyId));
    // Closed by a level: fulfilled. A requirement that no longer applies (job changed) is left for the user to decide.
    if (gap === 0) {
      stmt(ctx, "UPDATE training_needs SET state = 'fulfilled', fulfilled_at = ?, updated_at = ? WHERE id = ?").run(now, now, n.id);
      recordAudit(ctx, 'needs', n.id, 'update', ['state', 'fulfilledAt']);
      fulfilled += 1;
    }
  }
  return { created, fulfilled };
}

/**
 * A person's need names them with their matricule. In the Arabic name the matricule (Latin
 * letters and digits) and its parentheses are a left-to-right isolate (U+2066 … U+2069), or the
 * right-to-left line would tear the closing parenthesis away from "(A-1". A person without a name
 * in one script has no subject in it: the interface then shows the other script's.
 */
const SELECT_NEEDS = `SELECT n.id, n.population, n.staff_id AS staffId, n.unit_id AS unitId, n.organization_id AS organizationId,
    n.competency_id AS competencyId,
    CASE n.population WHEN 'staff' THEN nullif(${personName('s', 'fr')}, '') || ' (' || s.matricule || ')' WHEN 'unit' THEN u.name_fr ELSE o.name_fr END AS subjectFr,
    CASE n.population WHEN 'staff' THEN nullif(${personName('s', 'ar')}, '') || ' ' || char(8294) || '(' || s.matricule || ')' || char(8297) WHEN 'unit' THEN u.name_ar ELSE o.name_ar END AS subjectAr,
    coalesce(c.code, '') AS competencyCode, coalesce(c.name_fr, '') AS competencyFr, coalesce(c.name_ar, '') AS competencyAr,
    n.origin, n.title_fr AS titleFr, n.title_ar AS titleAr, n.description, n.importance, n.people_count AS peopleCount,
    n.estimated_gap AS estimatedGap, n.state, n.state_reason AS stateReason, n.deferred_to AS deferredTo, n.fulfilled_at AS fulfilledAt,
    n.created_at AS createdAt,
    (SELECT max(0, r.required_level - cr.level) FROM job_requirements r JOIN competency_ratings cr
       ON cr.staff_id = s.id AND cr.competency_id = r.competency_id AND cr.valid_to IS NULL
     WHERE r.job_id = s.job_id AND r.competency_id = n.competency_id) AS liveGap
  FROM training_needs n LEFT JOIN staff s ON s.id = n.staff_id LEFT JOIN org_units u ON u.id = n.unit_id
  LEFT JOIN organizations o ON o.id = n.organization_id LEFT JOIN competencies c ON c.id = n.competency_id`;

type NeedRow = Omit<Need, 'gap'> & { estimatedGap: number; liveGap: number | null };

const toNeed = ({ estimatedGap, liveGap, ...n }: NeedRow): Need => ({
  ...n,
  subjectFr: n.subjectFr ?? '',
  subjectAr: n.subjectAr ?? '',
  gap: n.origin === 'gap' ? liveGap : estimatedGap,
});

export function listNeeds(ctx: DataContext, f: z.output<typeof needListInput>): Need[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const filters: [unknown, string][] = [
    [f.population, 'n.population = ?'],
    [f.state, 'n.state = ?'],
    [f.competencyId, 'n.competency_id = ?'],
    [f.staffId, 'n.staff_id = ?'],
    [f.organizationId, 'n.organization_id = ?'],
  ];
  for (const [value, sql] of filters)
    if (value) {
      where.push(sql);
      args.push(value);
    }
  if (f.openOnly) where.push(`n.state IN ${OPEN}`);
  const sql = `${SELECT_NEEDS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY n.created_at DESC, n.id DESC`;
  return (stmt(ctx, sql).all(...args) as NeedRow[]).map(toNeed);
}

export function getNeed(ctx: DataContext, id: string): Need {
  const row = stmt(ctx, `${SELECT_NEEDS} WHERE n.id = ?`).get(id) as NeedRow | undefined;
  if (!row) throw notFound();
  return toNeed(row);
}

type NeedInput = z.output<typeof needCreate>;

/** Only the subject of the chosen population is kept (a staff need names a person, not a unit). */
function subjectOf(ctx: DataContext, v: NeedInput) {
  const s = {
    staffId: v.population === 'staff' ? v.staffId : null,
    unitId: v.population === 'unit' ? v.unitId : null,
    organizationId: v.population === 'association' ? v.organizationId : null,
  };
  const checks: [string | null, string][] = [
    [s.staffId, 'staff'],
    [s.unitId, 'org_units'],
    [s.organizationId, 'organizations'],
    [v.competencyId, 'competencies'],
  ];
  for (const [id, table] of checks) if (id && !stmt(ctx, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw notFound();
  return s;
}

const NEED_FIELDS = [
  'population',
  'competencyId',
  'origin',
  'titleFr',
  'titleAr',
  'description',
  'importance',
  'peopleCount',
  'estimatedGap',
] as const;

export function createNeed(ctx: DataContext, v: NeedInput): Need {
  const id = newId();
  inTransaction(ctx, () => {
    const s = subjectOf(ctx, v);
    stmt(
      ctx,
      `INSERT INTO training_needs (id, population, staff_id, unit_id, organization_id, competency_id, origin, title_fr, title_ar, description,
         importance, people_count, estimated_gap) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      v.population,
      s.staffId,
      s.unitId,
      s.organizationId,
      v.competencyId,
      v.origin,
      v.titleFr,
      v.titleAr,
      v.description,
      v.importance,
      v.population === 'staff' ? 1 : v.peopleCount,
      v.estimatedGap,
    );
    recordAudit(ctx, 'needs', id, 'create', [...NEED_FIELDS, 'staffId', 'unitId', 'organizationId']);
  });
  return getNeed(ctx, id);
}

export function updateNeed(ctx: DataContext, v: z.output<typeof needUpdate>): Need {
  inTransaction(ctx, () => {
    const before = getNeed(ctx, v.id);
    // A need found by a review follows the history; only its state is the user's to change.
    if (before.origin === 'gap') throw new DomainError('conflict', 'errors.gapNeedFollowsHistory');
    const s = subjectOf(ctx, v);
    stmt(
      ctx,
      `UPDATE training_needs SET population = ?, staff_id = ?, unit_id = ?, organization_id = ?, competency_id = ?, origin = ?, title_fr = ?,
         title_ar = ?, description = ?, importance = ?, people_count = ?, estimated_gap = ?, updated_at = ? WHERE id = ?`,
    ).run(
      v.population,
      s.staffId,
      s.unitId,
      s.organizationId,
      v.competencyId,
      v.origin,
      v.titleFr,
      v.titleAr,
      v.description,
      v.importance,
      v.population === 'staff' ? 1 : v.peopleCount,
      v.estimatedGap,
      nowIso(),
      v.id,
    );
    recordAudit(ctx, 'needs', v.id, 'update', [...NEED_FIELDS, 'staffId', 'unitId', 'organizationId']);
  });
  return getNeed(ctx, v.id);
}

export function setNeedState(ctx: DataContext, v: z.output<typeof needSetState>): Need {
  inTransaction(ctx, () => {
    const before = getNeed(ctx, v.id);
    if (before.state === 'fulfilled') throw new DomainError('conflict', 'errors.needFulfilled');
    stmt(ctx, 'UPDATE training_needs SET state = ?, state_reason = ?, deferred_to = ?, updated_at = ? WHERE id = ?').run(
      v.state,
      v.reason,
      v.state === 'deferred' ? v.deferredTo : null,
      nowIso(),
      v.id,
    );
    recordAudit(ctx, 'needs', v.id, 'update', ['state', 'stateReason', 'deferredTo']);
  });
  return getNeed(ctx, v.id);
}

interface Acc {
  competencyId: string | null;
  code: string;
  nameFr: string;
  nameAr: string;
  population: PriorityRow['population'];
  people: number;
  gapSum: number;
  highestImportance: Importance;
  score: number;
  needs: number;
}

/**
 * The needs by competency and population with a transparent score: Σ over people of weight × gap
 * (essential 3, important 2, useful 1). Staff: every active person's gap on their job (the same
 * figures as `sas needs`), plus needs entered by hand for a person without such a gap. Units and
 * associations: the open needs entered for them, each counting its people × estimated gap.
 */
export function needPriorities(ctx: DataContext, population: PriorityRow['population'] | null): PriorityRow[] {
  const acc = new Map<string, Acc>();
  const names = new Map(
    (stmt(ctx, 'SELECT id, code, name_fr AS nameFr, name_ar AS nameAr FROM competencies').all() as Acc[] & { id: string }[]).map((c) => [
      (c as unknown as { id: string }).id,
      c,
    ]),
  );
  const add = (
    pop: Acc['population'],
    competencyId: string | null,
    title: [string, string],
    people: number,
    gap: number,
    imp: Importance,
    isNeed: boolean,
  ) => {
    if (population && population !== pop) return;
    const k = `${pop} ${competencyId ?? `title:${title[0]}|${title[1]}`}`;
    let a = acc.get(k);
    if (!a) {
      const c = competencyId ? names.get(competencyId) : undefined;
      a = {
        competencyId,
        code: c?.code ?? '',
        nameFr: c?.nameFr ?? title[0],
        nameAr: c?.nameAr ?? title[1],
        population: pop,
        people: 0,
        gapSum: 0,
        highestImportance: imp,
        score: 0,
        needs: 0,
      };
      acc.set(k, a);
    }
    a.people += people;
    a.gapSum += gap * people;
    a.score += IMPORTANCE_WEIGHT[imp] * gap * people;
    a.highestImportance = higherImportance(a.highestImportance, imp);
    if (isNeed) a.needs += 1;
  };
  const withGap = new Set<string>();
  for (const h of requirementsHeld(ctx)) {
    const gap = gapOf(h.required, h.level);
    if (!gap) continue;
    withGap.add(`${h.staffId} ${h.competencyId}`);
    add('staff', h.competencyId, ['', ''], 1, gap, h.importance, false);
  }
  const open = stmt(
    ctx,
    `SELECT population, staff_id AS staffId, competency_id AS competencyId, origin, title_fr AS titleFr, title_ar AS titleAr, importance,
       people_count AS peopleCount, estimated_gap AS estimatedGap FROM training_needs WHERE state IN ${OPEN}`,
  ).all() as {
    population: Acc['population'];
    staffId: string | null;
    competencyId: string | null;
    origin: string;
    titleFr: string;
    titleAr: string;
    importance: Importance;
    peopleCount: number;
    estimatedGap: number;
  }[];
  for (const n of open) {
    const title: [string, string] = [n.titleFr, n.titleAr];
    if (n.origin === 'gap') {
      const k = `staff ${n.competencyId}`;
      const a = acc.get(k);
      if (a && (!population || population === 'staff')) a.needs += 1;
      continue;
    }
    if (n.population === 'staff' && n.staffId && n.competencyId && withGap.has(`${n.staffId} ${n.competencyId}`)) {
      const a = acc.get(`staff ${n.competencyId}`);
      if (a) a.needs += 1;
      continue;
    }
    add(n.population, n.competencyId, title, n.population === 'staff' ? 1 : n.peopleCount, n.estimatedGap, n.importance, true);
  }
  return [...acc.values()]
    .filter((a) => a.score > 0)
    .map(({ gapSum, ...a }) => ({ ...a, meanGap: a.people ? Math.round((gapSum / a.people) * 100) / 100 : 0 }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code) || a.nameFr.localeCompare(b.nameFr));
}

/** `sas needs`: per competency, the active staff with a gap of at least 1 and Σ weight × gap, highest first. */
export function needScores(ctx: DataContext): { competency: string; people: number; score: number }[] {
  const by = new Map<string, { competency: string; people: number; score: number }>();
  for (const h of requirementsHeld(ctx)) {
    const gap = gapOf(h.required, h.level);
    if (!gap) continue;
    const row = by.get(h.code) ?? { competency: h.code, people: 0, score: 0 };
    row.people += 1;
    row.score += IMPORTANCE_WEIGHT[h.importance] * gap;
    by.set(h.code, row);
  }
  return [...by.values()].sort((a, b) => b.score - a.score || a.competency.localeCompare(b.competency));
}
