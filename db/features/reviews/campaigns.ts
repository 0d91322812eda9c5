import type { z } from 'zod';
import type { Campaign, CampaignSummary, ReviewState, campaignCreate, campaignUpdate } from '../../../api/channels/reviews';
import { REVIEW_STATES } from '../../../api/channels/reviews';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound, taken } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { UNIT_BRANCH, personName, today } from './people';

type CampaignRow = Omit<Campaign, 'total' | 'counts' | 'overdue' | 'unitIds' | 'reviews'>;

const CAMPAIGN_COLUMNS = `id, code, title_fr AS titleFr, title_ar AS titleAr, period_start AS periodStart, period_end AS periodEnd,
  scope, self_due AS selfDue, manager_due AS managerDue, interview_due AS interviewDue, instructions_fr AS instructionsFr,
  instructions_ar AS instructionsAr, status, opened_at AS openedAt, closed_at AS closedAt, reopen_reason AS reopenReason`;

/** The step a review has not reached although its due date has passed (only while the campaign is open). */
export function overdueStep(
  c: Pick<CampaignRow, 'status' | 'selfDue' | 'managerDue' | 'interviewDue'>,
  state: ReviewState,
  on = today(),
): 'self' | 'manager' | 'interview' | null {
  if (c.status !== 'open') return null;
  const order: ReviewState[] = ['not_started', 'self_assessed', 'rated', 'discussed'];
  const at = order.indexOf(state);
  if (at < 0) return null;
  // The latest missed step says the most: an interview overdue implies the earlier steps are too.
  if (c.interviewDue && c.interviewDue < on && at < 3) return 'interview';
  if (c.managerDue && c.managerDue < on && at < 2) return 'manager';
  if (c.selfDue && c.selfDue < on && at < 1) return 'self';
  return null;
}

const emptyCounts = () => Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;

function campaignRow(ctx: DataContext, id: string): CampaignRow {
  const row = stmt(ctx, `SELECT ${CAMPAIGN_COLUMNS} FROM review_campaigns WHERE id = ?`).get(id) as CampaignRow | undefined;
  if (!row) throw notFound();
  return row;
}

function boardOf(ctx: DataContext, c: CampaignRow) {
  const rows = stmt(
    ctx,
    `SELECT r.id, r.staff_id AS staffId, s.matricule, ${personName('s', 'fr')} AS nameFr, ${personName('s', 'ar')} AS nameAr,
       coalesce(u.name_fr, '') AS unitNameFr, coalesce(u.name_ar, '') AS unitNameAr,
       coalesce(j.title_fr, '') AS jobTitleFr, coalesce(j.title_ar, '') AS jobTitleAr,
       coalesce(${personName('a', 'fr')}, '') AS assessorNameFr, coalesce(${personName('a', 'ar')}, '') AS assessorNameAr,
       r.state, (SELECT count(*) FROM review_items i WHERE i.review_id = r.id) AS items
     FROM reviews r JOIN staff s ON s.id = r.staff_id
     LEFT JOIN org_units u ON u.id = r.unit_id LEFT JOIN job_profiles j ON j.id = r.job_id LEFT JOIN staff a ON a.id = r.assessor_id
     WHERE r.campaign_id = ? ORDER BY s.sort_name_fr, s.matricule`,
  ).all(c.id) as (Omit<Campaign['reviews'][number], 'overdue'> & { state: ReviewState })[];
  const on = today();
  return rows.map((r) => ({ ...r, overdue: overdueStep(c, r.state, on) }));
}

export function getCampaign(ctx: DataContext, id: string): Campaign {
  const c = campaignRow(ctx, id);
  const reviews = boardOf(ctx, c);
  const counts = emptyCounts();
  for (const r of reviews) counts[r.state] += 1;
  const unitIds = (stmt(ctx, 'SELECT unit_id AS id FROM review_campaign_units WHERE campaign_id = ?').all(id) as { id: string }[]).map(
    (u) => u.id,
  );
  return { ...c, unitIds, reviews, total: reviews.length, counts, overdue: reviews.filter((r) => r.overdue).length };
}

export function listCampaigns(ctx: DataContext): CampaignSummary[] {
  const campaigns = stmt(ctx, `SELECT ${CAMPAIGN_COLUMNS} FROM review_campaigns ORDER BY period_start DESC, code`).all() as CampaignRow[];
  const states = stmt(ctx, 'SELECT campaign_id AS c, state, count(*) AS n FROM reviews GROUP BY campaign_id, state').all() as {
    c: string;
    state: ReviewState;
    n: number;
  }[];
  const on = today();
  return campaigns.map((c) => {
    const counts = emptyCounts();
    let total = 0;
    let overdue = 0;
    for (const s of states.filter((x) => x.c === c.id)) {
      counts[s.state] = s.n;
      total += s.n;
      if (overdueStep(c, s.state, on)) overdue += s.n;
    }
    const { id, code, titleFr, titleAr, periodStart, periodEnd, status } = c;
    return { id, code, titleFr, titleAr, periodStart, periodEnd, status, total, counts, overdue };
  });
}

