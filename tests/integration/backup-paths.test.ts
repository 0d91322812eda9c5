import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { memoryKeyStore } from '../../db/features/backup/keys';
import { openInstallation } from '../../db/installation/installation';
import { tempDir } from './helpers';

const PASSPHRASE = 'Chêne-Argan 2025 !';

/**
 * A shell that serves a page (Electron, the test host) confines the files a call may name to its
 * data folder: a page cannot make the core read or write elsewhere (issue 8). The command line,
 * where the user types the path, is not confined.
 */
describe('files named by a page', () => {
  it('stay inside the data folder: elsewhere is refused, nothing read or written there', async () => {
    const data = tempDir();
    const elsewhere = path.join(tempDir(), 'not-here');
    const opened = openInstallation({ db: path.join(data, 'sas.sqlite'), keyStore: memoryKeyStore(), confineFiles: true });
    try {
      const ctx = opened.own();
      const outside = await dispatchAsync('backup.create', { passphrase: PASSPHRASE, folder: elsewhere }, ctx);
      expect(outside).toMatchObject({ ok: false, error: { code: 'invalid_input', messageKey: 'errors.pathNotAllowed' } });
      expect(fs.existsSync(elsewhere)).toBe(false);
      const relative = await dispatchAsync('backup.create', { passphrase: PASSPHRASE, out: '../escape.sasbackup' }, ctx);
      expect(relative).toMatchObject({ ok: false, error: { messageKey: 'errors.pathNotAllowed' } });

      const made = await dispatchAsync('backup.create', { passphrase: PASSPHRASE }, ctx);
      expect(made.ok).toBe(true);
      const file = (made as { value: { path: string } }).value.path;
      expect(path.relative(data, file).startsWith('..')).toBe(false);

      // Reading a file outside is refused before it is opened; the same file inside verifies.
      const copy = path.join(path.dirname(elsewhere), 'copy.sasbackup');
      fs.copyFileSync(file, copy);
      for (const channel of ['backup.verify', 'backup.restore', 'partners.import'] as const) {
        const r = await dispatchAsync(channel, { file: copy, passphrase: PASSPHRASE }, ctx);
        expect(r, channel).toMatchObject({ ok: false, error: { messageKey: 'errors.pathNotAllowed' } });
      }
      expect((await dispatchAsync('backup.verify', { file, passphrase: PASSPHRASE }, ctx)).ok).toBe(true);
    } finally {
      opened.close();
    }
  });

  it('are not confined on the command line', async () => {
    const folder = path.join(tempDir(), 'chosen-by-the-user');
    const opened = openInstallation({ db: path.join(tempDir(), 'sas.sqlite'), keyStore: memoryKeyStore() });
    try {
      const made = await dispatchAsync('backup.create', { passphrase: PASSPHRASE, folder }, opened.own());
      expect(made.ok).toBe(true);
      expect(fs.readdirSync(folder)).toHaveLength(1);
    } finally {
      opened.close();
    }
  });
});

describe('the reminder of a backup that leaves this computer', () => {
  it('is due once the days chosen have passed without one (a new installation first), until one is made', async () => {
    const opened = openInstallation({ db: path.join(tempDir(), 'sas.sqlite'), keyStore: memoryKeyStore() });
    try {
      const ctx = opened.own();
      // A new installation is not nagged at once, but after the delay with no backup made.
      expect(await dispatchAsync('backup.status', {}, ctx)).toMatchObject({ ok: true, value: { lastOffsiteAt: null, due: false } });
      const { backupStatus } = await import('../../db/features/backup/reminder');
      expect(backupStatus(ctx.installation!, new Date(Date.now() + 15 * 86_400_000))).toMatchObject({ lastOffsiteAt: null, due: true });
      expect(await dispatchAsync('backup.setReminder', { days: 0 }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await dispatchAsync('backup.setReminder', { days: 7 }, ctx)).toMatchObject({ ok: true, value: { reminderDays: 7 } });
      expect((await dispatchAsync('backup.create', { passphrase: PASSPHRASE }, ctx)).ok).toBe(true);
      const after = await dispatchAsync('backup.status', {}, ctx);
      expect(after).toMatchObject({ ok: true, value: { daysSince: 0, due: false, reminderDays: 7 } });
      // A fact about this computer, kept beside the database: a restore does not rewrite it.
      const later = new Date(Date.now() + 8 * 86_400_000);
      expect(backupStatus(ctx.installation!, later)).toMatchObject({ daysSince: 8, due: true });
    } finally {
      opened.close();
    }
  });
});
