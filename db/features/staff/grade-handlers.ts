import type { HandlerGroup } from '../../dispatch/types';
import { staffGrades } from '../../schema';
import { inTransaction, setArchived, updateAudited } from '../shared/records';
import { getGrade, insertGrade, listGrades } from './grades';

/** The grades list: added, renamed, archived (never deleted: staff records keep pointing at them). */
export const gradeHandlers: HandlerGroup<'grades.list' | 'grades.create' | 'grades.update' | 'grades.setArchived'> = {
  'grades.list': ({ includeArchived }, ctx) => listGrades(ctx, includeArchived),

  'grades.create': ({ nameFr, nameAr }, ctx) =>
    getGrade(
      ctx,
      inTransaction(ctx, () => insertGrade(ctx, nameFr, nameAr)),
    ),

  'grades.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => updateAudited(ctx, staffGrades, 'grades', getGrade(ctx, id), values));
    return getGrade(ctx, id);
  },

  'grades.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, staffGrades, 'grades', id, archived);
    return getGrade(ctx, id);
  },
};
