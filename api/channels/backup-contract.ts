import { z } from 'zod';
import { channel } from '../channel';
import { indicators, indicatorsInput } from './evaluation';
import { empty, id } from '../common';
import { ENTITIES } from '../entities';
import * as b from './backup';
import { fileOutput } from './directory-files';
import { language } from './settings';

/**
 * Channels of encrypted backups, restore and partner datasets (issue: encrypted backups).
 * Each feature keeps its channels in its own file; api/contract.ts merges them.
 *
 * They all manage the installation itself, so they answer on the own dataset only (called on a
 * partner dataset they are refused with `read_only`). `writes` names what the renderer should
 * refresh: `backups` is the local backups folder, not a table; a restore replaces
 * everything, so it names every entity and every cached answer is refreshed.
 */
export const RESTORE_WRITES = ENTITIES;

export const backupChannels = {
  /** The installation's public keys and fingerprints, created on first need. */
  'backup.keys': channel({ input: empty, output: b.keys, reads: [] }),
  /** When the last backup that leaves this computer was made, and whether a reminder is due. */
  'backup.status': channel({ input: empty, output: b.backupStatus, reads: ['backups'] }),
  /** After how many days without such a backup the app reminds the user. */
  'backup.setReminder': channel({ input: b.reminderInput, output: b.backupStatus, reads: ['backups'], writes: ['backups'] }),
  'backup.create': channel({ input: b.createInput, output: b.createOutput, reads: [], writes: ['backups'] }),
  /** Decrypts and checks everything; changes nothing. */
  'backup.verify': channel({ input: b.openInput, output: b.verifyOutput, reads: [] }),
  'backup.listLocal': channel({ input: empty, output: z.array(b.localBackup), reads: ['backups'] }),
  /** The bytes of a `.sasbackup` in the data folder's backups or exports folder (nothing else). */
  'backup.download': channel({ input: b.downloadInput, output: b.downloadOutput, reads: ['backups'] }),
  'backup.restore': channel({ input: b.restoreInput, output: b.restoreOutput, reads: [], writes: RESTORE_WRITES }),
  'backup.undoRestore': channel({ input: empty, output: b.undoOutput, reads: ['backups'], writes: RESTORE_WRITES }),

  'recipients.list': channel({ input: empty, output: z.array(b.recipientKey), reads: ['recipientKeys'] }),
  'recipients.create': channel({ input: b.recipientCreate, output: b.recipientKey, reads: ['recipientKeys'], writes: ['recipientKeys'] }),
  'recipients.delete': channel({
    input: z.object({ id }),
    output: z.object({ deleted: z.boolean() }),
    reads: ['recipientKeys'],
    writes: ['recipientKeys'],
  }),

  'partners.list': channel({ input: empty, output: z.array(b.partner), reads: ['partnerDatasets'] }),
  /** The programme view: the year's indicators of every imported partner, side by side (as each computes them at home). */
  'partners.compare': channel({
    input: indicatorsInput,
    output: z.array(
      z.object({ partner: z.string(), partnerAr: z.string(), id: z.string(), backupDate: z.string(), profile: b.profile, indicators }),
    ),
    reads: ['partnerDatasets'],
  }),
  /** The programme view as an XLSX workbook: headers in the language asked for, figures as numbers. */
  'partners.compareExport': channel({
    input: indicatorsInput.extend({ language: language.default('fr') }),
    output: fileOutput,
    reads: ['partnerDatasets'],
  }),
  'partners.import': channel({ input: b.partnerImportInput, output: b.partner, reads: ['partnerDatasets'], writes: ['partnerDatasets'] }),
  /** Forgets a partner's dataset: its row, its file and its pinned key (a later import pins anew). */
  'partners.remove': channel({
    input: z.object({ id: z.string().min(1).max(80) }),
    output: z.object({ removed: z.boolean() }),
    reads: ['partnerDatasets'],
    writes: ['partnerDatasets'],
  }),
} as const;

/** The channels that address the installation rather than a dataset (see above). */
export const INSTALLATION_CHANNELS = Object.keys(backupChannels) as (keyof typeof backupChannels)[];
