import { competencyRatings, reviewCampaignUnits, reviewCampaigns, reviewItems, reviews, trainingNeeds } from '../../schema';
import type { EntityEntries } from '../../registry/types';

/**
 * Competency reviews, the competency history and the training needs. Comments, justifications
 * and reasons are free texts about a person: the no-contacts backup profile empties them.
 */
export const reviewEntities: EntityEntries<'reviewCampaigns' | 'reviewCampaignUnits' | 'reviews' | 'reviewItems' | 'ratings' | 'needs'> = {
  reviewCampaigns: { kind: 'record', table: reviewCampaigns, demo: true, auditFields: ['unitIds'] },
  reviewCampaignUnits: { kind: 'record', table: reviewCampaignUnits, demo: true },
  reviews: {
    personalRows: true,
    kind: 'record',
    table: reviews,
    counted: true,
    demo: true,
    freeTextFields: ['personComment', 'assessorComment', 'cancelReason'],
    auditFields: ['items'],
  },
  reviewItems: { personalRows: true, kind: 'record', table: reviewItems, demo: true, freeTextFields: ['justification'] },
  ratings: { personalRows: true, kind: 'record', table: competencyRatings, counted: true, demo: true, freeTextFields: ['reason'] },
  needs: {
    personalRows: true,
    kind: 'record',
    table: trainingNeeds,
    counted: true,
    demo: true,
    freeTextFields: ['description', 'stateReason'],
  },
};
