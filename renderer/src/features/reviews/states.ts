import type { CampaignSummary, ReviewState } from '../../../../api/channels/reviews';

/** A review's state, in colour beside its words (never by colour alone). */
export const STATE_COLOURS: Record<ReviewState, string> = {
  not_started: 'gray',
  self_assessed: 'blue',
  rated: 'indigo',
  discussed: 'violet',
  validated: 'teal',
  cancelled: 'dark',
};

export const STATUS_COLOURS: Record<CampaignSummary['status'], string> = { draft: 'gray', open: 'teal', closed: 'dark' };
