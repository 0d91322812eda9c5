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
import { reviewCampaigns, reviewItems, reviews, staff } from '../../schema';
import { ratio } from '../evaluation/indicator-math';
import { named } from '../sessions/sql-names';
import type { Scope } from './quality';
import { IN_IDS, type RecordSet, idsParam, personLabels } from './record-sql';

const C = named(reviewCampaigns, 'c');
const V = named(reviews, 'v');
const I = named(reviewItems, 'i');
const P = named(staff, 'p');

const CAMPAIGN_NAMES = `${C.c('id')} AS id, coalesce(nullif(${C.c('titleFr')}, ''), ${C.c('code')}) AS nameFr,
  coalesce(nullif(${C.c('titleAr')}, ''), nullif(${C.c('titleFr')}, ''), ${C.c('code')}) AS nameAr`;
const OF_YEAR = `${C.c('openedAt')} IS NOT NULL AND ${C.c('openedAt')} < @next AND (${C.c('closedAt')} IS NULL OR ${C.c('closedAt')} >= @first)`;
const REVIEWS_OF_KEPT = `${V.from} JOIN ${P.from} ON ${P.c('id')} = ${V.c('staffId')}`;

const WEIGHT = `CASE ${I.c('importance')} ${Object.entries(IMPORTANCE_WEIGHT)
  .map(([k, w]) => `WHEN '${k}' THEN ${w}`)
  .join(' ')} ELSE 0 END`;

type Campaign = Dashboard['reviews']['campaigns'][number];
type Named = { id: string; nameFr: string; nameAr: string };

const campaignIdsOfYear = (ctx: DataContext, s: Scope): string[] =>
  plucked(ctx, `SELECT ${C.c('id')} FROM ${C.from} WHERE ${OF_YEAR}`).all(s.bounds) as string[];

export function reviewCampaignsOfYear(ctx: DataContext, s: Scope): Campaign[] {
  // One pass over the campaigns' reviews (thousands each at programme scale), counted per campaign.
  const rows = stmt(
    ctx,
    `WITH counted AS (
       SELECT ${V.c('campaignId')} AS campaignId, sum(${V.c('state')} <> 'cancelled') AS reviews, sum(${V.c('state')} = 'validated') AS validated
       FROM ${REVIEWS_OF_KEPT}
       WHERE ${V.c('campaignId')} IN (SELECT ${C.c('id')} FROM ${C.from} WHERE ${OF_YEAR}) AND ${s.r.staff('p')}
       GROUP BY ${V.c('campaignId')})
     SELECT ${CAMPAIGN_NAMES}, ${C.c('status')} AS status, coalesce(k.reviews, 0) AS reviews, coalesce(k.validated, 0) AS validated
     FROM ${C.from} LEFT JOIN counted k ON k.campaignId = ${C.c('id')} WHERE ${OF_YEAR} ORDER BY ${C.c('openedAt')}, ${C.c('code')}`,
  ).all({ ...s.r.params, ...s.bounds }) as Omit<Campaign, 'completion'>[];
  return rows.map((c) => ({ ...c, completion: ratio(c.validated, c.reviews) }));
}

function campaignPair(ctx: DataContext, s: Scope, before: string | null, after: string | null): [Named, Named] | null {
  const one = (id: string) => stmt(ctx, `SELECT ${CAMPAIGN_NAMES} FROM ${C.from} WHERE ${C.c('id')} = ?`).get(id) as Named;
  if (before && after) return [one(before), one(after)];
  const latest = stmt(
    ctx,
    `SELECT ${CAMPAIGN_NAMES} FROM ${C.from}
     WHERE ${C.c('openedAt')} IS NOT NULL AND ${C.c('openedAt')} < @next
       AND EXISTS (SELECT 1 FROM ${V.from} WHERE ${V.c('campaignId')} = ${C.c('id')} AND ${V.c('state')} = 'validated')
     ORDER BY ${C.c('openedAt')} DESC, ${C.c('periodStart')} DESC, ${C.c('id')} DESC LIMIT 2`,
  ).all(s.bounds) as Named[];
  return latest.length === 2 ? [latest[1], latest[0]] : null;
}

/** Each kept person's weighted gap in each of the two campaigns, summed over those validated in both. */
const GAPS = (s: Scope) => `WITH g AS (
    SELECT ${V.c('campaignId')} AS campaignId, ${V.c('staffId')} AS staffId,
      coalesce(sum(${WEIGHT} * max(0, ${I.c('requiredLevel')} - ${I.c('agreedLevel')})), 0) AS gap
    FROM ${REVIEWS_OF_KEPT}
    LEFT JOIN ${I.from} ON ${I.c('reviewId')} = ${V.c('id')} AND ${I.c('requiredLevel')} IS NOT NULL AND ${I.c('importance')} IS NOT NULL
      AND ${I.c('notApplicable')} = 0 AND ${I.c('agreedLevel')} IS NOT NULL
    WHERE ${V.c('state')} = 'validated' AND ${V.c('campaignId')} IN (@before, @after) AND ${s.r.staff('p')}
    GROUP BY ${V.c('campaignId')}, ${V.c('staffId')})
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
  sql: `SELECT ${V.c('id')} AS id, ${personLabels(P)}, ${P.c('matricule')} || ' · ' || ${C.c('code')} AS detail, NULL AS date, NULL AS hours, ${C.c('id')} AS parentId
    FROM ${REVIEWS_OF_KEPT} JOIN ${C.from} ON ${C.c('id')} = ${V.c('campaignId')}
    WHERE ${IN_IDS(V.c('campaignId'))} AND ${V.c('state')} NOT IN ('validated', 'cancelled') AND ${s.r.staff('p')}`,
  params: { ...s.r.params, ids: idsParam(campaignIdsOfYear(ctx, s).filter((id) => key === null || id === key)) },
});
