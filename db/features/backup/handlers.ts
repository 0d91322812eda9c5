import type { DataContext, Installation } from '../../core/context';
import type { HandlerGroup } from '../../dispatch/types';
import { comparePartners } from './compare';
import { compareWorkbook } from './compare-sheet';
import type { Secret } from './age-io';
import { createBackup } from './create';
import { allowedPath, backupsDirOf } from './files';
import { ensureKeys, publicKeysOf } from './keys';
import { listLocalBackups } from './local';
import { originOf } from './origin';
import { importPartner, listPartners, removePartner } from './partners';
import { createRecipient, deleteRecipient, listRecipients } from './recipients';
import { domainError } from './refusals';
import { restoreBackup, undoRestore } from './restore';
import { downloadBackup, withSourceFile } from './upload';
import { verifyBackup } from './verify';
import { backupStatus, recordOffsiteBackup, setReminderDays } from './reminder';

type Group = HandlerGroup<
  | 'backup.keys'
  | 'backup.create'
  | 'backup.verify'
  | 'backup.listLocal'
  | 'backup.download'
  | 'backup.restore'
  | 'backup.undoRestore'
  | 'recipients.list'
  | 'recipients.create'
  | 'recipients.delete'
  | 'partners.list'
  | 'partners.compare'
  | 'partners.compareExport'
  | 'partners.import'
  | 'partners.remove'
  | 'backup.status'
  | 'backup.setReminder'
>;

/** These channels manage the installation: only on its own database, opened by a shell that gave `installation`. */
function installationOf(ctx: DataContext): Installation {
  if (ctx.readOnly || ctx.dataset !== 'own' || !ctx.installation) {
    throw domainError('read_only', 'errors.backup.ownDatasetOnly', "backups and partners are managed on the installation's own dataset");
  }
  return ctx.installation;
}

/**
 * The passphrase or identities given, else the installation's own identity (its automatic
 * backups, what partners send it). Given ones need no installation: `sas backup verify` checks a
 * file without any database of the user's.
 */
async function secretFor(ctx: DataContext, given: { passphrase?: string; identities?: string[] }): Promise<Secret> {
  if (given.passphrase) return { passphrase: given.passphrase };
  if (given.identities) return { identities: given.identities };
  return { identities: [(await ensureKeys(installationOf(ctx).keyStore)).identity] };
}

function replacer(ctx: DataContext) {
  const replace = installationOf(ctx).replaceContext;
  if (!replace) throw domainError('internal', 'errors.backup.restoreUnsupported', 'this shell cannot swap its database');
  return replace;
}

/** Handlers of the backup channels (api/channels/backup-contract.ts). */
export const backupHandlers: Group = {
  'backup.keys': async (_input, ctx) => publicKeysOf(await ensureKeys(installationOf(ctx).keyStore)),

  'backup.create': async ({ passphrase, recipients, profile, folder, out }, ctx) => {
    const keys = await ensureKeys(installationOf(ctx).keyStore);
    const to = passphrase ? { passphrase } : { recipients: recipients ?? [] };
    const made = await createBackup(ctx, {
      to,
      profile,
      keys,
      out: out && allowedPath(ctx, out),
      folder: folder ? allowedPath(ctx, folder) : backupsDirOf(ctx),
    });
    // To a passphrase or a partner's key: this copy can leave the computer (automatic ones stay).
    recordOffsiteBackup(installationOf(ctx));
    return { path: made.path, size: made.size, counts: made.counts };
  },

  'backup.status': (_input, ctx) => backupStatus(installationOf(ctx)),

  'backup.setReminder': ({ days }, ctx) => {
    setReminderDays(installationOf(ctx), days);
    return backupStatus(installationOf(ctx));
  },

  'backup.verify': async ({ passphrase, identities, ...source }, ctx) => {
    const secret = await secretFor(ctx, { passphrase, identities });
    // With an installation, the copy is checked in its backups folder (the database's disk) and its origin told.
    const mine = ctx.installation && ctx.dataset === 'own' ? ctx : null;
    const manifest = await withSourceFile(ctx, source, (file) => verifyBackup(file, secret, mine ? backupsDirOf(mine) : undefined));
    return { ok: true as const, manifest, ...(mine ? { origin: await originOf(mine, manifest) } : {}) };
  },

  'backup.listLocal': (_input, ctx) => {
    installationOf(ctx);
    return listLocalBackups(backupsDirOf(ctx));
  },

  'backup.download': ({ path }, ctx) => {
    installationOf(ctx);
    return downloadBackup(ctx, path);
  },

  'backup.restore': async ({ passphrase, identities, acceptOtherSource, ...source }, ctx) => {
    const replace = replacer(ctx);
    const secret = await secretFor(ctx, { passphrase, identities });
    const done = await withSourceFile(ctx, source, (file) => restoreBackup(ctx, file, secret, replace, { acceptOtherSource }));
    return { beforeRestore: done.beforeRestore, manifest: done.manifest, origin: done.origin };
  },

  'backup.undoRestore': (_input, ctx) => {
    const done = undoRestore(ctx, replacer(ctx));
    return { restoredFrom: done.restoredFrom, beforeUndo: done.beforeUndo };
  },

  'recipients.list': (_input, ctx) => {
    installationOf(ctx);
    return listRecipients(ctx);
  },
  'recipients.create': ({ label, recipient }, ctx) => {
    installationOf(ctx);
    return createRecipient(ctx, label, recipient);
  },
  'recipients.delete': ({ id }, ctx) => {
    installationOf(ctx);
    return deleteRecipient(ctx, id);
  },

  'partners.list': (_input, ctx) => {
    installationOf(ctx);
    return listPartners(ctx);
  },
  'partners.compare': ({ year }, ctx) => {
    installationOf(ctx);
    return comparePartners(ctx, year);
  },
  'partners.compareExport': async ({ year, language }, ctx) => {
    installationOf(ctx);
    return {
      fileName: `programme-${year}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: (await compareWorkbook(ctx, year, language)).toString('base64'),
    };
  },
  'partners.import': async ({ passphrase, identities, acceptNewKey, allowOlder, ...source }, ctx) => {
    const secret = await secretFor(ctx, { passphrase, identities });
    return withSourceFile(ctx, source, (file, fileName) => importPartner(ctx, file, secret, { acceptNewKey, allowOlder, fileName }));
  },
  'partners.remove': ({ id }, ctx) => {
    installationOf(ctx);
    return removePartner(ctx, id);
  },
};
