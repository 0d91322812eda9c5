import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import type { Trainer, TrainerRow } from '../../../api/channels/catalogue';
import { recordAudit } from '../../audit/record';
import { selectAs } from '../../core/columns';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { newId } from '../../core/ids';
import { trainerExpertise, trainers } from '../../schema';
import { fold } from '../../search/fold';
import { deleteOrArchive, getOr404, inTransaction, setArchived, updateAudited } from '../shared/records';
import { catalogueHolders, readLanguages, writeLanguages } from './usage';

/**
 * Trainers: a staff member (internal: names from the staff record), an external person (their
 * own names), or an organisation of the social directory (names from the directory). A trainer
 * imported from another commune whose staff member or organisation this database does not hold
 * keeps its kind with no link and its own names (file-format.ts); such a trainer may stay so, or
 * be linked later. Contacts are personal data: the shared file carries only consenting trainers.
 */

const OWN = selectAs(trainers, [
  'id',
  'kind',
  'staffId',
  'organizationId',
  'bioFr',
  'bioAr',
  'languages',
  'dailyRateCentimes',
  'phone',
  'email',
  'shareConsent',
  'consentDate',
  'allowDoubleBooking',
  'archivedAt',
  'createdAt',
  'updatedAt',
]);

/** A trainer with the names shown: the linked record's when there is one, else its own. */
const SELECT = `
  SELECT ${OWN.split(', ')
    .map((c) => `t.${c}`)
    .join(', ')},
    t.name_fr AS ownNameFr, t.name_ar AS ownNameAr,
    CASE WHEN s.id IS NOT NULL THEN trim(s.last_name_fr || ' ' || s.first_name_fr)
         WHEN o.id IS NOT NULL THEN o.name_fr ELSE t.name_fr END AS nameFr,
    CASE WHEN s.id IS NOT NULL THEN trim(s.last_name_ar || ' ' || s.first_name_ar)
         WHEN o.id IS NOT NULL THEN o.name_ar ELSE t.name_ar END AS nameAr
  FROM trainers t
  LEFT JOIN staff s ON s.id = t.staff_id
  LEFT JOIN organizations o ON o.id = t.organization_id`;

type Raw = Omit<Trainer, 'languages' | 'expertise' | 'shareConsent' | 'allowDoubleBooking'> & {
  languages: string;
  shareConsent: number;
  allowDoubleBooking: number;
};

