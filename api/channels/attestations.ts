import { z } from 'zod';
import { id } from '../common';
import { ENROLMENT_STATUSES, PARTICIPANT_TYPES } from './session-enums';

/**
 * Attestations (issue 11): numbered per year (SAS-2026-0042), signed by the installation's Ed25519
 * key over their content; the verification code printed on the paper is the start of that
 * signature, which a partner's coordinator checks offline against the imported dataset.
 */

/** What an attestation states, as signed. Changing any field breaks the signature. */
export const attestationContent = z.object({
  number: z.string(),
  issuedOn: z.string(),
  installationId: z.string(),
  communeFr: z.string(),
  communeAr: z.string(),
  participantType: z.enum(PARTICIPANT_TYPES),
  /** Matricule for staff; empty for association trainees. */
  matricule: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  organizationFr: z.string(),
  organizationAr: z.string(),
  sessionCode: z.string(),
  courseCode: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  objectivesFr: z.string(),
  objectivesAr: z.string(),
  firstDate: z.string(),
  lastDate: z.string(),
  hours: z.number(),
  hoursAttended: z.number(),
  /** 'attendance' or 'achievement' (passed the planned test). */
  kind: z.enum(['attendance', 'achievement']),
  signatories: z.array(z.object({ nameFr: z.string(), nameAr: z.string(), titleFr: z.string(), titleAr: z.string() })),
});
export type AttestationContent = z.infer<typeof attestationContent>;

export const attestation = z.object({
  id,
  enrolmentId: id,
  number: z.string(),
  issuedOn: z.string(),
  content: attestationContent,
  /** Printed on the paper: 16 letters and digits in 4 groups (the signature's start, base32). */
  verificationCode: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string(),
});
export type Attestation = z.infer<typeof attestation>;

export const attestationIssue = z.object({
  sessionId: id,
  /** Empty: every eligible participant of the session who has none yet. */
  enrolmentIds: z.array(id).max(2000).default([]),
});
export const attestationIssueOutput = z.object({
  issued: z.array(attestation),
  /** Asked for but not eligible (attendance below what is needed, test not passed) or already holding one. */
  skipped: z.array(z.object({ enrolmentId: id, reason: z.enum(['notEligible', 'alreadyIssued']) })),
});

export const attestationRevoke = z.object({
  id,
  reason: z.string().trim().min(1, { message: 'errors.reasonRequired' }).max(1000, { message: 'errors.tooLong' }),
});

export const attestationListInput = z.object({
  sessionId: id.nullable().default(null),
  enrolmentIds: z.array(id).max(2000).default([]),
});

export const attestationVerifyInput = z.object({
  number: z.string().trim().min(1, { message: 'errors.required' }).max(40),
  code: z.string().trim().min(1, { message: 'errors.required' }).max(40),
});
export const VERIFY_RESULTS = ['valid', 'revoked', 'unknown', 'codeMismatch', 'altered'] as const;
export const attestationVerifyOutput = z.object({
  result: z.enum(VERIFY_RESULTS),
  /** Where it was found: the installation's own data or a partner's dataset (its commune). */
  source: z.object({ own: z.boolean(), communeFr: z.string(), communeAr: z.string() }).nullable(),
  content: attestationContent.nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string(),
});

/* ---- The training passport ---- */

export const passportInput = z
  .object({ staffId: id.nullable().default(null), traineeId: id.nullable().default(null) })
  .refine((p) => (p.staffId === null) !== (p.traineeId === null), { message: 'errors.enrolment.oneParticipant' });

export const passportLine = z.object({
  sessionId: id,
  sessionCode: z.string(),
  courseCode: z.string(),
  titleFr: z.string(),
  titleAr: z.string(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  hours: z.number(),
  sessionStatus: z.string(),
});
export const passport = z.object({
  participantType: z.enum(PARTICIPANT_TYPES),
  nameFr: z.string(),
  nameAr: z.string(),
  matricule: z.string(),
  groupFr: z.string(),
  groupAr: z.string(),
  followed: z.array(
    passportLine.extend({
      enrolmentId: id,
      status: z.enum(ENROLMENT_STATUSES),
      hoursAttended: z.number(),
      attestation: z.object({ id, number: z.string(), revoked: z.boolean() }).nullable(),
    }),
  ),
  /** Sessions given as a trainer (staff who are internal trainers). */
  given: z.array(passportLine),
  totals: z.object({ sessions: z.number().int(), hoursAttended: z.number(), attestations: z.number().int(), hoursGiven: z.number() }),
});
export type Passport = z.infer<typeof passport>;
