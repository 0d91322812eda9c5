import type { HandlerGroup } from '../../dispatch/types';
import { associationTrainees } from '../../schema';
import { deleteOrArchive, inTransaction, setArchived } from '../shared/records';
import { assertOrganization, getTrainee, insertTrainee, listTrainees, updateTrainee } from './trainee-service';

export const traineeHandlers: HandlerGroup<
  'trainees.list' | 'trainees.get' | 'trainees.create' | 'trainees.update' | 'trainees.setArchived' | 'trainees.delete'
> = {
  'trainees.list': (input, ctx) => listTrainees(ctx, input),

  'trainees.get': ({ id }, ctx) => getTrainee(ctx, id),

  'trainees.create': (values, ctx) => {
    const id = inTransaction(ctx, () => {
      assertOrganization(ctx, values.organizationId);
      return insertTrainee(ctx, values);
    });
    return getTrainee(ctx, id);
  },

  'trainees.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => {
      assertOrganization(ctx, values.organizationId);
      updateTrainee(ctx, id, values);
    });
    return getTrainee(ctx, id);
  },

  'trainees.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, associationTrainees, 'associationTrainees', id, archived);
    return getTrainee(ctx, id);
  },

  // Personal data goes when asked. Nothing refers to a trainee yet; the training sessions (a later
  // issue) will list their attendances here as holders, and then the record is archived instead.
  'trainees.delete': ({ id, archiveInstead }, ctx) =>
    deleteOrArchive(ctx, { table: associationTrainees, auditName: 'associationTrainees', id, archiveInstead, holders: () => [] }),
};
