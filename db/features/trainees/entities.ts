import { associationTrainees } from '../../schema';
import type { EntityEntries } from '../../registry/types';

/** The associations' social workers who attend trainings: their phone and e-mail are personal contact data. */
export const traineeEntities: EntityEntries<'associationTrainees'> = {
  associationTrainees: {
    personalRows: true,
    kind: 'record',
    table: associationTrainees,
    counted: true,
    demo: true,
    contactFields: ['phone', 'email'],
    freeTextFields: ['consentScope'],
  },
};
