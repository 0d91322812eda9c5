import type { z } from 'zod';
import type { StaffProfile, ratingRecord } from '../../../api/channels/gaps';
import type { DataContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { stmt } from '../../core/statements';
import { inTransaction } from '../shared/records';
import { staffProfile } from './gaps';
import { appendRating } from './history';
import { syncGapNeeds } from './needs';

/** Evidence or a correction recorded by hand: a new row of the history with its reason. */
export function recordRating(ctx: DataContext, v: z.output<typeof ratingRecord>): StaffProfile {
  inTransaction(ctx, () => {
    if (!stmt(ctx, 'SELECT 1 FROM staff WHERE id = ?').get(v.staffId)) throw notFound();
    if (!stmt(ctx, 'SELECT 1 FROM competencies WHERE id = ?').get(v.competencyId)) throw notFound();
    appendRating(ctx, { ...v });
    syncGapNeeds(ctx, [v.staffId]);
  });
  return staffProfile(ctx, v.staffId);
}
