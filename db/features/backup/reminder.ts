import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Installation } from '../../core/context';

/**
 * When the last backup that leaves this computer was made (to a passphrase or a partner's key:
 * automatic backups stay on its disk and die with it), and after how many days to remind the
 * user (issue 8). A fact about this computer, not about the data: it lives in the data folder,
 * beside the database, so restoring a backup (maybe another computer's) does not rewrite it.
 */
const FILE = 'backup-reminder.json';
export const DEFAULT_REMINDER_DAYS = 14;

const stored = z.object({
  /** When this computer first asked: a new installation is not nagged before the first delay has passed. */
  since: z.string().optional(),
  lastOffsiteAt: z.string().nullable().default(null),
  reminderDays: z.number().int().min(1).max(365).default(DEFAULT_REMINDER_DAYS),
});
type Stored = z.infer<typeof stored>;

function read(installation: Installation): Stored {
  try {
    return stored.parse(JSON.parse(fs.readFileSync(path.join(installation.dataDir, FILE), 'utf8')));
  } catch {
    // Missing or unreadable: as on a new installation (never backed up, the default delay).
    return stored.parse({});
  }
}

function write(installation: Installation, value: Stored): void {
  const file = path.join(installation.dataDir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(value));
  fs.renameSync(temp, file);
}

export function backupStatus(installation: Installation, now = new Date()) {
  let s = read(installation);
  if (!s.since) write(installation, (s = { ...s, since: now.toISOString() }));
  const days = (iso: string) => (now.getTime() - Date.parse(iso)) / 86_400_000;
  const age = s.lastOffsiteAt ? days(s.lastOffsiteAt) : null;
  return {
    lastOffsiteAt: s.lastOffsiteAt,
    reminderDays: s.reminderDays,
    daysSince: age === null ? null : Math.floor(age),
    due: (age ?? days(s.since!)) >= s.reminderDays,
  };
}

export const recordOffsiteBackup = (installation: Installation, at = new Date()): void =>
  write(installation, { ...read(installation), lastOffsiteAt: at.toISOString() });

export const setReminderDays = (installation: Installation, days: number): void =>
  write(installation, { ...read(installation), reminderDays: days });