type CampaignInput = z.output<typeof campaignCreate>;

function assertCodeFree(ctx: DataContext, code: string, id: string | null) {
  const other = stmt(ctx, 'SELECT id FROM review_campaigns WHERE code = ? COLLATE NOCASE').get(code) as { id: string } | undefined;
  if (other && other.id !== id) throw taken('code', 'errors.codeTaken');
}

function writeUnits(ctx: DataContext, id: string, input: CampaignInput) {
  stmt(ctx, 'DELETE FROM review_campaign_units WHERE campaign_id = ?').run(id);
  if (input.scope !== 'units') return;
  for (const unitId of new Set(input.unitIds)) {
    if (!stmt(ctx, 'SELECT 1 FROM org_units WHERE id = ?').get(unitId)) throw notFound();
    stmt(ctx, 'INSERT INTO review_campaign_units (campaign_id, unit_id) VALUES (?, ?)').run(id, unitId);
  }
}

const FIELDS = {
  code: 'code',
  titleFr: 'title_fr',
  titleAr: 'title_ar',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  scope: 'scope',
  selfDue: 'self_due',
  managerDue: 'manager_due',
  interviewDue: 'interview_due',
  instructionsFr: 'instructions_fr',
  instructionsAr: 'instructions_ar',
} as const;

export function createCampaign(ctx: DataContext, input: CampaignInput): Campaign {
  const id = newId();
  inTransaction(ctx, () => {
    assertCodeFree(ctx, input.code, null);
    const keys = Object.keys(FIELDS) as (keyof typeof FIELDS)[];
    stmt(
      ctx,
      `INSERT INTO review_campaigns (id, ${keys.map((k) => FIELDS[k]).join(', ')}) VALUES (?, ${keys.map(() => '?').join(', ')})`,
    ).run(id, ...keys.map((k) => input[k]));
    writeUnits(ctx, id, input);
    recordAudit(ctx, 'reviewCampaigns', id, 'create', [...keys, 'unitIds']);
  });
  return getCampaign(ctx, id);
}

const locked = () => new DomainError('conflict', 'errors.campaignClosed');

export function updateCampaign(ctx: DataContext, input: z.output<typeof campaignUpdate>): Campaign {
  inTransaction(ctx, () => {
    const before = getCampaign(ctx, input.id);
    if (before.status === 'closed') throw locked();
    assertCodeFree(ctx, input.code, input.id);
    // Once open, who is reviewed is frozen: the scope can no longer change.
    const scopeChanged = before.scope !== input.scope || [...before.unitIds].sort().join() !== [...new Set(input.unitIds)].sort().join();
    if (before.status === 'open' && scopeChanged)
      throw new DomainError('conflict', 'errors.campaignScopeFrozen', {
        issues: [{ path: 'scope', message: 'errors.campaignScopeFrozen' }],
      });
    const keys = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).filter((k) => before[k] !== input[k]);
    if (keys.length)
      stmt(ctx, `UPDATE review_campaigns SET ${keys.map((k) => `${FIELDS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...keys.map((k) => input[k]),
        nowIso(),
        input.id,
      );
    if (scopeChanged) writeUnits(ctx, input.id, input);
    const fields = [...keys, ...(scopeChanged ? ['unitIds'] : [])];
    if (fields.length) recordAudit(ctx, 'reviewCampaigns', input.id, 'update', fields);
  });
  return getCampaign(ctx, input.id);
}

export function deleteCampaign(ctx: DataContext, id: string): { deleted: boolean } {
  inTransaction(ctx, () => {
    if (campaignRow(ctx, id).status !== 'draft') throw new DomainError('conflict', 'errors.campaignNotDraft');
    stmt(ctx, 'DELETE FROM review_campaigns WHERE id = ?').run(id);
    recordAudit(ctx, 'reviewCampaigns', id, 'delete');
  });
  return { deleted: true };
}

