import { z } from 'zod';
import { id, requiredText } from '../common';

/**
 * Schemas of encrypted backups, restore and partner datasets (docs/ARCHITECTURE.md §6). The manifest
 * schema lives here, not in db/, so the renderer can show a verified manifest with the same types.
 */

/** A passphrase protects a file that may travel: ten characters at least (the renderer adds a strength hint). */
export const PASSPHRASE_MIN = 10;
export const newPassphrase = z
  .string()
  .min(PASSPHRASE_MIN, { message: 'errors.backup.passphraseTooShort' })
  .max(1024, { message: 'errors.tooLong' });
/** To open a file any passphrase is tried: it may come from an older rule or another tool. */
export const givenPassphrase = z.string().min(1, { message: 'errors.required' }).max(1024, { message: 'errors.tooLong' });

/** An age X25519 recipient: `age1` and 58 characters of the bech32 alphabet (the checksum is checked in db/). */
export const ageRecipient = z
  .string()
  .trim()
  .regex(/^age1[02-9ac-hj-np-z]{58}$/, { message: 'errors.backup.badRecipient' });

/**
 * complete: everything; no-contacts: without contact details and free texts; aggregates: no
 * person at all — the plan, the catalogue, the sessions and the year's indicators, for a partner
 * abroad (personal data sent abroad needs an authorisation under Moroccan law 09-08).
 */
export const PROFILES = ['complete', 'no-contacts', 'aggregates'] as const;
export const profile = z.enum(PROFILES);
export type Profile = z.infer<typeof profile>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** A raw 32-byte Ed25519 public key in standard base64 (44 characters with padding). */
const ed25519Base64 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
export const fingerprint = z.string().regex(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);

/** `manifest.json` of a backup, format version 1. Unknown extra fields are ignored (stripped). */
export const manifest = z.object({
  format: z.literal('sas-backup'),
  formatVersion: z.literal(1),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  schemaVersion: z.number().int().min(1).max(100_000),
  createdAt: z.iso.datetime(),
  source: z.object({ installationId: z.uuid(), communeFr: z.string().max(200), communeAr: z.string().max(200) }),
  data: z.object({ sha256: sha256Hex, size: z.number().int().min(0) }),
  counts: z.record(z.string().max(100), z.number().int().min(0)),
  profile,
  signer: z.object({ publicKey: ed25519Base64, fingerprint }),
});
export type Manifest = z.infer<typeof manifest>;

export const keys = z.object({
  /** Where partners send backups to: give this `age1…` text to them. */
  recipient: z.string(),
  recipientFingerprint: fingerprint,
  /** The Ed25519 key that signs this installation's backups (base64, raw 32 bytes). */
  signingPublicKey: z.string(),
  signingFingerprint: fingerprint,
  createdAt: z.string(),
});

const folder = z.string().trim().min(1).max(4096).optional();
const file = z.string().trim().min(1, { message: 'errors.required' }).max(4096, { message: 'errors.tooLong' });

export const createInput = z
  .object({
    passphrase: newPassphrase.optional(),
    recipients: z.array(ageRecipient).min(1).max(20).optional(),
    profile: profile.default('complete'),
    /** Folder for the new file (default: the user's documents chosen by the shell, else the backups folder). */
    folder,
    /**
     * The exact file to write, refused when it exists (`sas backup create --out FILE`: scripts
     * name their file). Without it the file gets a new name in `folder`.
     */
    out: file.optional(),
  })
  .superRefine((v, ctx) => {
    if (Boolean(v.passphrase) === Boolean(v.recipients)) {
      ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'errors.backup.passphraseOrRecipients' });
    }
    if (v.out && v.folder) ctx.addIssue({ code: 'custom', path: ['out'], message: 'errors.invalidValue' });
  });
export const createOutput = z.object({ path: z.string(), size: z.number().int(), counts: z.record(z.string(), z.number().int()) });

/** An age X25519 identity (`AGE-SECRET-KEY-1…`, as in an age key file); fully checked in db/ when used. */
export const ageIdentity = z
  .string()
  .trim()
  .max(200, { message: 'errors.tooLong' })
  .regex(/^AGE-SECRET-KEY-1[0-9A-Z]+$/, { message: 'errors.backup.badIdentity' });