/** Each trainer's expertise, ordered by competency code. */
export function expertiseOf(ctx: DataContext, trainerId: string | null): Map<string, Trainer['expertise']> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT e.trainer_id AS trainerId, e.competency_id AS competencyId, c.code, c.name_fr AS nameFr, c.name_ar AS nameAr
       FROM trainer_expertise e JOIN competencies c ON c.id = e.competency_id
       ${trainerId ? 'WHERE e.trainer_id = ?' : ''} ORDER BY c.code`,
    )
    .all(...(trainerId ? [trainerId] : [])) as ({ trainerId: string } & Trainer['expertise'][number])[];
  const out = new Map<string, Trainer['expertise']>();
  for (const { trainerId: id, ...e } of rows) out.set(id, [...(out.get(id) ?? []), e]);
  return out;
}

const shape = (r: Raw, expertise: Trainer['expertise']): Trainer => ({
  ...r,
  languages: readLanguages(r.languages),
  shareConsent: Boolean(r.shareConsent),
  allowDoubleBooking: Boolean(r.allowDoubleBooking),
  expertise,
});

/** Every trainer, read whole (the list, the export and the printed directory). */
export function readTrainers(ctx: DataContext): Trainer[] {
  const expertise = expertiseOf(ctx, null);
  const rows = ctx.sqlite.prepare(`${SELECT} ORDER BY nameFr, nameAr`).all() as Raw[];
  return rows.map((r) => shape(r, expertise.get(r.id) ?? []));
}

export function getTrainer(ctx: DataContext, id: string): Trainer {
  const row = getOr404(ctx.sqlite.prepare(`${SELECT} WHERE t.id = ?`).get(id) as Raw | undefined);
  return shape(row, expertiseOf(ctx, id).get(id) ?? []);
}

export function listTrainers(ctx: DataContext, input: ParsedInput<'trainers.list'>): TrainerRow[] {
  const q = fold(input.query);
  return readTrainers(ctx)
    .filter(
      (t) =>
        (input.includeArchived || !t.archivedAt) &&
        (!input.kind || t.kind === input.kind) &&
        (input.shareConsent === null || t.shareConsent === input.shareConsent) &&
        (!input.competencyId || t.expertise.some((e) => e.competencyId === input.competencyId)) &&
        (!q || fold(`${t.nameFr} ${t.nameAr} ${t.email}`).includes(q)),
    )
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      staffId: t.staffId,
      organizationId: t.organizationId,
      nameFr: t.nameFr,
      nameAr: t.nameAr,
      languages: t.languages,
      phone: t.phone,
      email: t.email,
      shareConsent: t.shareConsent,
      archivedAt: t.archivedAt,
      expertise: t.expertise,
    }));
}

const issue = (path: string, message: string) => new DomainError('invalid_input', message, { issues: [{ path, message }] });

type Values = Omit<ParsedInput<'trainers.create'>, 'expertise'>;

/**
 * What is stored for a kind: only the link that kind uses; the names of a linked trainer are
 * read from its record (kept '' here, so a renamed staff member shows renamed). A consent date
 * without consent is not kept (consent withdrawn).
 */
function stored(ctx: DataContext, v: Values) {
  if (v.kind === 'internal' && v.staffId && !ctx.sqlite.prepare('SELECT 1 FROM staff WHERE id = ?').get(v.staffId)) {
    throw issue('staffId', 'errors.notFound');
  }
  if (
    v.kind === 'organisation' &&
    v.organizationId &&
    !ctx.sqlite.prepare('SELECT 1 FROM organizations WHERE id = ?').get(v.organizationId)
  ) {
    throw issue('organizationId', 'errors.notFound');
  }
  const staffId = v.kind === 'internal' ? v.staffId : null;
  const organizationId = v.kind === 'organisation' ? v.organizationId : null;
  const linked = Boolean(staffId || organizationId);
  return {
    ...v,
    staffId,
    organizationId,
    nameFr: linked ? '' : v.nameFr,
    nameAr: linked ? '' : v.nameAr,
    languages: writeLanguages(v.languages),
    consentDate: v.shareConsent ? v.consentDate : null,
  };
}

/** A staff member is at most one trainer. */
function assertStaffFree(ctx: DataContext, staffId: string | null, id?: string): void {
  if (!staffId) return;
  const other = ctx.sqlite.prepare('SELECT id FROM trainers WHERE staff_id = ?').get(staffId) as { id: string } | undefined;
  if (other && other.id !== id)
    throw new DomainError('conflict', 'errors.alreadyTrainer', { issues: [{ path: 'staffId', message: 'errors.alreadyTrainer' }] });
}

function assertExpertise(ctx: DataContext, ids: string[]): void {
  const exists = ctx.sqlite.prepare('SELECT 1 FROM competencies WHERE id = ?');
  if (ids.some((c) => !exists.get(c))) throw issue('expertise', 'errors.notFound');
}

/** Replaces a trainer's expertise; true when it changed (the caller audits `expertise`). */
export function writeExpertise(ctx: DataContext, trainerId: string, ids: string[]): boolean {
  const current = (
    ctx.sqlite.prepare('SELECT competency_id AS id FROM trainer_expertise WHERE trainer_id = ?').all(trainerId) as { id: string }[]
  ).map((r) => r.id);
  const wanted = [...new Set(ids)];
  if (JSON.stringify([...current].sort()) === JSON.stringify([...wanted].sort())) return false;
  ctx.orm.delete(trainerExpertise).where(eq(trainerExpertise.trainerId, trainerId)).run();
  for (const competencyId of wanted) ctx.orm.insert(trainerExpertise).values({ trainerId, competencyId }).run();
  return true;
}

export function createTrainer(ctx: DataContext, { expertise, ...values }: ParsedInput<'trainers.create'>): Trainer {
  const id = newId();
  inTransaction(ctx, () => {
    const row = stored(ctx, values);
    assertStaffFree(ctx, row.staffId);
    assertExpertise(ctx, expertise);
    ctx.orm
      .insert(trainers)
      .values({ id, ...row })
      .run();
    writeExpertise(ctx, id, expertise);
    recordAudit(ctx, 'trainers', id, 'create');
  });
  return getTrainer(ctx, id);
}

export function updateTrainer(ctx: DataContext, { id, expertise, ...values }: ParsedInput<'trainers.update'>): Trainer {
  inTransaction(ctx, () => {
    const before = getOr404(ctx.orm.select().from(trainers).where(eq(trainers.id, id)).get());
    // Without a link, a trainer of kind internal or organisation is one imported from another
    // commune: it may stay so (with its names), but a local trainer cannot lose its link.
    const unlinked = (v: { kind: string; staffId: string | null; organizationId: string | null }) =>
      (v.kind === 'internal' && !v.staffId) || (v.kind === 'organisation' && !v.organizationId);
    if (unlinked(values) && !(before.kind === values.kind && unlinked(before))) {
      throw values.kind === 'internal'
        ? issue('staffId', 'errors.trainerStaffRequired')
        : issue('organizationId', 'errors.trainerOrganizationRequired');
    }
    const row = stored(ctx, values);
    assertStaffFree(ctx, row.staffId, id);
    assertExpertise(ctx, expertise);
    updateAudited(ctx, trainers, 'trainers', before, row);
    if (writeExpertise(ctx, id, expertise)) recordAudit(ctx, 'trainers', id, 'update', ['expertise']);
  });
  return getTrainer(ctx, id);
}

export function setTrainerArchived(ctx: DataContext, id: string, archived: boolean): Trainer {
  setArchived(ctx, trainers, 'trainers', id, archived);
  return getTrainer(ctx, id);
}

export const deleteTrainer = (ctx: DataContext, { id, archiveInstead }: ParsedInput<'trainers.delete'>): Output<'trainers.delete'> =>
  deleteOrArchive(ctx, {
    table: trainers,
    auditName: 'trainers',
    id,
    archiveInstead,
    holders: () => catalogueHolders(ctx, 'trainers', id),
  });

/**
 * Whether a staff member trains others, and how many active courses of the catalogue develop a
 * competency of their expertise (what the staff drawer says: "Formateur interne · n formations").
 */
export function trainerOfStaff(ctx: DataContext, staffId: string): Output<'trainers.ofStaff'> {
  const row = ctx.sqlite
    .prepare(
      `SELECT t.id AS trainerId, t.archived_at IS NOT NULL AS archived,
              (SELECT count(DISTINCT cc.course_id) FROM course_competencies cc JOIN courses c ON c.id = cc.course_id
               WHERE c.archived_at IS NULL AND cc.competency_id IN (SELECT competency_id FROM trainer_expertise WHERE trainer_id = t.id)) AS courses
       FROM trainers t WHERE t.staff_id = ? AND t.kind = 'internal'`,
    )
    .get(staffId) as { trainerId: string; archived: number; courses: number } | undefined;
  return row ? { trainerId: row.trainerId, courses: row.courses, archived: Boolean(row.archived) } : null;
}
