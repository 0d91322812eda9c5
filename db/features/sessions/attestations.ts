import type { z } from 'zod';
import {
  type Attestation,
  type AttestationContent,
  type attestationIssueOutput,
  type attestationListInput,
  attestationIssue,
} from '../../../api/channels/attestations';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import type { StoredKeys } from '../../core/key-store';
import { DomainError, notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { ensureKeys } from '../backup/keys';
import { readSettings } from '../settings/settings-service';
import { inTransaction } from '../shared/records';
import { contentFor, eligible, participantsOf, sessionFacts } from './attestation-content';
import { attestationNumber, canonicalJson, signContent, verificationCode } from './attestation-signing';

export { verifyAttestation } from './attestation-verify';

/**
 * Issuing, listing and revoking attestations (docs/ARCHITECTURE.md §14, "Attestations"). Numbers
 * are given inside one IMMEDIATE transaction, so two windows or two processes on the same file
 * never take the same number nor leave a gap; the unique indexes are the last guard.
 */

type IssueInput = z.output<typeof attestationIssue>;
type IssueOutput = z.infer<typeof attestationIssueOutput>;
type ListInput = z.output<typeof attestationListInput>;

interface Row {
  id: string;
  enrolmentId: string;
  number: string;
  issuedOn: string;
  content: string;
  signature: string;
  revokedAt: string | null;
  revokeReason: string;
}

const SELECT = `SELECT at.id, at.enrolment_id AS enrolmentId, at.number, at.issued_on AS issuedOn, at.content, at.signature,
  at.revoked_at AS revokedAt, at.revoke_reason AS revokeReason FROM attestations at`;

const toAttestation = (r: Row): Attestation => ({
  id: r.id,
  enrolmentId: r.enrolmentId,
  number: r.number,
  issuedOn: r.issuedOn,
  content: JSON.parse(r.content) as AttestationContent,
  verificationCode: verificationCode(r.signature),
  revokedAt: r.revokedAt,
  revokeReason: r.revokeReason,
});

/** Today's date where the commune is (an attestation issued at 00:30 in Morocco bears that day). */
export function localDate(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function listAttestations(ctx: DataContext, input: ListInput): Attestation[] {
  const where: string[] = [];
  const params: string[] = [];
  if (input.sessionId) {
    where.push('e.session_id = ?');
    params.push(input.sessionId);
  }
  if (input.enrolmentIds.length) {
    where.push(`at.enrolment_id IN (${input.enrolmentIds.map(() => '?').join(', ')})`);
    params.push(...input.enrolmentIds);
  }
  const sql = `${SELECT} JOIN enrolments e ON e.id = at.enrolment_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY at.year, at.sequence`;
  return (ctx.sqlite.prepare(sql).all(...params) as Row[]).map(toAttestation);
}

/**
 * Issues the attestations of a session: to the enrolments asked for, or (none asked) to every
 * eligible participant who has none yet. The keys are fetched first (they may live behind the
 * OS keychain): the numbering transaction itself never waits.
 */
export async function issueAttestations(ctx: DataContext, input: IssueInput, now = new Date()): Promise<IssueOutput> {
  if (!ctx.installation || ctx.readOnly) throw new DomainError('read_only', 'errors.attestation.ownDataOnly');
  return issueWithKeys(ctx, await ensureKeys(ctx.installation.keyStore), input, now);
}

/** The synchronous part, once the keys are at hand (the demo issues inside its own transaction). */
export function issueWithKeys(ctx: DataContext, keys: StoredKeys, input: IssueInput, now = new Date()): IssueOutput {
  const { sessionId, enrolmentIds } = attestationIssue.parse(input);
  return inTransaction(ctx, () => {
    const session = sessionFacts(ctx, sessionId);
    if (session.courseAttestation === 'none') throw new DomainError('conflict', 'errors.attestation.courseHasNone');
    const participants = participantsOf(ctx, sessionId);
    const byId = new Map(participants.map((p) => [p.enrolmentId, p]));
    for (const id of enrolmentIds) if (!byId.has(id)) throw notFound('errors.attestation.notInSession');
    const live = new Set(
      (
        stmt(
          ctx,
          `SELECT at.enrolment_id AS id FROM attestations at JOIN enrolments e ON e.id = at.enrolment_id
           WHERE e.session_id = ? AND at.revoked_at IS NULL`,
        ).all(sessionId) as { id: string }[]
      ).map((r) => r.id),
    );
    const asked = enrolmentIds.length > 0;
    const candidates = asked
      ? [...new Set(enrolmentIds)].map((id) => byId.get(id)!)
      : participants.filter((p) => !live.has(p.enrolmentId) && (p.status === 'attended_full' || p.status === 'attended_partial'));

    const issuedOn = localDate(readSettings(ctx).timeZone, now);
    const year = Number(issuedOn.slice(0, 4));
    let sequence = (stmt(ctx, 'SELECT coalesce(max(sequence), 0) AS n FROM attestations WHERE year = ?').get(year) as { n: number }).n;
    const out: IssueOutput = { issued: [], skipped: [] };
    const insert = stmt(
      ctx,
      `INSERT INTO attestations (id, enrolment_id, year, sequence, number, issued_on, content, signature, signer_public_key, created_at, updated_at)
       VALUES (@id, @enrolmentId, @year, @sequence, @number, @issuedOn, @content, @signature, @signerPublicKey, @at, @at)`,
    );
    for (const p of candidates) {
      if (live.has(p.enrolmentId)) {
        out.skipped.push({ enrolmentId: p.enrolmentId, reason: 'alreadyIssued' });
        continue;
      }
      if (!eligible(session, p)) {
        out.skipped.push({ enrolmentId: p.enrolmentId, reason: 'notEligible' });
        continue;
      }
      sequence += 1;
      const number = attestationNumber(year, sequence);
      const content = canonicalJson(contentFor(ctx, session, p, number, issuedOn));
      const row: Row = {
        id: newId(),
        enrolmentId: p.enrolmentId,
        number,
        issuedOn,
        content,
        signature: signContent(keys, content),
        revokedAt: null,
        revokeReason: '',
      };
      insert.run({ ...row, year, sequence, signerPublicKey: keys.signing.publicKey, at: nowIso() });
      recordAudit(ctx, 'attestations', row.id, 'create');
      live.add(p.enrolmentId);
      out.issued.push(toAttestation(row));
    }
    return out;
  });
}

/** Withdraws an attestation (issued by mistake, or to a person who did not attend): kept, with the reason. */
export function revokeAttestation(ctx: DataContext, id: string, reason: string): Attestation {
  return inTransaction(ctx, () => {
    const row = stmt(ctx, `${SELECT} WHERE at.id = ?`).get(id) as Row | undefined;
    if (!row) throw notFound();
    if (row.revokedAt) throw new DomainError('conflict', 'errors.attestation.alreadyRevoked');
    const at = nowIso();
    stmt(ctx, 'UPDATE attestations SET revoked_at = ?, revoke_reason = ?, updated_at = ? WHERE id = ?').run(at, reason, at, id);
    recordAudit(ctx, 'attestations', id, 'update', ['revokedAt', 'revokeReason']);
    return toAttestation({ ...row, revokedAt: at, revokeReason: reason });
  });
}
