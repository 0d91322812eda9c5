import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { partner } from '../../../api/channels/backup';
import { recordAudit } from '../../audit/record';
import { type DataContext, closeContext } from '../../core/context';
import { openAppDatabase } from '../../installation/open-database';
import { notFound } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { readSettings } from '../settings/settings-service';
import type { Secret } from './age-io';
import { assertOwnSchema, migrateCopy } from './check-data';
import { partnersDirOf, removeCompanions } from './files';
import { domainError, refuse } from './refusals';
import { openBackup } from './verify';

/**
 * The coordinator's partner datasets: a partner's verified backup kept as
 * `partners/<source installation id>.sqlite` next to the database, listed in `partner_datasets`,
 * and opened read-only. The first import pins the partner's signing key.
 */
export type Partner = z.infer<typeof partner>;

export interface ImportOptions {
  /** The user confirmed that this partner now signs with another key. */
  acceptNewKey?: boolean;
  /** The user confirmed going back to an older backup than the one held. */
  allowOlder?: boolean;
  /** The name the user chose, when the file reached us as bytes in a temp file. */
  fileName?: string;
}

interface Row {
  id: string;
  sourceInstallationId: string;
  communeFr: string;
  communeAr: string;
  signerPublicKey: string;
  signerFingerprint: string;
  backupCreatedAt: string;
  profile: Partner['profile'];
  appVersion: string;
  schemaVersion: string;
  importedAt: string;
  counts: string;
}

const SELECT = `SELECT id, source_installation_id AS sourceInstallationId, commune_fr AS communeFr, commune_ar AS communeAr,
  signer_public_key AS signerPublicKey, signer_fingerprint AS signerFingerprint, backup_created_at AS backupCreatedAt, profile,
  app_version AS appVersion, schema_version AS schemaVersion, imported_at AS importedAt, counts FROM partner_datasets`;

const toPartner = (r: Row): Partner => ({
  id: r.sourceInstallationId,
  communeFr: r.communeFr,
  communeAr: r.communeAr,
  backupCreatedAt: r.backupCreatedAt,
  importedAt: r.importedAt,
  signerFingerprint: r.signerFingerprint,
  profile: r.profile,
  appVersion: r.appVersion,
  schemaVersion: r.schemaVersion,
  counts: JSON.parse(r.counts) as Record<string, number>,
});

const rowOf = (own: DataContext, sourceId: string) =>
  own.sqlite.prepare(`${SELECT} WHERE source_installation_id = ?`).get(sourceId) as Row | undefined;

export const listPartners = (own: DataContext): Partner[] =>
  (own.sqlite.prepare(`${SELECT} ORDER BY commune_fr, commune_ar`).all() as Row[]).map(toPartner);

// Open partner datasets, by file: opened once, closed before a newer import replaces the file.
const cache = new Map<string, DataContext>();

const partnerFile = (own: DataContext, sourceId: string) => path.join(partnersDirOf(own), `${sourceId}.sqlite`);

function forget(file: string): void {
  const open = cache.get(file);
  if (open) closeContext(open);
  cache.delete(file);
}

/** A partner's dataset, read-only; the dispatcher refuses every write channel on it. */
export function openPartnerDataset(own: DataContext, id: string): DataContext {
  if (!rowOf(own, id)) throw notFound('errors.backup.unknownPartner');
  const file = partnerFile(own, id);
  const open = cache.get(file);
  if (open?.sqlite.open) return open;
  // Imported before schemas were compared, a file may hold a view or trigger of its own: checked before it is read.
  assertOwnSchema(file);
  const ctx = openAppDatabase(file, { readOnly: true, dataset: id });
  cache.set(file, ctx);
  return ctx;
}

/** Closes every cached partner dataset (when the shell closes, or in tests). */
export function closePartnerDatasets(): void {
  for (const file of [...cache.keys()]) forget(file);
}

