import {
  attendance,
  attestations,
  enrolments,
  sessionCosts,
  sessionScans,
  sessionSlots,
  sessionTrainers,
  trainingSessions,
} from '../../schema';
import type { EntityEntries } from '../../registry/types';

/**
 * The delivery of the plan: sessions, their slots, trainers, costs and scanned sign-in sheets,
 * enrolment, attendance and attestations. A scan shows names and signatures: the no-contacts
 * backup profile empties it, like the session's notes.
 */
export const sessionEntities: EntityEntries<
  'sessions' | 'sessionSlots' | 'sessionTrainers' | 'sessionCosts' | 'sessionScans' | 'enrolments' | 'attendance' | 'attestations'
> = {
  sessions: {
    kind: 'record',
    table: trainingSessions,
    counted: true,
    demo: true,
    freeTextFields: ['notes', 'statusReason'],
    auditFields: ['slots', 'trainers', 'costs'],
  },
  sessionSlots: { kind: 'record', table: sessionSlots, demo: true },
  sessionTrainers: { kind: 'record', table: sessionTrainers, demo: true },
  sessionCosts: { kind: 'record', table: sessionCosts, demo: true },
  sessionScans: { personalRows: true, kind: 'record', table: sessionScans, demo: true, contactFields: ['data'] },
  enrolments: { personalRows: true, kind: 'record', table: enrolments, counted: true, demo: true, freeTextFields: ['reason'] },
  attendance: { personalRows: true, kind: 'record', table: attendance, counted: true, demo: true },
  attestations: { personalRows: true, kind: 'record', table: attestations, counted: true, demo: true, freeTextFields: ['revokeReason'] },
};
