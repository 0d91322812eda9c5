import { z } from 'zod';
import { channel } from '../channel';
import { empty, id } from '../common';
import type { Entity } from '../entities';
import * as g from './gaps';
import * as r from './reviews';

/** What a review screen shows: the campaign, its people, their jobs and the history it writes. */
const REVIEW_READS: Entity[] = [
  'reviewCampaigns',
  'reviewCampaignUnits',
  'reviews',
  'reviewItems',
  'ratings',
  'staff',
  'units',
  'jobProfiles',
  'jobRequirements',
  'competencies',
  'categories',
];
/** What a gap or a need is computed from. */
const GAP_READS: Entity[] = [
  'ratings',
  'staff',
  'units',
  'jobProfiles',
  'jobRequirements',
  'competencies',
  'proficiencyLevels',
  'settings',
  'needs',
  'organizations',
  'reviews',
  'reviewCampaigns',
];
const CAMPAIGN_WRITES: Entity[] = ['reviewCampaigns', 'reviewCampaignUnits', 'reviews', 'reviewItems'];
/** A level written into the history moves the gaps and so the gap needs. */
const HISTORY_WRITES: Entity[] = ['ratings', 'needs'];

/** Competency reviews, the history, gaps and needs (issue "Competency reviews, gaps and training needs"). */
export const reviewChannels = {
  'campaigns.list': channel({ input: empty, output: z.array(r.campaignSummary), reads: REVIEW_READS }),
  'campaigns.get': channel({ input: z.object({ id }), output: r.campaign, reads: REVIEW_READS }),
  'campaigns.create': channel({ input: r.campaignCreate, output: r.campaign, reads: REVIEW_READS, writes: CAMPAIGN_WRITES }),
  'campaigns.update': channel({ input: r.campaignUpdate, output: r.campaign, reads: REVIEW_READS, writes: CAMPAIGN_WRITES }),
  /** Only a campaign still in preparation can be deleted. */
  'campaigns.delete': channel({
    input: z.object({ id }),
    output: z.object({ deleted: z.boolean() }),
    reads: REVIEW_READS,
    writes: CAMPAIGN_WRITES,
  }),
  /** Freezes the people in scope and each one's job requirements. */
  'campaigns.open': channel({ input: z.object({ id }), output: r.campaign, reads: REVIEW_READS, writes: CAMPAIGN_WRITES }),
  'campaigns.close': channel({ input: z.object({ id }), output: r.campaign, reads: REVIEW_READS, writes: CAMPAIGN_WRITES }),
  'campaigns.reopen': channel({ input: r.campaignReopen, output: r.campaign, reads: REVIEW_READS, writes: CAMPAIGN_WRITES }),
  'campaigns.exportRatings': channel({ input: r.reviewExportInput, output: r.fileOutput, reads: REVIEW_READS }),
  /** Ratings collected on paper or in a spreadsheet: each row with an agreed level goes into the history. */
  'campaigns.importRatings': channel({
    input: r.reviewImportInput,
    output: r.reviewImportOutput,
    reads: REVIEW_READS,
    writes: [...CAMPAIGN_WRITES, ...HISTORY_WRITES],
  }),

  'reviews.get': channel({ input: z.object({ id }), output: r.review, reads: REVIEW_READS }),
  'reviews.save': channel({ input: r.reviewSave, output: r.review, reads: REVIEW_READS, writes: ['reviews', 'reviewItems'] }),
  'reviews.validate': channel({
    input: r.reviewValidate,
    output: r.review,
    reads: REVIEW_READS,
    writes: ['reviews', 'reviewItems', ...HISTORY_WRITES],
  }),
  'reviews.cancel': channel({ input: r.reviewCancel, output: r.review, reads: REVIEW_READS, writes: ['reviews'] }),

  'ratings.profile': channel({ input: z.object({ staffId: id }), output: g.staffProfile, reads: GAP_READS }),
  /** Evidence or a correction: a new row with its reason, never an edit. */
  'ratings.record': channel({ input: g.ratingRecord, output: g.staffProfile, reads: GAP_READS, writes: HISTORY_WRITES }),

  'gaps.matrix': channel({ input: g.matrixInput, output: g.matrix, reads: GAP_READS }),
  'gaps.list': channel({ input: g.gapListInput, output: z.array(g.gapRow), reads: GAP_READS }),
  'gaps.jobRanking': channel({ input: z.object({ jobId: id }), output: g.jobRanking, reads: GAP_READS }),

  'needs.list': channel({ input: g.needListInput, output: z.array(g.need), reads: GAP_READS }),
  'needs.create': channel({ input: g.needCreate, output: g.need, reads: GAP_READS, writes: ['needs'] }),
  'needs.update': channel({ input: g.needUpdate, output: g.need, reads: GAP_READS, writes: ['needs'] }),
  'needs.setState': channel({ input: g.needSetState, output: g.need, reads: GAP_READS, writes: ['needs'] }),
  'needs.priorities': channel({
    input: z.object({ population: z.enum(g.NEED_POPULATIONS).nullable().default(null) }),
    output: z.array(g.priorityRow),
    reads: GAP_READS,
  }),
  'needs.scores': channel({ input: empty, output: z.array(g.needScore), reads: GAP_READS }),
};
