import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { attendance, attestations, enrolments, sessionSlots, trainingSessions } from '../../db/schema';
import type { AttendanceMark, EnrolmentStatus, SessionStatus } from '../../api/channels/session-enums';
import { call, setup } from './helpers';

/**
 * A commune with two people to train (a staff member and an association trainee), one course, one
 * venue and three sessions in early 2026, written straight into the tables: the services that
 * create sessions, enrol and mark attendance are written on other branches, and what is tested
 * here (the calendar, the lists and the report) only reads.
 *
 * - ACC-1 (open): a slot on 12 February, before Casablanca goes to UTC+0 for Ramadan, and one on
 *   5 March, during Ramadan; both 09:00–12:30. Naïma (staff) attended the first only, Karim
 *   (association) both, late once; Karim has an attestation (Naïma's was revoked); Salma is on the waiting list.
 * - ACC-2 (cancelled): a slot in the same weeks, never on a calendar.
 * - NUM-1 (confirmed): a long Arabic title, one afternoon slot in March.
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
    const id = newId();
    ctx.orm
      .insert(trainingSessions)
      .values({ id, code, courseId: course.id, titleFr, titleAr, venueId: withVenue ? venue.id : null, status, maxCapacity: 2 })
      .run();
    const slotIds = slots.map(([date, startTime, endTime]) => {
      const slotId = newId();
      ctx.orm.insert(sessionSlots).values({ id: slotId, sessionId: id, date, startTime, endTime }).run();
      return slotId;
    });
    return { id, code, slotIds };
  };
  const enrol = (sessionId: string, who: { staffId?: string; traineeId?: string }, status: EnrolmentStatus) => {
    const id = newId();
    ctx.orm
      .insert(enrolments)
      .values({ id, sessionId, staffId: who.staffId ?? null, traineeId: who.traineeId ?? null, status })
      .run();
    return id;
  };
  const mark = (enrolmentId: string, slotId: string, m: AttendanceMark) =>
    ctx.orm.insert(attendance).values({ enrolmentId, slotId, mark: m }).run();

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
    status: 'cancelled',
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

  const naimaEnrolment = enrol(acc1.id, { staffId: naima.id }, 'attended_partial');
  mark(naimaEnrolment, acc1.slotIds[0], 'present');
  mark(naimaEnrolment, acc1.slotIds[1], 'absent');
  const karimEnrolment = enrol(acc1.id, { traineeId: karim.id }, 'attended_full');
  mark(karimEnrolment, acc1.slotIds[0], 'late');
  mark(karimEnrolment, acc1.slotIds[1], 'present');
  enrol(acc1.id, { staffId: salma.id }, 'waitlisted');
  enrol(acc2.id, { staffId: naima.id }, 'cancelled');
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
