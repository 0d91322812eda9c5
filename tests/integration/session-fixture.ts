import type { DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { call } from './helpers';
import { reviewCase } from './review-fixture';

/**
 * The review case (review-fixture.ts) with what sessions need: a course K1 (12 h, groups of 20),
 * a venue of 10 seats, two trainers (Tarik, who may not double-book, and the Réseau, who may),
 * an association with two trainees (Nadia f, Omar m), and a session builder.
 */
export function sessionCase(ctx: DataContext) {
  const k = reviewCase(ctx);
  const courseId = newId();
  ctx.sqlite
    .prepare(
      "INSERT INTO courses (id, code, title_fr, title_ar, hours, group_size, attestation) VALUES (?, 'K1', 'Écoute active', 'الإنصات الفعال', 12, 20, 'attendance')",
    )
    .run(courseId);
  const venue = call(ctx, 'venues.create', { nameFr: 'Salle polyvalente', nameAr: 'القاعة متعددة الاختصاصات', capacity: 10 });
  const tarik = call(ctx, 'trainers.create', { kind: 'external', nameFr: 'Tarik Benali', nameAr: 'طارق بنعلي' });
  const reseau = call(ctx, 'trainers.create', {
    kind: 'external',
    nameFr: 'Réseau Oriental',
    nameAr: 'شبكة الشرق',
    allowDoubleBooking: true,
  });
  const org = call(ctx, 'organizations.create', { nameFr: 'Association Espoir', nameAr: 'جمعية الأمل' });
  const trainee = (lastNameFr: string, gender: 'f' | 'm') =>
    call(ctx, 'trainees.create', { organizationId: org.id, lastNameFr, firstNameFr: 'Y', lastNameAr: lastNameFr, gender });
  const nadia = trainee('Nadia', 'f');
  const omar = trainee('Omar', 'm');
  /** A session of K1 on the given days (09:00–12:30 each), with Tarik, in the venue, for its 10 seats. */
  const session = (days: string[], extra: Record<string, unknown> = {}) =>
    call(ctx, 'sessions.create', {
      courseId,
      titleFr: 'Écoute active',
      titleAr: 'الإنصات الفعال',
      venueId: venue.id,
      trainerIds: [tarik.id],
      maxCapacity: 10,
      slots: days.map((date) => ({ date, startTime: '09:00', endTime: '12:30' })),
      ...extra,
    } as never);
  return { ...k, courseId, venue, tarik, reseau, org, nadia, omar, session };
}
