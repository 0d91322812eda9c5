import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { attestations } from '../../db/schema';
import type { AttendanceMark, SessionStatus } from '../../api/channels/session-enums';
import { call, setup } from './helpers';

/**
 * A commune with people to train (two staff members and an association trainee), one course, one
 * venue and three sessions in early 2026, made through the channels as the screens make them;
 * the attestations are written straight into their table (issuing one signs it with the
 * installation's keys, which is attestations.test.ts's subject, not this one's).
 *
 * - ACC-1 (open, 2 seats): a slot on 12 February, before Casablanca goes to UTC+0 for Ramadan, and
 *   one on 5 March, during Ramadan; both 09:00–12:30. Naïma (staff) attended the first only,
 *   Karim (association) both, late once; Karim has an attestation (Naïma's was revoked); Salma
 *   booked after them and is on the waiting list.
 * - ACC-2 (cancelled): a slot in the same weeks, never on a calendar; Naïma's enrolment cancelled.
 * - NUM-1 (confirmed): a long Arabic title, no venue, one afternoon slot in March.
 */

export const LONG_ARABIC_TITLE =
  'التكوين في استقبال المرتفقين وتوجيههم داخل مصالح العمل الاجتماعي بالجماعة مع التركيز على الفئات الهشة والأشخاص في وضعية إعاقة';

interface SessionSpec {
  code: string;
  status: SessionStatus;
  titleFr: string;
  titleAr: string;
  slots: [date: string, start: string, end: string][];
  withVenue?: boolean;
}

export function calendarCase(ctx: DataContext) {
  setup(ctx);
  const course = call(ctx, 'courses.create', {
    code: 'FOR-ACC',
    titleFr: 'Accueil des usagers',
    titleAr: 'استقبال المرتفقين',
    hours: 7,
    competencies: [],
  });
  const venue = call(ctx, 'venues.create', {
    nameFr: 'Salle polyvalente',
    nameAr: 'القاعة المتعددة الاختصاصات',
    address: 'Bd Mohammed V, Berkane',
    capacity: 30,
  });
  const naima = call(ctx, 'staff.create', {
    matricule: '1204001',
    firstNameFr: 'Naïma',
    lastNameFr: 'Benali',
    firstNameAr: 'نعيمة',
    lastNameAr: 'بنعلي',
    gender: 'f',
  });
  const salma = call(ctx, 'staff.create', { matricule: '1204002', firstNameFr: 'Salma', lastNameFr: 'Ziani', gender: 'f' });
  const association = call(ctx, 'organizations.create', { nameFr: 'Association Espoir', nameAr: 'جمعية الأمل' }).id;
  const karim = call(ctx, 'trainees.create', {
    organizationId: association,
    firstNameFr: 'Karim',
    lastNameFr: 'Amrani',
    gender: 'm',
    function: 'animator',
  });

  const session = ({ code, status, titleFr, titleAr, slots, withVenue = true }: SessionSpec) => {
    const created = call(ctx, 'sessions.create', {
      code,
      courseId: course.id,
      titleFr,
      titleAr,
      venueId: withVenue ? venue.id : null,
      maxCapacity: 2,
      slots: slots.map(([date, startTime, endTime]) => ({ date, startTime, endTime })),
    });
    const path: Record<string, SessionStatus[]> = { open: ['open'], confirmed: ['open', 'confirmed'], cancelled: [] };
    for (const next of path[status] ?? []) call(ctx, 'sessions.setStatus', { id: created.id, status: next });
    return { id: created.id, code, slotIds: created.slots.map((x) => x.id) };
  };
  /** Enrols and books each person in turn (the session's seats first, then its waiting list). */
  const book = (sessionId: string, who: { staffId?: string; traineeId?: string }[]) => {
    const added = call(ctx, 'enrolments.add', {
      sessionId,
      participants: who.map((w) => ({ staffId: w.staffId ?? null, traineeId: w.traineeId ?? null })),
    }).enrolments;
    const idOf = (w: { staffId?: string; traineeId?: string }) =>
      added.find((e) => (w.staffId ? e.staffId === w.staffId : e.traineeId === w.traineeId))!.id;
    const ids = who.map(idOf);
    call(ctx, 'enrolments.setStatus', { ids, status: 'approved', decidedBy: 'Chef du service' });
    for (const id of ids) call(ctx, 'enrolments.setStatus', { ids: [id], status: 'booked', decidedBy: '' });
    return ids;
  };

  const acc1 = session({
    code: 'ACC-1',
    status: 'open',
    titleFr: 'Accueil des usagers, session 1',
    titleAr: 'استقبال المرتفقين',
    slots: [
      ['2026-02-12', '09:00', '12:30'],
      ['2026-03-05', '09:00', '12:30'],
    ],
  });
  const acc2 = session({
    code: 'ACC-2',
    status: 'open',
    titleFr: 'Accueil des usagers, session 2',
    titleAr: '',
    slots: [['2026-02-19', '09:00', '12:30']],
  });
  const num1 = session({
    code: 'NUM-1',
    status: 'confirmed',
    titleFr: '',
    titleAr: LONG_ARABIC_TITLE,
    slots: [['2026-03-10', '14:00', '17:00']],
    withVenue: false,
  });

  const [naimaEnrolment, karimEnrolment] = book(acc1.id, [{ staffId: naima.id }, { traineeId: karim.id }, { staffId: salma.id }]);
  const marks: [string, number, AttendanceMark][] = [
    [naimaEnrolment, 0, 'present'],
    [naimaEnrolment, 1, 'absent'],
    [karimEnrolment, 0, 'late'],
    [karimEnrolment, 1, 'present'],
  ];
  call(ctx, 'attendance.save', {
    sessionId: acc1.id,
    marks: marks.map(([enrolmentId, slot, mark]) => ({ enrolmentId, slotId: acc1.slotIds[slot], mark })),
  });
  const [acc2Enrolment] = book(acc2.id, [{ staffId: naima.id }]);
  call(ctx, 'enrolments.setStatus', { ids: [acc2Enrolment], status: 'cancelled', decidedBy: '', reason: 'Congé' });
  call(ctx, 'sessions.setStatus', { id: acc2.id, status: 'cancelled', reason: 'Formateur indisponible' });
  const attest = (enrolmentId: string, sequence: number, revokedAt: string | null) =>
    ctx.orm
      .insert(attestations)
      .values({
        id: newId(),
        enrolmentId,
        year: 2026,
        sequence,
        number: `SAS-2026-${String(sequence).padStart(4, '0')}`,
        issuedOn: '2026-03-06',
        content: '{}',
        signature: 'x',
        signerPublicKey: 'x',
        revokedAt,
        revokeReason: revokedAt ? 'Issued by mistake' : '',
      })
      .run();
  attest(karimEnrolment, 1, null);
  // Naïma's was issued by mistake and revoked: the report names no attestation for her.
  attest(naimaEnrolment, 2, '2026-03-07T10:00:00.000Z');

  return { course, venue, naima, salma, karim, acc1, acc2, num1 };
}
