import type { Origin } from '../../../api/channels/backup';
import type { DataContext } from '../../core/context';
import { readSettings } from '../settings/settings-service';
import type { Manifest } from './manifest';
import { domainError } from './refusals';

export type { Origin };

/**
 * Whose a verified backup is, seen from this installation: `own` when it names this
 * installation and is signed by this installation's key; `otherInstallation` (a partner's file,
 * or the user's own from a PC that died: a new installation has a new id); `unknownSigner` when
 * it names this installation but another key signed it. The installation id is no secret (every
 * manifest carries it), so the id alone proves nothing: a file anyone can make with this
 * installation's public key and id is not restored without the user's confirmation either.
 */
export async function originOf(ctx: DataContext, manifest: Manifest): Promise<Origin> {
  if (manifest.source.installationId !== readSettings(ctx).installationId) return 'otherInstallation';
  // Read, never created: a restore does not make keys as a side effect.
  const keys = await ctx.installation?.keyStore.read();
  return keys && keys.signing.publicKey === manifest.signer.publicKey ? 'own' : 'unknownSigner';
}

/** The refusal the interface turns into a question, and `sas` into a pointer to --accept-other-source. */
export function otherSource(origin: Origin, manifest: Manifest) {
  const { communeFr, communeAr, installationId } = manifest.source;
  const commune = [communeFr, communeAr].filter(Boolean).join(' / ') || '(no commune)';
  const detail =
    origin === 'unknownSigner'
      ? `it names this installation but was signed by the key ${manifest.signer.fingerprint}, not by this installation's key`
      : `it comes from ${commune}, installation ${installationId}, signed by the key ${manifest.signer.fingerprint}`;
  return domainError('conflict', 'errors.backup.otherSource', 'this backup is not one of this installation', detail);
}
