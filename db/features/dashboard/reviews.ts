/**
 * Reviews on the dashboard: the completion of the campaigns that reviewed in the year, and the
 * gap closure between two campaigns.
 *
 * - Campaigns of the year: opened before the year ends and not closed before it starts (opened or
 *   closed in it, or open throughout). Reviews: those not cancelled, of the staff kept by the
 *   people filters (their unit now); completion = validated / reviews, null without reviews.
 * - Gap closure: (G_before − G_after) / G_before, where G sums, over the people validated in both
 *   campaigns (and kept), the importance-weighted gap of each validated review: Σ weight ×
 *   max(0, required − agreed level) over its items with a requirement (not marked not
 *   applicable), weights essential 3, important 2, useful 1 (IMPORTANCE_WEIGHT). The pair is the
 *   one asked for, else the two latest campaigns (by opening) opened before the year ends that have
 *   validated reviews. Null when there is no such pair; closure null when G_before is 0.
 */
import type { Dashboard } from '../../../api/channels/dashboard';
import { IMPORTANCE_WEIGHT } from '../../../api/channels/gaps';
import type { DataContext } from '../../core/context';
import { plucked, stmt } from '../../core/statements';
import { ratio } from '../evaluation/indicator-math';
import type { Scope } from './quality';
import { IN_IDS, type RecordSet, idsParam, personLabels } from './record-sql';

const CAMPAIGN_NAMES = `c.id, coalesce(nullif(c.title_fr, ''), c.code) AS nameFr, coalesce(nullif(c.title_ar, ''), nullif(c.title_fr, ''), c.code) AS nameAr`;
const OF_YEAR = `c.opened_at IS NOT NULL AND c.opened_at < @next AND (c.closed_at IS NULL OR c.closed_at >= @first)`;

const WEIGHT = `CASE i.importance ${Object.entries(IMPORTANCE_WEIGHT)
  .map(([k, w]) => `WHEN '${k}' THEN ${w}`)
  .join(' ')} ELSE 0 END`;

type Campaign = Dashboard['reviews']['campaigns'][number];
type Named = { id: string; nameFr: string; nameAr: string };

const campaignIdsOfYear = (ctx: DataContext, s: Scope): string[] =>
  plucked(ctx, `SELECT c.id FROM review_campaigns c WHERE ${OF_YEAR}`).all(s.bounds) as string[];

export function reviewCampaigns(ctx: DataContext, s: Scope): Campaign[] {
  // One pass over the campaigns' reviews (thousands each at programme scale), counted per campaign.
  const rows = stmt(
    ctx,
    `WITH counted AS (
       SELECT v.campaign_id AS campaignId, sum(v.state <> 'cancelled') AS reviews, sum(v.state = 'validated') AS validated
       FROM reviews v JOIN staff p ON p.id = v.staff_id
       WHERE v.campaign_id IN (SELECT c.id FROM review_campaigns c WHERE ${OF_YEAR}) AND ${s.r.staff('p')}
       GROUP BY v.campaign_id)
     SELECT ${CAMPAIGN_NAMES}, c.status, coalesce(k.reviews, 0) AS reviews, coalesce(k.validated, 0) AS validated
     FROM review_campaigns c LEFT JOIN counted k ON k.campaignId = c.id WHERE ${OF_YEAR} ORDER BY c.opened_at, c.code`,
  ).all({ ...s.r.params, ...s.bounds }) as Omit<Campaign, 'completion'>[];
  return rows.map((c) => ({ ...c, completion: ratio(c.validated, c.reviews) }));
}

function campaignPair(ctx: DataContext, s: Scope, before: string | null, after: string | null): [Named, Named] | null {
  const one = (id: string) => stmt(ctx, `SELECT ${CAMPAIGN_NAMES} FROM review_campaigns c WHERE c.id = ?`).get(id) as Named;
  if (before && after) return [one(before), one(after)];
  const latest = stmt(
    ctx,
    `SELECT ${CAMPAIGN_NAMES} FROM review_campaigns c
     WHERE c.opened_at IS NOT NULL AND c.opened_at < @next AND EXISTS (SELECT 1 FROM reviews v WHERE v.campaign_id = c.id AND v.state = 'validated')
     ORDER BY c.opened_at DESC, c.period_start DESC, c.id DESC LIMIT 2`,
  ).all(s.bounds) as Named[];
  return latest.length === 2 ? [latest[1], latest[0]] : null;
}

const GAPS = (s: Scope) => `WITH g AS (
    SELECT v.campaign_id AS campaignId, v.staff_id AS staffId,
      coalesce(sum(${WEIGHT} * max(0, i.required_level - i.agreed_level)), 0) AS gap
    FROM reviews v JOIN staff p ON p.id = v.staff_id
    LEFT JOIN review_items i ON i.review_id = v.id AND i.required_level IS NOT NULL AND i.importance IS NOT NULL
      AND i.not_applicable = 0 AND i.agreed_level IS NOT NULL
    WHERE v.state = 'validated' AND v.campaign_id IN (@before, @after) AND ${s.r.staff('p')}
    GROUP BY v.campaign_id, v.staff_id)
  SELECT count(*) AS people, coalesce(sum(b.gap), 0) AS gapBefore, coalesce(sum(a.gap), 0) AS gapAfter
  FROM g b JOIN g a ON a.staffId = b.staffId AND a.campaignId = @after WHERE b.campaignId = @before`;

export function gapClosure(ctx: DataContext, s: Scope, before: string | null, after: string | null): Dashboard['reviews']['gapClosure'] {
  const pair = campaignPair(ctx, s, before, after);
  if (!pair) return null;
  const g = stmt(ctx, GAPS(s)).get({ ...s.r.params, before: pair[0].id, after: pair[1].id }) as {
    people: number;
    gapBefore: number;
    gapAfter: number;
  };
  return { before: pair[0], after: pair[1], ...g, closure: ratio(g.gapBefore - g.gapAfter, g.gapBefore) };
}

/** The reviews not validated (nor cancelled) of the year's campaigns, or of one of them (`key`). */
export const reviewsNotValidated = (ctx: DataContext, s: Scope, key: string | null): RecordSet => ({
  kind: 'review',
  sql: `SELECT v.id AS id, ${personLabels('p')}, p.matricule || ' · ' || c.code AS detail, c.id AS parentId
    FROM reviews v JOIN staff p ON p.id = v.staff_id JOIN review_campaigns c ON c.id = v.campaign_id
    WHERE ${IN_IDS('v.campaign_id')} AND v.state NOT IN ('validated', 'cancelled') AND ${s.r.staff('p')}`,
  params: { ...s.r.params, ids: idsParam(campaignIdsOfYear(ctx, s).filter((id) => key === null || id === key)) },
});
