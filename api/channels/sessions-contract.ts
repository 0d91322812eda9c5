import { z } from 'zod';
import { channel } from '../channel';
import { id } from '../common';
import type { Entity } from '../entities';
import * as at from './attestations';
import * as s from './sessions';

/** What sessions, their enrolment and their conflicts are computed from. */
const SESSION_READS: readonly Entity[] = [
  'sessions',
  'sessionSlots',
  'sessionTrainers',
  'sessionCosts',
  'sessionScans',
  'enrolments',
  'attendance',
  'attestations',
  'courses',
  'trainers',
  'venues',
  'staff',
  'units',
  'associationTrainees',
  'organizations',
  'plans',
  'planActions',
  'planFunders',
  'needs',
  'settings',
];
const SESSION_WRITES: readonly Entity[] = ['sessions', 'sessionSlots', 'sessionTrainers', 'sessionCosts', 'auditLog'];
const ENROLMENT_WRITES: readonly Entity[] = ['enrolments', 'auditLog'];

/** The sessions, enrolment, attendance, attestations and passports channels (issue 11). */
export const sessionChannels = {
  'sessions.list': channel({ input: s.sessionListInput, output: z.array(s.sessionRow), reads: SESSION_READS }),
  'sessions.get': channel({ input: z.object({ id }), output: s.sessionDetail, reads: SESSION_READS }),
  /** The start of a new session for an action (or a course, outside the plan): nothing is written. */
  'sessions.propose': channel({
    input: z.object({ actionId: id.nullable().default(null), courseId: id.nullable().default(null) }),
    output: s.sessionProposal,
    reads: SESSION_READS,
  }),
  /** The conflicts a session would have if saved as the form holds it (nothing is written). */
  'sessions.conflicts': channel({ input: s.sessionDraft, output: z.array(s.conflict), reads: SESSION_READS }),
  'sessions.create': channel({ input: s.sessionCreate, output: s.sessionDetail, reads: SESSION_READS, writes: SESSION_WRITES }),
  /** Changing the slots of a session keeps the marks of the slots that stay; a removed slot's marks go with it. */
  'sessions.update': channel({
    input: s.sessionUpdate,
    output: s.sessionDetail,
    reads: SESSION_READS,
    writes: [...SESSION_WRITES, 'attendance', 'enrolments'],
  }),
  /** Only a session nobody attended and no attestation names can be deleted; otherwise cancel it. */
  'sessions.delete': channel({
    input: z.object({ id }),
    output: z.object({ deleted: z.boolean() }),
    reads: SESSION_READS,
    writes: [...SESSION_WRITES, 'enrolments', 'attendance', 'sessionScans'],
  }),
  'sessions.setStatus': channel({ input: s.statusChange, output: s.sessionDetail, reads: SESSION_READS, writes: SESSION_WRITES }),
  'sessions.addScan': channel({ input: s.scanAdd, output: s.sessionDetail, reads: SESSION_READS, writes: ['sessionScans', 'auditLog'] }),
  'sessions.getScan': channel({
    input: z.object({ id }),
    output: s.scanInfo.extend({ contentBase64: z.string() }),
    reads: ['sessionScans'],
  }),
  'sessions.deleteScan': channel({
    input: z.object({ id }),
    output: s.sessionDetail,
    reads: SESSION_READS,
    writes: ['sessionScans', 'auditLog'],
  }),
  /** RFC 5545 calendar of one session or of the sessions with a slot in a period. */
  'sessions.ics': channel({ input: s.icsInput, output: s.icsOutput, reads: SESSION_READS }),
  /** CSV (French Excel) of every enrolment in a session with a slot in the year: `sas report participations`. */
  'sessions.participations': channel({
    input: z.object({ year: z.number().int().min(2000, { message: 'errors.invalidYear' }).max(2100, { message: 'errors.invalidYear' }) }),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), rows: z.number().int() }),
    reads: SESSION_READS,
  }),

  'enrolments.list': channel({ input: z.object({ sessionId: id }), output: z.array(s.enrolment), reads: SESSION_READS }),
  'enrolments.candidates': channel({ input: z.object({ sessionId: id }), output: z.array(s.enrolmentCandidate), reads: SESSION_READS }),
  'enrolments.add': channel({ input: s.enrolmentAdd, output: s.enrolmentChange, reads: SESSION_READS, writes: ENROLMENT_WRITES }),
  /** Approve, decline, book (a place, or the waiting list when full), cancel; a freed place moves the first waiting person up. */
  'enrolments.setStatus': channel({
    input: s.enrolmentSetStatus,
    output: s.enrolmentChange,
    reads: SESSION_READS,
    writes: ENROLMENT_WRITES,
  }),
  'enrolments.setPassed': channel({ input: s.enrolmentPassed, output: s.enrolmentChange, reads: SESSION_READS, writes: ENROLMENT_WRITES }),
  /** Only an enrolment without attendance or attestation can be removed; otherwise cancel it. */
  'enrolments.delete': channel({
    input: z.object({ id }),
    output: s.enrolmentChange,
    reads: SESSION_READS,
    writes: [...ENROLMENT_WRITES, 'attendance'],
  }),

  'attendance.grid': channel({ input: z.object({ sessionId: id }), output: s.attendanceGrid, reads: SESSION_READS }),
  /** Marks per slot; each participant's outcome follows once every slot is marked. */
  'attendance.save': channel({
    input: s.attendanceSave,
    output: s.attendanceGrid,
    reads: SESSION_READS,
    writes: ['attendance', 'enrolments', 'auditLog'],
  }),

  'attestations.list': channel({ input: at.attestationListInput, output: z.array(at.attestation), reads: SESSION_READS }),
  'attestations.issue': channel({
    input: at.attestationIssue,
    output: at.attestationIssueOutput,
    reads: SESSION_READS,
    writes: ['attestations', 'auditLog'],
  }),
  'attestations.revoke': channel({
    input: at.attestationRevoke,
    output: at.attestation,
    reads: SESSION_READS,
    writes: ['attestations', 'auditLog'],
  }),
  /** Checks a paper attestation (its number and code) against this installation's data and the partners' datasets. */
  'attestations.verify': channel({
    input: at.attestationVerifyInput,
    output: at.attestationVerifyOutput,
    reads: ['attestations', 'partnerDatasets'],
  }),

  'passports.get': channel({ input: at.passportInput, output: at.passport, reads: SESSION_READS }),
};
