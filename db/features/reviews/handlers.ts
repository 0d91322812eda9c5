import type { HandlerGroup } from '../../dispatch/types';
import {
  closeCampaign,
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  openCampaign,
  reopenCampaign,
  updateCampaign,
} from './campaigns';
import { gapList, gapMatrix, jobRanking, staffProfile } from './gaps';
import { createNeed, listNeeds, needPriorities, needScores, setNeedState, updateNeed } from './needs';
import { exportRatings, importRatings } from './ratings-file';
import { recordRating } from './ratings';
import { cancelReview, getReview, saveReview, validateReview } from './review-service';

export const reviewHandlers: HandlerGroup<
  | 'campaigns.list'
  | 'campaigns.get'
  | 'campaigns.create'
  | 'campaigns.update'
  | 'campaigns.delete'
  | 'campaigns.open'
  | 'campaigns.close'
  | 'campaigns.reopen'
  | 'campaigns.exportRatings'
  | 'campaigns.importRatings'
  | 'reviews.get'
  | 'reviews.save'
  | 'reviews.validate'
  | 'reviews.cancel'
  | 'ratings.profile'
  | 'ratings.record'
  | 'gaps.matrix'
  | 'gaps.list'
  | 'gaps.jobRanking'
  | 'needs.list'
  | 'needs.create'
  | 'needs.update'
  | 'needs.setState'
  | 'needs.priorities'
  | 'needs.scores'
> = {
  'campaigns.list': (_, ctx) => listCampaigns(ctx),
  'campaigns.get': ({ id }, ctx) => getCampaign(ctx, id),
  'campaigns.create': (input, ctx) => createCampaign(ctx, input),
  'campaigns.update': (input, ctx) => updateCampaign(ctx, input),
  'campaigns.delete': ({ id }, ctx) => deleteCampaign(ctx, id),
  'campaigns.open': ({ id }, ctx) => openCampaign(ctx, id),
  'campaigns.close': ({ id }, ctx) => closeCampaign(ctx, id),
  'campaigns.reopen': ({ id, reason }, ctx) => reopenCampaign(ctx, id, reason),
  'campaigns.exportRatings': (input, ctx) => exportRatings(ctx, input.id, input.format),
  'campaigns.importRatings': (input, ctx) => importRatings(ctx, input),
  'reviews.get': ({ id }, ctx) => getReview(ctx, id),
  'reviews.save': (input, ctx) => saveReview(ctx, input),
  'reviews.validate': ({ id, validFrom }, ctx) => validateReview(ctx, id, validFrom),
  'reviews.cancel': ({ id, reason }, ctx) => cancelReview(ctx, id, reason),
  'ratings.profile': ({ staffId }, ctx) => staffProfile(ctx, staffId),
  'ratings.record': (input, ctx) => recordRating(ctx, input),
  'gaps.matrix': ({ unitId, jobId }, ctx) => gapMatrix(ctx, unitId, jobId),
  'gaps.list': ({ unitCode }, ctx) => gapList(ctx, unitCode),
  'gaps.jobRanking': ({ jobId }, ctx) => jobRanking(ctx, jobId),
  'needs.list': (input, ctx) => listNeeds(ctx, input),
  'needs.create': (input, ctx) => createNeed(ctx, input),
  'needs.update': (input, ctx) => updateNeed(ctx, input),
  'needs.setState': (input, ctx) => setNeedState(ctx, input),
  'needs.priorities': ({ population }, ctx) => needPriorities(ctx, population),
  'needs.scores': (_, ctx) => needScores(ctx),
};
