import { syncGapNeeds } from '../reviews/needs';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record';
import type { HandlerGroup } from '../../dispatch/types';
import { staff } from '../../schema';
import { inTransaction, updateAudited } from '../shared/records';
import { releaseStrayHeads } from '../units/unit-service';
import { staffFileHandlers } from './file-handlers';
import { gradeHandlers } from './grade-handlers';
import { listStaff } from './list-query';
import { indexStaff, sortNames, unindexStaff } from './search-index';
import { assertReferences, getStaff, insertStaff } from './staff-service';

export const staffHandlers: HandlerGroup<
  | 'staff.list'
  | 'staff.get'
  | 'staff.create'
  | 'staff.update'
  | 'staff.delete'
  | 'grades.list'
  | 'grades.create'
  | 'grades.update'
  | 'grades.setArchived'
  | 'staff.importPreview'
  | 'staff.import'
  | 'staff.export'
  | 'staff.importTemplate'
> = {
  ...gradeHandlers,
  ...staffFileHandlers,

  'staff.list': (input, ctx) => listStaff(ctx, input),

  'staff.get': ({ id }, ctx) => getStaff(ctx, id),

  'staff.create': (values, ctx) => {
    const id = inTransaction(ctx, () => {
      assertReferences(ctx, values);
      return insertStaff(ctx, values);
    });
    return getStaff(ctx, id);
  },

  'staff.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => {
      const before = getStaff(ctx, id);
      assertReferences(ctx, values, id, before.gradeId);
      updateAudited(ctx, staff, 'staff', before, values);
      ctx.orm.update(staff).set(sortNames(values)).where(eq(staff.id, id)).run();
      releaseStrayHeads(ctx);
      indexStaff(ctx, id, values);
      // Another job means other requirements, so other gaps: the gap needs follow.
      if (before.jobId !== values.jobId || before.status !== values.status) syncGapNeeds(ctx, [id]);
    });
    return getStaff(ctx, id);
  },

  // Only a unit's head refers to a staff member yet (cleared, audited); assessments and
  // enrolments will (then: archive).
  'staff.delete': ({ id }, ctx) =>
    inTransaction(ctx, () => {
      getStaff(ctx, id);
      releaseStrayHeads(ctx, id);
      ctx.orm.delete(staff).where(eq(staff.id, id)).run();
      unindexStaff(ctx, id);
      recordAudit(ctx, 'staff', id, 'delete');
      return { deleted: true, archived: false };
    }),
};
