import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import type { Venue } from '../../../api/channels/catalogue';
import { recordAudit } from '../../audit/record';
import { selectAs } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId } from '../../core/ids';
import { venues } from '../../schema';
import { fold } from '../../search/fold';
import { deleteOrArchive, getOr404, inTransaction, setArchived, updateAudited } from '../shared/records';
import { catalogueHolders } from './usage';

/** Venues: where trainings are held, in a quartier of the directory's list. */

const SELECT = `
  SELECT ${selectAs(venues, [
    'id',
    'nameFr',
    'nameAr',
    'address',
    'quartierId',
    'capacity',
    'accessible',
    'equipment',
    'archivedAt',
    'createdAt',
    'updatedAt',
  ])
    .split(', ')
    .map((c) => `v.${c}`)
    .join(', ')},
    coalesce(q.name_fr, '') AS quartierFr, coalesce(q.name_ar, '') AS quartierAr
  FROM venues v LEFT JOIN directory_terms q ON q.id = v.quartier_id`;

type Raw = Omit<Venue, 'accessible'> & { accessible: number };
const shape = (r: Raw): Venue => ({ ...r, accessible: Boolean(r.accessible) });

export function readVenues(ctx: DataContext): Venue[] {
  return (ctx.sqlite.prepare(`${SELECT} ORDER BY v.name_fr, v.name_ar`).all() as Raw[]).map(shape);
}

export const getVenue = (ctx: DataContext, id: string): Venue =>
  shape(getOr404(ctx.sqlite.prepare(`${SELECT} WHERE v.id = ?`).get(id) as Raw | undefined));

export function listVenues(ctx: DataContext, input: ParsedInput<'venues.list'>): Venue[] {
  const q = fold(input.query);
  return readVenues(ctx).filter(
    (v) =>
      (input.includeArchived || !v.archivedAt) &&
      (!input.quartierId || v.quartierId === input.quartierId) &&
      (!q || fold(`${v.nameFr} ${v.nameAr} ${v.address} ${v.quartierFr} ${v.quartierAr}`).includes(q)),
  );
}

function assertQuartier(ctx: DataContext, quartierId: string | null): void {
  if (quartierId && !ctx.sqlite.prepare("SELECT 1 FROM directory_terms WHERE id = ? AND kind = 'quartier'").get(quartierId)) {
    throw new DomainError('invalid_input', 'errors.notFound', { issues: [{ path: 'quartierId', message: 'errors.notFound' }] });
  }
}

export function createVenue(ctx: DataContext, values: ParsedInput<'venues.create'>): Venue {
  const id = newId();
  inTransaction(ctx, () => {
    assertQuartier(ctx, values.quartierId);
    ctx.orm
      .insert(venues)
      .values({ id, ...values })
      .run();
    recordAudit(ctx, 'venues', id, 'create');
  });
  return getVenue(ctx, id);
}

export function updateVenue(ctx: DataContext, { id, ...values }: ParsedInput<'venues.update'>): Venue {
  inTransaction(ctx, () => {
    const before = getOr404(ctx.orm.select().from(venues).where(eq(venues.id, id)).get());
    assertQuartier(ctx, values.quartierId);
    updateAudited(ctx, venues, 'venues', before, values);
  });
  return getVenue(ctx, id);
}

export function setVenueArchived(ctx: DataContext, id: string, archived: boolean): Venue {
  setArchived(ctx, venues, 'venues', id, archived);
  return getVenue(ctx, id);
}

export const deleteVenue = (ctx: DataContext, { id, archiveInstead }: ParsedInput<'venues.delete'>): Output<'venues.delete'> =>
  deleteOrArchive(ctx, { table: venues, auditName: 'venues', id, archiveInstead, holders: () => catalogueHolders(ctx, 'venues', id) });
