import type { HandlerGroup } from '../../dispatch/types';
import { attendanceGrid, saveAttendance } from './attendance';
import { issueAttestations, listAttestations, revokeAttestation, verifyAttestation } from './attestations';
import { draftConflicts } from './conflicts';
import {
  addEnrolments,
  deleteEnrolment,
  enrolmentCandidates,
  listEnrolments,
  setEnrolmentPassed,
  setEnrolmentStatus,
} from './enrolment-service';
import { sessionsIcs } from './ics';
import { participationsReport } from './participations';
import { getPassport } from './passport';
import { addScan, deleteScan, getScan } from './scans';
import { getSession, listSessions } from './session-read';
import { createSession, deleteSession, proposeSession, setSessionStatus, updateSession } from './session-service';

export const sessionHandlers: HandlerGroup<
  | 'sessions.list'
  | 'sessions.get'
  | 'sessions.propose'
  | 'sessions.conflicts'
  | 'sessions.create'
  | 'sessions.update'
  | 'sessions.delete'
  | 'sessions.setStatus'
  | 'sessions.addScan'
  | 'sessions.getScan'
  | 'sessions.deleteScan'
  | 'sessions.ics'
  | 'sessions.participations'
  | 'enrolments.list'
  | 'enrolments.candidates'
  | 'enrolments.add'
  | 'enrolments.setStatus'
  | 'enrolments.setPassed'
  | 'enrolments.delete'
  | 'attendance.grid'
  | 'attendance.save'
  | 'attestations.list'
  | 'attestations.issue'
  | 'attestations.revoke'
  | 'attestations.verify'
  | 'passports.get'
> = {
  'sessions.list': (input, ctx) => listSessions(ctx, input),
  'sessions.get': ({ id }, ctx) => getSession(ctx, id),
  'sessions.propose': ({ actionId, courseId }, ctx) => proposeSession(ctx, actionId, courseId),
  'sessions.conflicts': (draft, ctx) => draftConflicts(ctx, draft),
  'sessions.create': (input, ctx) => createSession(ctx, input),
  'sessions.update': (input, ctx) => updateSession(ctx, input),
  'sessions.delete': ({ id }, ctx) => deleteSession(ctx, id),
  'sessions.setStatus': ({ id, status, reason }, ctx) => setSessionStatus(ctx, id, status, reason),
  'sessions.addScan': (input, ctx) => addScan(ctx, input),
  'sessions.getScan': ({ id }, ctx) => getScan(ctx, id),
  'sessions.deleteScan': ({ id }, ctx) => deleteScan(ctx, id),
  'sessions.ics': (input, ctx) => sessionsIcs(ctx, input),
  'sessions.participations': ({ year }, ctx) => participationsReport(ctx, year),
  'enrolments.list': ({ sessionId }, ctx) => listEnrolments(ctx, sessionId),
  'enrolments.candidates': ({ sessionId }, ctx) => enrolmentCandidates(ctx, sessionId),
  'enrolments.add': (input, ctx) => addEnrolments(ctx, input),
  'enrolments.setStatus': (input, ctx) => setEnrolmentStatus(ctx, input),
  'enrolments.setPassed': ({ id, passed }, ctx) => setEnrolmentPassed(ctx, id, passed),
  'enrolments.delete': ({ id }, ctx) => deleteEnrolment(ctx, id),
  'attendance.grid': ({ sessionId }, ctx) => attendanceGrid(ctx, sessionId),
  'attendance.save': (input, ctx) => saveAttendance(ctx, input),
  'attestations.list': (input, ctx) => listAttestations(ctx, input),
  'attestations.issue': (input, ctx) => issueAttestations(ctx, input),
  'attestations.revoke': ({ id, reason }, ctx) => revokeAttestation(ctx, id, reason),
  'attestations.verify': (input, ctx) => verifyAttestation(ctx, input),
  'passports.get': (input, ctx) => getPassport(ctx, input),
};
