import crypto from 'node:crypto';
import { type Manifest, manifest as manifestSchema } from '../../../api/channels/backup';
import type { Profile } from '../../../api/channels/backup';
import { APP_NAME, APP_VERSION } from '../../core/version';
import { type StoredKeys, signerFingerprint } from './keys';
import { refuse } from './refusals';
import { duplicateKey } from './strict-json';
import type { Snapshot } from './snapshot';

export type { Manifest };

export const sha256 = (data: Uint8Array): string => crypto.createHash('sha256').update(data).digest('hex');

/** The manifest of a new backup. `signer.publicKey` is the raw 32-byte Ed25519 key in base64. */
export function buildManifest(
  snapshot: Snapshot,
  data: { sha256: string; size: number },
  profile: Profile,
  keys: StoredKeys,
  createdAt: Date,
): Manifest {
  return {
    format: 'sas-backup',
    formatVersion: 1,
    app: { name: APP_NAME, version: APP_VERSION },
    schemaVersion: snapshot.schemaVersion,
    createdAt: createdAt.toISOString(),
    source: { installationId: snapshot.installationId, communeFr: snapshot.communeFr, communeAr: snapshot.communeAr },
    data: { sha256: data.sha256, size: data.size },
    counts: snapshot.counts,
    profile,
    signer: { publicKey: keys.signing.publicKey, fingerprint: signerFingerprint(keys.signing.publicKey) },
  };
}

/** Parses `manifest.json` from its exact bytes; any problem is the `badManifest` refusal. */
export function parseManifest(bytes: Uint8Array): Manifest {
  let json: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    json = JSON.parse(text);
  } catch {
    throw refuse('badManifest', 'not UTF-8 JSON');
  }
  const duplicate = duplicateKey(text);
  if (duplicate !== null) throw refuse('badManifest', `the key ${JSON.stringify(duplicate)} appears twice`);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw refuse('badManifest', parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', '));
  // The fingerprint is shown to people: it must be the one of the key that actually signs.
  if (parsed.data.signer.fingerprint !== signerFingerprint(parsed.data.signer.publicKey)) throw refuse('badManifest', 'signer fingerprint');
  return parsed.data;
}
