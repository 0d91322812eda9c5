import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { nowIso } from '../../core/ids';
import type { HandlerGroup } from '../../dispatch/types';
import { organizations } from '../../schema';
import { traineeHolder } from '../trainees/trainee-service';
import { deleteOrArchive, holder, inTransaction, setArchived } from '../shared/records';
import { ensureDirectoryDefaults } from './defaults';
import { findDuplicates } from './duplicates';
import { mergeOrganizations } from './merge';
import { unindexOrganization } from './search-index';
import { searchOrganizations } from './search-query';
import { insertOrganization, readOrganization, updateOrganization } from './store';

const operator = (ctx: DataContext) =>
  (ctx.sqlite.prepare('SELECT operator_name AS n FROM settings WHERE id = 1').get() as { n: string } | undefined)?.n || '?';

type Channels =
  | 'organizations.search'
  | 'organizations.get'
  | 'organizations.create'
  | 'organizations.update'
  | 'organizations.verify'
  | 'organizations.setArchived'
  | 'organizations.delete'
  | 'organizations.duplicates'
  | 'organizations.merge';

export const organizationHandlers: HandlerGroup<Channels> = {
  'organizations.search': (input, ctx) => searchOrganizations(ctx, input),

  'organizations.get': ({ id }, ctx) => readOrganization(ctx, id),

  'organizations.create': ({ createAnyway, ...values }, ctx) => {
    ensureDirectoryDefaults(ctx);
    const id = inTransaction(ctx, () => {
      if (!createAnyway) {
        const duplicates = findDuplicates(ctx, values);
        if (duplicates.length) throw new DomainError('conflict', 'errors.possibleDuplicate', { duplicates });
      }
      // A record typed in by the Service is verified by the one who typed it.
      return insertOrganization(ctx, values, undefined, { verifiedAt: nowIso(), verifiedBy: operator(ctx) });
    });
    return readOrganization(ctx, id);
  },

  'organizations.update': ({ id, ...values }, ctx) => {
    inTransaction(ctx, () => updateOrganization(ctx, id, values));
    return readOrganization(ctx, id);
  },

  'organizations.verify': ({ id }, ctx) => {
    inTransaction(ctx, () => {
      readOrganization(ctx, id);
      const now = nowIso();
      ctx.sqlite
        .prepare('UPDATE organizations SET verified_at = ?, verified_by = ?, updated_at = ? WHERE id = ?')
        .run(now, operator(ctx), now, id);
      recordAudit(ctx, 'organizations', id, 'update', ['verifiedAt', 'verifiedBy']);
    });
    return readOrganization(ctx, id);
  },

  'organizations.setArchived': ({ id, archived }, ctx) => {
    setArchived(ctx, organizations, 'organizations', id, archived);
    return readOrganization(ctx, id);
  },

  // Subsidies are the commune's record of public money, its trainees are people who may come back, and its
  // training needs are in the plan's reckoning: each keeps the organisation alive (archive it instead).
  'organizations.delete': ({ id, archiveInstead }, ctx) => {
    const result = deleteOrArchive(ctx, {
      table: organizations,
      auditName: 'organizations',
      id,
      archiveInstead,
      holders: () => [
        holder(ctx, 'subsidies', 'SELECT year, programme_fr FROM subsidies WHERE organization_id = ?', id, "year || ' ' || programme_fr"),
        traineeHolder(ctx, id),
        holder(
          ctx,
          'trainers',
          'SELECT name_fr, name_ar FROM trainers WHERE organization_id = ?',
          id,
          "coalesce(nullif(name_fr, ''), name_ar)",
          "coalesce(nullif(name_ar, ''), name_fr)",
        ),
        holder(
          ctx,
          'needs',
          'SELECT n.title_fr, n.title_ar, c.name_fr, c.name_ar FROM training_needs n LEFT JOIN competencies c ON c.id = n.competency_id WHERE n.organization_id = ?',
          id,
          "coalesce(nullif(name_fr, ''), nullif(title_fr, ''), title_ar)",
          "coalesce(nullif(name_ar, ''), nullif(title_ar, ''), title_fr)",
        ),
      ],
    });
    // Searches join the index to the table, so a stale index row could never show; removing it keeps the index small.
    if (result.deleted) unindexOrganization(ctx, id);
    return result;
  },

  'organizations.duplicates': ({ excludeId, ...keys }, ctx) => findDuplicates(ctx, keys, excludeId),

  'organizations.merge': ({ keepId, mergeId }, ctx) => inTransaction(ctx, () => mergeOrganizations(ctx, keepId, mergeId)),
};
