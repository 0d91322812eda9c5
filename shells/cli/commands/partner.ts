import { call, withInstallation } from '../call';
import type { Io } from '../cli-error';
import type { Values } from '../options';
import { secretFrom } from './secrets';

/** `sas partner import FILE` → `partners.import`. */
export async function runPartnerImport(file: string, v: Values & { db: string }, io: Io): Promise<number> {
  const secret = secretFrom(v as { identity?: string; 'passphrase-file'?: string });
  const input = { file, ...secret, acceptNewKey: Boolean(v['accept-new-key']), allowOlder: Boolean(v['allow-older']) };
  const p = await withInstallation(v.db, (ctx) => call('partners.import', input, ctx));
  io.out(`Imported ${[p.communeFr, p.communeAr].filter(Boolean).join(' / ')} (backup of ${p.backupCreatedAt}, profile ${p.profile}).`);
  io.out(`Dataset: ${p.id}; signer fingerprint: ${p.signerFingerprint}`);
  return 0;
}

/** `sas partner list` → `partners.list`. */
export async function runPartnerList(v: Values & { db: string }, io: Io): Promise<number> {
  const partners = await withInstallation(v.db, (ctx) => call('partners.list', {}, ctx));
  if (v.json) io.out(JSON.stringify(partners));
  else if (!partners.length) io.out('No partner dataset imported yet.');
  else
    for (const p of partners) io.out(`${p.id}  ${p.communeFr || p.communeAr}  ${p.backupCreatedAt}  ${p.profile}  ${p.signerFingerprint}`);
  return 0;
}
