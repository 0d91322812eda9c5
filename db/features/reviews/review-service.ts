import type { z } from 'zod';
import type { Review, ReviewItem, reviewSave } from '../../../api/channels/reviews';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { appendRating, currentLevelsOf, readScale } from './history';
import { syncGapNeeds } from './needs';
import { personName, today } from './people';

type ReviewHead = Omit<Review, 'items' | 'locked'>;

const HEAD = `SELECT r.id, r.campaign_id AS campaignId, c.code AS campaignCode, c.title_fr AS campaignTitleFr, c.title_ar AS campaignTitleAr,
    c.status AS campaignStatus, r.staff_id AS staffId, s.matricule, ${personName('s', 'fr')} AS nameFr, ${personName('s', 'ar')} AS nameAr,
    coalesce(u.name_fr, '') AS unitNameFr, coalesce(u.name_ar, '') AS unitNameAr, coalesce(j.code, '') AS jobCode,
    coalesce(j.title_fr, '') AS jobTitleFr, coalesce(j.title_ar, '') AS jobTitleAr, r.assessor_id AS assessorId,
    coalesce(${personName('a', 'fr')}, '') AS assessorNameFr, coalesce(${personName('a', 'ar')}, '') AS assessorNameAr,
    r.state, r.person_comment AS personComment, r.assessor_comment AS assessorComment, r.interview_date AS interviewDate,
    r.person_signed_on AS personSignedOn, r.assessor_signed_on AS assessorSignedOn, r.validated_at AS validatedAt, r.cancel_reason AS cancelReason
  FROM reviews r JOIN review_campaigns c ON c.id = r.campaign_id JOIN staff s ON s.id = r.staff_id
  LEFT JOIN org_units u ON u.id = r.unit_id LEFT JOIN job_profiles j ON j.id = r.job_id LEFT JOIN staff a ON a.id = r.assessor_id`;

const ITEMS = `SELECT i.competency_id AS competencyId, c.code, c.name_fr AS nameFr, c.name_ar AS nameAr,
    coalesce(k.name_fr, '') AS categoryFr, coalesce(k.name_ar, '') AS categoryAr, i.required_level AS requiredLevel, i.importance,
    i.self_level AS selfLevel, i.manager_level AS managerLevel, i.agreed_level AS agreedLevel, i.justification,
    i.not_applicable AS notApplicable
  FROM review_items i JOIN competencies c ON c.id = i.competency_id LEFT JOIN competency_categories k ON k.id = c.category_id
  WHERE i.review_id = ?
  ORDER BY i.required_level IS NULL, CASE i.importance WHEN 'essential' THEN 0 WHEN 'important' THEN 1 ELSE 2 END, k.position, c.code`;

export function getReview(ctx: DataContext, id: string): Review {
  const head = stmt(ctx, `${HEAD} WHERE r.id = ?`).get(id) as ReviewHead | undefined;
  if (!head) throw notFound();
  const levels = currentLevelsOf(ctx, head.staffId);
  const items = (stmt(ctx, ITEMS).all(id) as (Omit<ReviewItem, 'currentLevel' | 'notApplicable'> & { notApplicable: number })[]).map(
    (i) => ({ ...i, notApplicable: Boolean(i.notApplicable), currentLevel: levels.get(i.competencyId) ?? null }),
  );
  const locked = head.campaignStatus !== 'open' || head.state === 'validated' || head.state === 'cancelled';
  return { ...head, locked, items };
}

/** A review that can still change: its campaign is open and it is neither validated nor cancelled. */
function assertEditable(r: Review) {
  if (r.campaignStatus !== 'open')
    throw new DomainError('conflict', r.campaignStatus === 'closed' ? 'errors.campaignClosed' : 'errors.campaignNotOpen');
  if (r.locked) throw new DomainError('conflict', 'errors.reviewLocked');
}

const levelIssue = (i: number, field: string) => ({ path: `items.${i}.${field}`, message: 'errors.levelOutOfScale' });

