import type { z } from 'zod';
import { type AttestationContent, attestationContent, type attestationVerifyOutput } from '../../../api/channels/attestations';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import { storedKeys } from '../backup/keys';
import { openPartnerDataset } from '../backup/partners';
import { readSettings } from '../settings/settings-service';
import { contentSigned, normalizeCode, normalizeNumber, verificationCode } from './attestation-signing';

/**
 * Checking a paper attestation (its number and code) offline: against this installation's data
 * signed by its own key, and against every partner dataset signed by the key pinned when that
 * partner's backup was first imported. Numbers restart in every commune, so one number may be
 * found in several places: the code typed says which one is meant.
 */

type VerifyOutput = z.infer<typeof attestationVerifyOutput>;

interface Place {
  own: boolean;
  installationId: string;
  communeFr: string;
  communeAr: string;
  /** The key this place's attestations must be signed with. */
  signerPublicKey: string;
  ctx: () => DataContext;
}

interface Found {
  place: Place;
  number: string;
  content: string;
  signature: string;
  signerPublicKey: string;
  revokedAt: string | null;
  revokeReason: string;
}

function findIn(place: Place, number: string): Found[] {
  let ctx: DataContext;
  try {
    ctx = place.ctx();
  } catch {
    // A partner file missing or refused: the others are still checked (the partners page says why).
    return [];
  }
  const rows = ctx.sqlite
    .prepare(
      `SELECT number, content, signature, signer_public_key AS signerPublicKey, revoked_at AS revokedAt, revoke_reason AS revokeReason
       FROM attestations WHERE number = ?`,
    )
    .all(number) as Omit<Found, 'place'>[];
  return rows.map((r) => ({ ...r, place }));
}

function partnerPlaces(own: DataContext): Place[] {
  const rows = own.sqlite
    .prepare(
      `SELECT source_installation_id AS installationId, commune_fr AS communeFr, commune_ar AS communeAr, signer_public_key AS signerPublicKey
       FROM partner_datasets ORDER BY commune_fr, commune_ar`,
    )
    .all() as Omit<Place, 'own' | 'ctx'>[];
  return rows.map((r) => ({ ...r, own: false, ctx: () => openPartnerDataset(own, r.installationId) }));
}

function parsedContent(json: string): AttestationContent | null {
  try {
    const parsed = attestationContent.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Untouched means: the row was signed by the key expected for where it was found, the signature
 * holds over the stored content, and that content names this number and this installation.
 */
function untouched(f: Found, content: AttestationContent | null): boolean {
  return (
    content !== null &&
    f.signerPublicKey === f.place.signerPublicKey &&
    contentSigned(f.place.signerPublicKey, f.content, f.signature) &&
    content.number === f.number &&
    content.installationId === f.place.installationId
  );
}

export async function verifyAttestation(ctx: DataContext, input: { number: string; code: string }): Promise<VerifyOutput> {
  if (!ctx.installation || ctx.dataset !== 'own') throw new DomainError('read_only', 'errors.attestation.ownDataOnly');
  // Read, not ensured: checking a paper must not make keys. Without keys nothing of ours was signed.
  const stored = await ctx.installation.keyStore.read();
  const ownKey = stored ? storedKeys.parse(stored).signing.publicKey : '';
  const settings = readSettings(ctx);
  const own: Place = {
    own: true,
    installationId: settings.installationId,
    communeFr: settings.communeFr,
    communeAr: settings.communeAr,
    signerPublicKey: ownKey,
    ctx: () => ctx,
  };
  const number = normalizeNumber(input.number);
  const code = normalizeCode(input.code);
  const found = [own, ...partnerPlaces(ctx)].flatMap((place) => findIn(place, number));
  const none = { source: null, content: null, revokedAt: null, revokeReason: '' };
  if (!found.length) return { result: 'unknown', ...none };
  const match = found.find((f) => normalizeCode(verificationCode(f.signature)) === code);
  if (!match) {
    // The number exists but the code is not its own: nothing of the content is shown to whoever typed it.
    const only = found.length === 1 ? found[0].place : null;
    return { result: 'codeMismatch', ...none, source: only && sourceOf(only) };
  }
  const content = parsedContent(match.content);
  const source = sourceOf(match.place);
  if (!untouched(match, content)) return { result: 'altered', ...none, source };
  return {
    result: match.revokedAt ? 'revoked' : 'valid',
    source,
    content,
    revokedAt: match.revokedAt,
    revokeReason: match.revokeReason,
  };
}

const sourceOf = (p: Place) => ({ own: p.own, communeFr: p.communeFr, communeAr: p.communeAr });
