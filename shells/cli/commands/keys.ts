import { generateIdentity, identityToRecipient } from 'age-encryption';
import fs from 'node:fs';
import { ageKeyFileText, writeOwnerOnly } from '../../../db/features/backup/key-file';
import { CliError, type Io, UsageError } from '../cli-error';

/** `sas keys create --out KEYFILE`: an age identity file (as age-keygen writes it), mode 0600. */
export async function runKeysCreate({ out }: { out?: string }, io: Io): Promise<number> {
  if (!out) throw new UsageError('keys create needs --out KEYFILE');
  if (fs.existsSync(out)) throw new CliError(`${out} already exists: a key file is never overwritten`);
  const identity = await generateIdentity();
  const recipient = await identityToRecipient(identity);
  writeOwnerOnly(out, ageKeyFileText(identity, recipient));
  io.err(`Public key written to ${out} (mode 600); give partners this recipient:`);
  io.out(recipient);
  return 0;
}