/**
 * Opening a file: by its path (the command line, tests, Electron's main), or by its bytes
 * (`fileName` + `contentBase64`: a sandboxed renderer or a browser can read a chosen file but
 * never hand over its path). With a passphrase, with age identities (`sas … --identity KEYFILE`:
 * the coordinator's own key file, not the installation's), or (neither given) the installation's
 * own identity.
 */
const openFields = {
  file: file.optional(),
  fileName: z.string().trim().min(1).max(255).optional(),
  /** 70 M characters of base64 ≈ 50 MB: far above a commune's backup. */
  contentBase64: z.string().min(1, { message: 'errors.required' }).max(70_000_000, { message: 'errors.backup.tooLarge' }).optional(),
  passphrase: givenPassphrase.optional(),
  identities: z.array(ageIdentity).min(1).max(20).optional(),
};
/** Exactly one source (a path, or a name with its content), and at most one secret. */
function oneSource(
  v: { file?: string; fileName?: string; contentBase64?: string; passphrase?: string; identities?: string[] },
  ctx: z.RefinementCtx,
): void {
  const byContent = v.fileName !== undefined || v.contentBase64 !== undefined;
  if (v.file ? byContent : !(v.fileName && v.contentBase64)) ctx.addIssue({ code: 'custom', path: ['file'], message: 'errors.required' });
  if (v.passphrase && v.identities) ctx.addIssue({ code: 'custom', path: ['identities'], message: 'errors.invalidValue' });
}
export const openInput = z.object(openFields).superRefine(oneSource);
export type OpenInput = z.infer<typeof openInput>;

/**
 * Whose a backup is, seen from this installation: its own (its id, signed by its key), another
 * installation's (a partner's, or the user's own from a PC that died), or one naming this
 * installation but signed by a key it does not hold.
 */
export const ORIGINS = ['own', 'otherInstallation', 'unknownSigner'] as const;
export const origin = z.enum(ORIGINS);
export type Origin = z.infer<typeof origin>;

/** `origin` is given when an installation verifies (not by `sas backup verify`, which opens none). */
export const verifyOutput = z.object({ ok: z.literal(true), manifest, origin: origin.optional() });

/**
 * A file that is not this installation's own is restored only when the user confirmed it
 * (`acceptOtherSource`); otherwise the call is refused with `errors.backup.otherSource`
 * (code `conflict`), which the interface turns into that question.
 */
export const restoreInput = z.object({ ...openFields, acceptOtherSource: z.boolean().default(false) }).superRefine(oneSource);

export const localBackup = z.object({
  name: z.string(),
  file: z.string(),
  kind: z.enum(['auto', 'before-restore', 'before-undo', 'before-migration', 'other']),
  createdAt: z.string(),
  size: z.number().int(),
});

export const restoreOutput = z.object({ beforeRestore: z.string(), manifest, origin });
export const undoOutput = z.object({ restoredFrom: z.string(), beforeUndo: z.string() });

export const recipientKey = z.object({ id, label: z.string(), recipient: z.string(), fingerprint, createdAt: z.string() });
export const recipientCreate = z.object({ label: requiredText(120), recipient: ageRecipient });

export const partner = z.object({
  /** The dataset name to pass as the call context (`{ dataset: id }`): the source installation id. */
  id: z.string(),
  communeFr: z.string(),
  communeAr: z.string(),
  backupCreatedAt: z.string(),
  importedAt: z.string(),
  signerFingerprint: z.string(),
  profile,
  appVersion: z.string(),
  schemaVersion: z.string(),
  counts: z.record(z.string(), z.number().int()),
});
export const partnerImportInput = z
  .object({ ...openFields, acceptNewKey: z.boolean().default(false), allowOlder: z.boolean().default(false) })
  .superRefine(oneSource);

/** A backup made by this installation, to save elsewhere from a browser or a sandboxed renderer. */
export const downloadInput = z.object({ path: file });
export const downloadOutput = z.object({ fileName: z.string(), contentBase64: z.string() });

/** The last backup that left this computer, and whether it is time to make one (issue 8). */
export const backupStatus = z.object({
  lastOffsiteAt: z.string().nullable(),
  reminderDays: z.number().int(),
  daysSince: z.number().int().nullable(),
  due: z.boolean(),
});
export const reminderInput = z.object({
  days: z
    .number({ message: 'errors.invalidValue' })
    .int({ message: 'errors.invalidValue' })
    .min(1, { message: 'errors.tooSmall' })
    .max(365, { message: 'errors.tooBig' }),
});