/** Forgets a partner: the row (and so the pinned key) and the dataset file, together. */
export function removePartner(own: DataContext, id: string): { removed: boolean } {
  const held = rowOf(own, id);
  if (!held) throw notFound('errors.backup.unknownPartner');
  const file = partnerFile(own, id);
  own.sqlite
    .transaction(() => {
      own.sqlite.prepare('DELETE FROM partner_datasets WHERE source_installation_id = ?').run(id);
      recordAudit(own, 'partnerDatasets', held.id, 'delete');
      forget(file);
      removeCompanions(file);
      fs.rmSync(file, { force: true });
    })
    .immediate();
  return { removed: true };
}

/** Verifies a partner's backup, applies the pinning rules, and stores it as their dataset. */
export async function importPartner(own: DataContext, file: string, secret: Secret, options: ImportOptions = {}): Promise<Partner> {
  if (own.readOnly || own.dataset !== 'own')
    throw domainError('read_only', 'errors.readOnly', "import into the installation's own database");
  const dir = partnersDirOf(own);
  const { manifest, dataFile } = await openBackup(file, secret, dir);
  try {
    const sourceId = manifest.source.installationId;
    if (sourceId === readSettings(own).installationId) {
      throw domainError('conflict', 'errors.backup.ownBackup', 'this backup comes from this installation: restore it instead');
    }
    const held = rowOf(own, sourceId);
    if (held && held.signerPublicKey !== manifest.signer.publicKey && !options.acceptNewKey) {
      throw refuse('signerChanged', `pinned ${held.signerFingerprint}, this backup ${manifest.signer.fingerprint}`);
    }
    if (held && manifest.createdAt < held.backupCreatedAt && !options.allowOlder) {
      throw refuse('olderBackup', `held ${held.backupCreatedAt}, this backup ${manifest.createdAt}`);
    }
    // A partner dataset is opened read-only, where no migration can run: bring the copy up to date now.
    migrateCopy(dataFile);
    const target = partnerFile(own, sourceId);
    const values = {
      id: held?.id ?? newId(),
      source: sourceId,
      communeFr: manifest.source.communeFr,
      communeAr: manifest.source.communeAr,
      key: manifest.signer.publicKey,
      fingerprint: manifest.signer.fingerprint,
      createdAt: manifest.createdAt,
      profile: manifest.profile,
      appVersion: manifest.app.version,
      schemaVersion: String(manifest.schemaVersion),
      importedAt: nowIso(),
      fileName: options.fileName ?? path.basename(file),
      counts: JSON.stringify(manifest.counts),
    };
    // The row and the file change together: a failed rename rolls the row back.
    own.sqlite
      .transaction(() => {
        own.sqlite
          .prepare(
            `INSERT INTO partner_datasets (id, source_installation_id, commune_fr, commune_ar, signer_public_key, signer_fingerprint,
               backup_created_at, profile, app_version, schema_version, imported_at, file_name, counts)
             VALUES (@id, @source, @communeFr, @communeAr, @key, @fingerprint, @createdAt, @profile, @appVersion, @schemaVersion, @importedAt, @fileName, @counts)
             ON CONFLICT (source_installation_id) DO UPDATE SET commune_fr = excluded.commune_fr, commune_ar = excluded.commune_ar,
               signer_public_key = excluded.signer_public_key, signer_fingerprint = excluded.signer_fingerprint,
               backup_created_at = excluded.backup_created_at, profile = excluded.profile, app_version = excluded.app_version,
               schema_version = excluded.schema_version, imported_at = excluded.imported_at, file_name = excluded.file_name,
               counts = excluded.counts, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
          )
          .run(values);
        const fields = held ? ['backupCreatedAt', ...(held.signerPublicKey !== values.key ? ['signerPublicKey'] : [])] : [];
        recordAudit(own, 'partnerDatasets', values.id, held ? 'update' : 'create', fields);
        forget(target);
        removeCompanions(target);
        fs.renameSync(dataFile, target);
      })
      .immediate();
    return toPartner(rowOf(own, sourceId)!);
  } finally {
    fs.rmSync(dataFile, { force: true });
    removeCompanions(dataFile);
  }
}
