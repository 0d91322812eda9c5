import { courseCompetencies, courses, trainerExpertise, trainers, venues } from '../../schema';
import type { EntityEntries } from '../../registry/types';

/**
 * The directory of trainings and trainers (R3.9). A trainer's phone and e-mail are personal
 * contact data: the no-contacts backup profile empties them, and the shared catalogue file
 * carries them only with the trainer's consent.
 */
export const catalogueEntities: EntityEntries<'courses' | 'courseCompetencies' | 'trainers' | 'trainerExpertise' | 'venues'> = {
  courses: { kind: 'record', table: courses, counted: true, demo: true, auditFields: ['competencies'] },
  courseCompetencies: { kind: 'record', table: courseCompetencies, demo: true },
  trainers: { kind: 'record', table: trainers, counted: true, demo: true, contactFields: ['phone', 'email'], auditFields: ['expertise'] },
  trainerExpertise: { kind: 'record', table: trainerExpertise, demo: true },
  venues: { kind: 'record', table: venues, counted: true, demo: true },
};