export function saveReview(ctx: DataContext, input: z.output<typeof reviewSave>): Review {
  inTransaction(ctx, () => {
    const before = getReview(ctx, input.id);
    assertEditable(before);
    const { size } = readScale(ctx);
    const issues = input.items.flatMap((it, i) =>
      (['selfLevel', 'managerLevel', 'agreedLevel'] as const).filter((f) => (it[f] ?? 0) > size).map((f) => levelIssue(i, f)),
    );
    if (issues.length) throw new DomainError('invalid_input', 'errors.levelOutOfScale', { issues });
    if (input.assessorId === before.staffId)
      throw new DomainError('invalid_input', 'errors.assessorIsPerson', {
        issues: [{ path: 'assessorId', message: 'errors.assessorIsPerson' }],
      });
    if (input.assessorId && !stmt(ctx, 'SELECT 1 FROM staff WHERE id = ?').get(input.assessorId)) throw notFound();
    const existing = new Map(before.items.map((i) => [i.competencyId, i]));
    const sent = new Set(input.items.map((i) => i.competencyId));
    const now = nowIso();
    for (const it of input.items) {
      const old = existing.get(it.competencyId);
      if (old) {
        stmt(
          ctx,
          `UPDATE review_items SET self_level = ?, manager_level = ?, agreed_level = ?, justification = ?, not_applicable = ?, updated_at = ?
           WHERE review_id = ? AND competency_id = ?`,
        ).run(it.selfLevel, it.managerLevel, it.agreedLevel, it.justification, it.notApplicable ? 1 : 0, now, input.id, it.competencyId);
      } else {
        if (!stmt(ctx, 'SELECT 1 FROM competencies WHERE id = ?').get(it.competencyId)) throw notFound();
        stmt(
          ctx,
          `INSERT INTO review_items (id, review_id, competency_id, self_level, manager_level, agreed_level, justification, not_applicable)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          newId(),
          input.id,
          it.competencyId,
          it.selfLevel,
          it.managerLevel,
          it.agreedLevel,
          it.justification,
          it.notApplicable ? 1 : 0,
        );
      }
    }
    // A competency outside the job sheet that the user removed from the review goes; the job's stay.
    for (const old of before.items)
      if (old.requiredLevel === null && !sent.has(old.competencyId))
        stmt(ctx, 'DELETE FROM review_items WHERE review_id = ? AND competency_id = ?').run(input.id, old.competencyId);
    stmt(
      ctx,
      `UPDATE reviews SET state = ?, assessor_id = ?, person_comment = ?, assessor_comment = ?, interview_date = ?, person_signed_on = ?,
         assessor_signed_on = ?, updated_at = ? WHERE id = ?`,
    ).run(
      input.state,
      input.assessorId,
      input.personComment,
      input.assessorComment,
      input.interviewDate,
      input.personSignedOn,
      input.assessorSignedOn,
      now,
      input.id,
    );
    recordAudit(ctx, 'reviews', input.id, 'update', ['state', 'assessorId', 'personComment', 'assessorComment', 'interviewDate', 'items']);
  });
  return getReview(ctx, input.id);
}

/**
 * Validates a review: every applicable competency of the job has an agreed level, an agreed level
 * that differs from the manager's says why, and the agreed levels go into the person's history
 * (source "review") from the given date, the interview's, or today. Nothing is overwritten.
 */
export function validateReview(ctx: DataContext, id: string, validFrom: string | null): Review {
  inTransaction(ctx, () => {
    const r = getReview(ctx, id);
    assertEditable(r);
    const issues = r.items.flatMap((it, i) => {
      if (it.notApplicable) return [];
      if (it.agreedLevel === null)
        return it.requiredLevel === null ? [] : [{ path: `items.${i}.agreedLevel`, message: 'errors.agreedLevelMissing' }];
      if (it.managerLevel !== null && it.agreedLevel !== it.managerLevel && !it.justification)
        return [{ path: `items.${i}.justification`, message: 'errors.justificationRequired' }];
      return [];
    });
    if (issues.length) throw new DomainError('invalid_input', issues[0]!.message, { issues });
    const from = validFrom ?? r.interviewDate ?? today();
    for (const it of r.items)
      if (!it.notApplicable && it.agreedLevel !== null)
        appendRating(ctx, {
          staffId: r.staffId,
          competencyId: it.competencyId,
          level: it.agreedLevel,
          validFrom: from,
          source: 'review',
          reviewId: id,
          reason: it.justification,
        });
    const now = nowIso();
    stmt(ctx, "UPDATE reviews SET state = 'validated', validated_at = ?, updated_at = ? WHERE id = ?").run(now, now, id);
    recordAudit(ctx, 'reviews', id, 'update', ['state', 'validatedAt']);
    syncGapNeeds(ctx, [r.staffId]);
  });
  return getReview(ctx, id);
}

export function cancelReview(ctx: DataContext, id: string, reason: string): Review {
  inTransaction(ctx, () => {
    assertEditable(getReview(ctx, id));
    stmt(ctx, "UPDATE reviews SET state = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?").run(reason, nowIso(), id);
    recordAudit(ctx, 'reviews', id, 'update', ['state', 'cancelReason']);
  });
  return getReview(ctx, id);
}
