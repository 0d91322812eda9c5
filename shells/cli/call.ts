import fs from 'node:fs';
import path from 'node:path';
import type { Channel, Input, Output } from '../../api/contract';
import type { Result } from '../../api/result';
import { type DataContext, closeContext } from '../../db/core/context';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { fileKeyStore } from '../../db/features/backup/key-file';
import { openInstallation } from '../../db/installation/installation';
import { openAppDatabase } from '../../db/installation/open-database';
import { CliError } from './cli-error';
import { type Subject, describeError } from './messages';

/**
 * How every `sas` command that has a channel reaches the data core: through the dispatcher, as
 * Electron and the test host do, so input validation, the audit and the read-only guard are the
 * same for all three shells.
 */

/** The CLI's own keys: `sas-keys.json` next to the database, mode 0600 (Electron uses safeStorage). */
const KEY_FILE = 'sas-keys.json';

/**
 * The value of a call that succeeded; a refusal becomes a CliError (exit code 1) in plain
 * English, naming the file of the call's input where the refusal is about it.
 */
export function unwrap<T>(result: Result<T>, subject?: Subject): T {
  if (!result.ok) throw new CliError(describeError(result.error, subject));
  return result.value;
}

/** Calls a channel through the dispatcher; throws a CliError when it is refused. */
export async function call<C extends Channel>(channel: C, input: Input<C>, ctx: DataContext): Promise<Output<C>> {
  return unwrap(await dispatchAsync(channel, input, ctx), input as Subject) as Output<C>;
}

/**
 * Opens the installation once for a command (with the CLI's key store), runs it on the own
 * database and closes everything afterwards, whatever happens. `readOnly` (search, export): the
 * file must exist and is never created, migrated or written.
 */
export async function withInstallation<T>(
  db: string,
  run: (ctx: DataContext) => T | Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  if (options.readOnly && !fs.existsSync(db)) throw new CliError(`${db} does not exist`);
  const keyStore = fileKeyStore(path.join(path.dirname(path.resolve(db)), KEY_FILE));
  const opened = openInstallation({ db, keyStore, readOnly: options.readOnly });
  try {
    return await run(opened.own());
  } finally {
    opened.close();
  }
}

/**
 * A private, empty database in memory, for the channels that check a file and need none of the
 * user's data (`backup verify`; the readability check before `directory import` opens the real
 * database): the user's database is not opened, so it can be neither created nor changed. Marked
 * read-only, so the dispatcher refuses any write channel called on it.
 */
export async function withScratch<T>(run: (ctx: DataContext) => Promise<T>): Promise<T> {
  const ctx: DataContext = { ...openAppDatabase(':memory:'), dataset: 'scratch', readOnly: true };
  try {
    return await run(ctx);
  } finally {
    closeContext(ctx);
  }
}