/** The people a campaign reviews: the Service's active staff, or those of its units and the units below them. */
function peopleInScope(ctx: DataContext, campaignId: string, scope: string): { id: string; unitId: string | null; jobId: string | null }[] {
  const select = 'SELECT id, unit_id AS unitId, job_id AS jobId FROM staff s WHERE s.status = ?';
  if (scope === 'service') return stmt(ctx, `${select} ORDER BY id`).all('active') as never;
  const units = stmt(ctx, 'SELECT unit_id AS id FROM review_campaign_units WHERE campaign_id = ?').all(campaignId) as { id: string }[];
  const inBranch = new Set<string>();
  for (const u of units) for (const b of stmt(ctx, UNIT_BRANCH).all(u.id) as { id: string }[]) inBranch.add(b.id);
  return (stmt(ctx, `${select} ORDER BY id`).all('active') as { id: string; unitId: string | null; jobId: string | null }[]).filter(
    (p) => p.unitId && inBranch.has(p.unitId),
  );
}

/** Who rates a person: the head of their unit, or of the nearest unit above that has one (never themselves). */
export function assessorOf(ctx: DataContext, staffId: string, unitId: string | null): string | null {
  let at = unitId;
  for (let depth = 0; at && depth < 20; depth++) {
    const u = stmt(ctx, 'SELECT parent_id AS parentId, head_id AS headId FROM org_units WHERE id = ?').get(at) as
      { parentId: string | null; headId: string | null } | undefined;
    if (!u) return null;
    if (u.headId && u.headId !== staffId) return u.headId;
    at = u.parentId;
  }
  return null;
}

/**
 * Opens a campaign: one review per person in scope, with a snapshot of their job's requirements
 * as they are today (a later change to the job sheet does not rewrite a review in progress), and
 * the competencies outside the job sheet that the person's history already holds.
 */
export function openCampaign(ctx: DataContext, id: string): Campaign {
  inTransaction(ctx, () => {
    const c = campaignRow(ctx, id);
    if (c.status !== 'draft') throw new DomainError('conflict', 'errors.campaignNotDraft');
    const people = peopleInScope(ctx, id, c.scope);
    if (!people.length) throw new DomainError('conflict', 'errors.campaignNobody');
    const requirements = stmt(
      ctx,
      'SELECT competency_id AS competencyId, required_level AS level, importance FROM job_requirements WHERE job_id = ?',
    );
    const held = stmt(ctx, 'SELECT DISTINCT competency_id AS competencyId FROM competency_ratings WHERE staff_id = ? AND valid_to IS NULL');
    const insertReview = stmt(
      ctx,
      'INSERT INTO reviews (id, campaign_id, staff_id, job_id, unit_id, assessor_id) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertItem = stmt(
      ctx,
      'INSERT INTO review_items (id, review_id, competency_id, required_level, importance) VALUES (?, ?, ?, ?, ?)',
    );
    for (const p of people) {
      const reviewId = newId();
      insertReview.run(reviewId, id, p.id, p.jobId, p.unitId, assessorOf(ctx, p.id, p.unitId));
      const inJob = new Set<string>();
      if (p.jobId)
        for (const r of requirements.all(p.jobId) as { competencyId: string; level: number; importance: string }[]) {
          insertItem.run(newId(), reviewId, r.competencyId, r.level, r.importance);
          inJob.add(r.competencyId);
        }
      for (const h of held.all(p.id) as { competencyId: string }[])
        if (!inJob.has(h.competencyId)) insertItem.run(newId(), reviewId, h.competencyId, null, null);
    }
    const now = nowIso();
    stmt(ctx, "UPDATE review_campaigns SET status = 'open', opened_at = ?, updated_at = ? WHERE id = ?").run(now, now, id);
    recordAudit(ctx, 'reviewCampaigns', id, 'update', ['status', 'openedAt']);
  });
  return getCampaign(ctx, id);
}

export function closeCampaign(ctx: DataContext, id: string): Campaign {
  inTransaction(ctx, () => {
    if (campaignRow(ctx, id).status !== 'open') throw new DomainError('conflict', 'errors.campaignNotOpen');
    const now = nowIso();
    stmt(ctx, "UPDATE review_campaigns SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?").run(now, now, id);
    recordAudit(ctx, 'reviewCampaigns', id, 'update', ['status', 'closedAt']);
  });
  return getCampaign(ctx, id);
}

export function reopenCampaign(ctx: DataContext, id: string, reason: string): Campaign {
  inTransaction(ctx, () => {
    if (campaignRow(ctx, id).status !== 'closed') throw new DomainError('conflict', 'errors.campaignNotClosed');
    stmt(ctx, "UPDATE review_campaigns SET status = 'open', closed_at = NULL, reopen_reason = ?, updated_at = ? WHERE id = ?").run(
      reason,
      nowIso(),
      id,
    );
    recordAudit(ctx, 'reviewCampaigns', id, 'update', ['status', 'closedAt', 'reopenReason']);
  });
  return getCampaign(ctx, id);
}
