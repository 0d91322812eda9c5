import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Secret } from '../../db/features/backup/age-io';
import { createBackup } from '../../db/features/backup/create';
import { verifyBackup } from '../../db/features/backup/verify';
import { FAST, KEYS, installation } from './backup-helpers';
import { tempDir } from './helpers';

const REASONS = ['notAge', 'wrongKey', 'truncated', 'altered'].map((r) => `errors.backup.${r}`);

/** Each damaged copy must end in a bad_file refusal with a known reason: never a crash, never accepted. */
async function expectEveryCopyRefused(whole: Buffer, positions: number[], damage: (b: Buffer, at: number) => Buffer, secret: Secret) {
  const dir = tempDir();
  const file = path.join(dir, 'damaged.sasbackup');
  const seen = new Map<string, number>();
  for (const at of positions) {
    fs.writeFileSync(file, damage(whole, at));
    const error = await verifyBackup(file, secret).then(
      () => ({ code: 'accepted', messageKey: `damage at ${at} was accepted` }),
      (e: { code?: string; messageKey?: string }) => e,
    );
    expect({ at, code: error.code }).toEqual({ at, code: 'bad_file' });
    expect(REASONS, `damage at ${at}: ${error.messageKey}`).toContain(error.messageKey);
    seen.set(error.messageKey!, (seen.get(error.messageKey!) ?? 0) + 1);
  }
  return seen;
}

/** Positions spread over the header (every byte of its start), the stanzas, the MAC and the payload. */
function positions(length: number, headerEnd: number, n: number): number[] {
  const spread = Array.from({ length: n - headerEnd }, (_, i) => headerEnd + Math.floor((i * (length - headerEnd)) / (n - headerEnd)));
  return [...Array.from({ length: headerEnd }, (_, i) => i), ...spread, length - 1];
}

const flip = (b: Buffer, at: number) => {
  const c = Buffer.from(b);
  c[at] ^= 1 << (at % 8);
  return c;
};

describe('damaged backups', () => {
  it('refuse a flipped bit anywhere and a cut at any length (X25519 recipients)', async () => {
    const inst = installation();
    const out = path.join(tempDir(), 'b.sasbackup');
    await createBackup(inst.ctx, { to: { recipients: [KEYS.other.recipient, KEYS.own.recipient] }, keys: KEYS.own, out });
    const whole = fs.readFileSync(out);
    const headerEnd = whole.indexOf('\n', whole.indexOf('\n--- ') + 1) + 1;
    const secret = { identities: [KEYS.own.identity] };
    expect((await verifyBackup(out, secret)).source.communeFr).toBe('Berkane');

    const flips = await expectEveryCopyRefused(whole, positions(whole.length, headerEnd, headerEnd + 60), flip, secret);
    expect(flips.get('errors.backup.altered')).toBeGreaterThan(50);
    const lengths = [...positions(whole.length, headerEnd, headerEnd + 40), whole.length - 16, whole.length - 17];
    const cuts = await expectEveryCopyRefused(
      whole,
      lengths.filter((n) => n < whole.length),
      (b, n) => b.subarray(0, n),
      secret,
    );
    expect(cuts.get('errors.backup.truncated')).toBeGreaterThan(100);
  });

  it('refuse a flipped bit in a passphrase file (scrypt stanza, MAC, payload)', async () => {
    const inst = installation();
    const out = path.join(tempDir(), 'p.sasbackup');
    await createBackup(inst.ctx, { to: { passphrase: 'a long enough passphrase', scryptLogN: FAST }, keys: KEYS.own, out });
    const whole = fs.readFileSync(out);
    const headerEnd = whole.indexOf('\n', whole.indexOf('\n--- ') + 1) + 1;
    const at = [
      ...Array.from({ length: headerEnd }, (_, i) => i).filter((i) => i % 3 === 0),
      headerEnd + 5,
      whole.length - 100,
      whole.length - 1,
    ];
    await expectEveryCopyRefused(whole, at, flip, { passphrase: 'a long enough passphrase' });
  });
});
