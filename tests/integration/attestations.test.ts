import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, Output } from '../../api/contract';
import type { DataContext } from '../../db/core/context';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { closePartnerDatasets, importPartner } from '../../db/features/backup/partners';
import { canonicalJson, signContent, verificationCode } from '../../db/features/sessions/attestation-signing';
import { issueAttestations } from '../../db/features/sessions/attestations';
import { course, enrol, session, staffMember, trainerOf } from './attestation-fixture';
import { KEYS, installation } from './backup-helpers';
import { auditOf, call, tempDir } from './helpers';

/** Calls an asynchronous channel through the dispatcher; fails the test on an error Result. */
async function callAsync<C extends Channel>(ctx: DataContext, channel: C, input: unknown): Promise<Output<C>> {
  const r = await dispatchAsync(channel, input, ctx);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as Output<C>;
}

const staffIds = (ctx: DataContext) =>
  (ctx.sqlite.prepare('SELECT id FROM staff ORDER BY matricule').all() as { id: string }[]).map((r) => r.id);

/** Five half-days (17.5 h), 80 % required: Nom1 came to all, Nom2 to 4 (exactly 80 %), Nom3 to 3 (60 %). */
function classroom(ctx: DataContext, opts: { testPlanned?: boolean; attestation?: 'none' | 'attendance' | 'achievement' } = {}) {
  const s = session(ctx, course(ctx, 'ACC-1', opts.attestation ?? 'attendance'), { code: 'S-2026-001', testPlanned: opts.testPlanned });
  const [full, eighty, sixty] = staffIds(ctx);
  return {
    session: s,
    full: enrol(ctx, s, { staffId: full }, 5, opts.testPlanned ? true : null),
    eighty: enrol(ctx, s, { staffId: eighty }, 4, opts.testPlanned ? false : null),
    sixty: enrol(ctx, s, { staffId: sixty }, 3),
  };
}

const issue = (ctx: DataContext, sessionId: string, enrolmentIds: string[] = []) =>
  callAsync(ctx, 'attestations.issue', { sessionId, enrolmentIds });

const verify = (ctx: DataContext, number: string, code: string) => callAsync(ctx, 'attestations.verify', { number, code });

describe('who receives an attestation', () => {
  it('gives one to whoever attended at least the required share (exactly 80 % counts), not below', async () => {
    const { ctx } = installation('Berkane');
    const k = classroom(ctx);
    const out = await issue(ctx, k.session.id, [k.full, k.eighty, k.sixty]);
    expect(out.issued.map((a) => a.enrolmentId)).toEqual([k.full, k.eighty]);
    expect(out.skipped).toEqual([{ enrolmentId: k.sixty, reason: 'notEligible' }]);
    const eighty = out.issued[1];
    expect(eighty.content).toMatchObject({ hours: 17.5, hoursAttended: 14, firstDate: '2026-03-10', lastDate: '2026-03-14' });
    expect(eighty.content).toMatchObject({ communeFr: 'Berkane', matricule: 'M-2', sessionCode: 'S-2026-001', kind: 'attendance' });
    expect(eighty.content.objectivesFr).toBe('Accueillir et orienter');
    // Each issue is in the History.
    expect(auditOf(ctx, eighty.id)).toMatchObject([{ tableName: 'attestations', action: 'create' }]);
    // A second request: they already hold one.
    const again = await issue(ctx, k.session.id, [k.full]);
    expect(again).toEqual({ issued: [], skipped: [{ enrolmentId: k.full, reason: 'alreadyIssued' }] });
  });

  it('needs the planned test passed, and states an achievement when the course promises one', async () => {
    const { ctx } = installation('Berkane');
    const k = classroom(ctx, { testPlanned: true, attestation: 'achievement' });
    // Nothing asked: every eligible participant without one; Nom2 attended enough but failed the test.
    const out = await issue(ctx, k.session.id);
    expect(out.issued.map((a) => [a.enrolmentId, a.content.kind])).toEqual([[k.full, 'achievement']]);
    expect(out.skipped).toEqual(expect.arrayContaining([{ enrolmentId: k.eighty, reason: 'notEligible' }]));
  });

  it('refuses a course that gives no attestation, and an installation without its keys (a partner dataset)', async () => {
    const { ctx } = installation('Berkane');
    const k = classroom(ctx, { attestation: 'none' });
    const r = await dispatchAsync('attestations.issue', { sessionId: k.session.id, enrolmentIds: [] }, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'errors.attestation.courseHasNone' } });
    const bare = { ...ctx, installation: undefined };
    const noKeys = await dispatchAsync('attestations.issue', { sessionId: k.session.id, enrolmentIds: [] }, bare);
    expect(noKeys).toMatchObject({ ok: false, error: { messageKey: 'errors.attestation.ownDataOnly' } });
  });
});

describe('numbering', () => {
  it('numbers per year of issue, the year where the commune is: SAS-<year>-0001 again in a new year', async () => {
    const { ctx } = installation('Liège');
    call(ctx, 'settings.update', { timeZone: 'Europe/Brussels' });
    const k = classroom(ctx);
    const [a] = (await issueAttestations(ctx, { sessionId: k.session.id, enrolmentIds: [k.full] }, new Date('2026-12-31T12:00:00Z')))
      .issued;
    // 23:30 UTC on 31 December is already the new year in Belgium (UTC+1 in winter).
    const [b] = (await issueAttestations(ctx, { sessionId: k.session.id, enrolmentIds: [k.eighty] }, new Date('2026-12-31T23:30:00Z')))
      .issued;
    expect([a.number, a.issuedOn]).toEqual(['SAS-2026-0001', '2026-12-31']);
    expect([b.number, b.issuedOn]).toEqual(['SAS-2027-0001', '2027-01-01']);
  });

  it('gives numbers 1..N exactly once when two processes issue on the same file at the same time', async () => {
    const { ctx } = installation('Berkane');
    const c = course(ctx, 'ACC-2');
    const s = session(ctx, c, { code: 'S-2026-002', slots: 2 });
    const people = Array.from({ length: 80 }, (_, i) => staffMember(ctx, `P-${i}`, `Agent${i}`));
    const enrolmentIds = people.map((staffId) => enrol(ctx, s, { staffId }, 2));
    const dir = tempDir();
    const go = path.join(dir, 'go');
    // Both processes ask for every person, in opposite orders: each also meets the other's issues.
    const run = (n: number, ids: string[]) =>
      new Promise<string[]>((resolve, reject) => {
        const arg = { file: ctx.file, keys: KEYS.own, sessionId: s.id, enrolmentIds: ids, go, ready: path.join(dir, `ready-${n}`) };
        const child = spawn(process.execPath, [path.join(import.meta.dirname, 'attestation-issuer.mjs'), JSON.stringify(arg)]);
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(err))));
      });
    const runs = [run(1, enrolmentIds), run(2, [...enrolmentIds].reverse())];
    while (!fs.existsSync(path.join(dir, 'ready-1')) || !fs.existsSync(path.join(dir, 'ready-2'))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    fs.writeFileSync(go, '');
    const [first, second] = await Promise.all(runs);
    // Each process got some of them (they ran side by side), none twice, and together all 80.
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    const all = [...first, ...second].sort();
    expect(all).toEqual(Array.from({ length: 80 }, (_, i) => `SAS-${all[0].slice(4, 8)}-${String(i + 1).padStart(4, '0')}`));
    const list = call(ctx, 'attestations.list', { sessionId: s.id });
    expect(new Set(list.map((a) => a.enrolmentId)).size).toBe(80);
  }, 60_000);
});

describe('verification of a paper attestation', () => {
  async function issued() {
    const inst = installation('Berkane');
    const k = classroom(inst.ctx);
    const [a] = (await issue(inst.ctx, k.session.id, [k.full])).issued;
    return { ...inst, k, a };
  }

  it('finds it valid with its code typed in any case, with spaces or without dashes, and shows what it states', async () => {
    const { ctx, a } = await issued();
    expect(a.verificationCode).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    const typed = a.verificationCode.toLowerCase().replace(/-/g, ' ');
    const r = await verify(ctx, a.number.toLowerCase(), typed);
    expect(r).toMatchObject({ result: 'valid', source: { own: true, communeFr: 'Berkane' }, content: { nameFr: 'Nom1', hours: 17.5 } });
    expect(await verify(ctx, a.number, a.verificationCode.replace(/-/g, ''))).toMatchObject({ result: 'valid' });
    expect(await verify(ctx, 'SAS-2026-9999', a.verificationCode)).toMatchObject({ result: 'unknown', content: null });
    const wrong = a.verificationCode.startsWith('A') ? `B${a.verificationCode.slice(1)}` : `A${a.verificationCode.slice(1)}`;
    expect(await verify(ctx, a.number, wrong)).toMatchObject({ result: 'codeMismatch', content: null });
  });

  it('says altered once the stored content changes, or once another key signed it', async () => {
    const { ctx, a } = await issued();
    const row = ctx.sqlite.prepare('SELECT content FROM attestations WHERE id = ?').get(a.id) as { content: string };
    // The stored content is canonical JSON: sorted keys, no spaces.
    expect(row.content).toBe(canonicalJson(JSON.parse(row.content)));
    const more = row.content.replace('"hoursAttended":17.5', '"hoursAttended":35');
    expect(more).not.toBe(row.content);
    ctx.sqlite.prepare('UPDATE attestations SET content = ? WHERE id = ?').run(more, a.id);
    expect(await verify(ctx, a.number, a.verificationCode)).toMatchObject({ result: 'altered', content: null });

    // A forger re-signs the changed content with a key of their own and prints its code.
    const signature = signContent(KEYS.other, more);
    ctx.sqlite
      .prepare('UPDATE attestations SET signature = ?, signer_public_key = ? WHERE id = ?')
      .run(signature, KEYS.other.signing.publicKey, a.id);
    expect(await verify(ctx, a.number, verificationCode(signature))).toMatchObject({ result: 'altered' });
    // The code on the genuine paper no longer matches what is stored.
    expect(await verify(ctx, a.number, a.verificationCode)).toMatchObject({ result: 'codeMismatch' });
  });

  it('says revoked, with the reason, after a revocation (kept and in the History); a new one can then be issued', async () => {
    const { ctx, k, a } = await issued();
    const revoked = call(ctx, 'attestations.revoke', { id: a.id, reason: 'Présence mal saisie' });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await verify(ctx, a.number, a.verificationCode)).toMatchObject({ result: 'revoked', revokeReason: 'Présence mal saisie' });
    expect(auditOf(ctx, a.id).map((e) => [e.action, e.fields])).toEqual([
      ['create', []],
      ['update', ['revokedAt', 'revokeReason']],
    ]);
    expect((await dispatchAsync('attestations.revoke', { id: a.id, reason: 'encore' }, ctx)).ok).toBe(false);
    const [again] = (await issue(ctx, k.session.id, [k.full])).issued;
    expect(again.number).not.toBe(a.number);
    expect(call(ctx, 'attestations.list', { enrolmentIds: [k.full] }).map((x) => [x.number, x.revokedAt !== null])).toEqual([
      [a.number, true],
      [again.number, false],
    ]);
  });

  it("checks a partner commune's attestation against its imported dataset and the key pinned for it", async () => {
    const coord = installation('Liège');
    const partner = installation('Ahfir', KEYS.other);
    const k = classroom(partner.ctx);
    const [theirs] = (await issue(partner.ctx, k.session.id, [k.full])).issued;
    // The coordinator has issued its own SAS-<year>-0001 too: the code says which one is meant.
    const mine = classroom(coord.ctx);
    const [own] = (await issue(coord.ctx, mine.session.id, [mine.full])).issued;
    expect(own.number).toBe(theirs.number);

    const file = path.join(tempDir(), 'ahfir.sasbackup');
    await createBackup(partner.ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.other, out: file, profile: 'no-contacts' });
    await importPartner(coord.ctx, file, { identities: [KEYS.own.identity] });
    expect(await verify(coord.ctx, theirs.number, theirs.verificationCode)).toMatchObject({
      result: 'valid',
      source: { own: false, communeFr: 'Ahfir' },
      content: { communeFr: 'Ahfir', matricule: 'M-1' },
    });
    expect(await verify(coord.ctx, own.number, own.verificationCode)).toMatchObject({ result: 'valid', source: { own: true } });
    closePartnerDatasets();

    // The partner's file altered on the coordinator's disk: the pinned key catches it.
    const forged = signContent(KEYS.own, JSON.stringify(theirs.content));
    const db = path.join(coord.dir, 'partners', `${theirs.content.installationId}.sqlite`);
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(db);
    raw.prepare('UPDATE attestations SET signature = ?, signer_public_key = ?').run(forged, KEYS.own.signing.publicKey);
    raw.close();
    expect(await verify(coord.ctx, theirs.number, verificationCode(forged))).toMatchObject({ result: 'altered', source: { own: false } });
    closePartnerDatasets();
  });
});

describe('the training passport', () => {
  it("adds up a person's sessions followed, hours attended and attestations, and the sessions they gave", async () => {
    const { ctx } = installation('Berkane');
    const k = classroom(ctx);
    const [amal] = staffIds(ctx);
    await issue(ctx, k.session.id, [k.full]);
    const other = session(ctx, course(ctx, 'ACC-3'), { code: 'S-2026-003', slots: 2 });
    enrol(ctx, other, { staffId: amal }, 1);
    const given = session(ctx, course(ctx, 'ACC-4'), { code: 'S-2026-004', slots: 4 });
    trainerOf(ctx, amal, given.id);
    const cancelled = session(ctx, course(ctx, 'ACC-5'), { code: 'S-2026-005', slots: 2, status: 'cancelled' });
    trainerOf(ctx, amal, cancelled.id);

    const p = call(ctx, 'passports.get', { staffId: amal });
    expect(p).toMatchObject({ participantType: 'staff', matricule: 'M-1', nameFr: 'Nom1' });
    expect(p.followed.map((f) => [f.sessionCode, f.status, f.hours, f.hoursAttended, f.attestation?.number ?? null])).toEqual([
      ['S-2026-001', 'attended_full', 17.5, 17.5, expect.stringMatching(/^SAS-\d{4}-0001$/)],
      ['S-2026-003', 'attended_partial', 7, 3.5, null],
    ]);
    expect(p.given.map((g) => [g.sessionCode, g.hours])).toEqual([['S-2026-004', 14]]);
    expect(p.totals).toEqual({ sessions: 2, hoursAttended: 21, attestations: 1, hoursGiven: 14 });
  });

  it("shows an association trainee's passport with their organisation", async () => {
    const { ctx } = installation('Berkane');
    const org = call(ctx, 'organizations.create', { nameFr: 'Association Espoir' });
    const t = call(ctx, 'trainees.create', { organizationId: org.id, lastNameFr: 'Ziani', firstNameFr: 'Karim', gender: 'm' });
    const s = session(ctx, course(ctx, 'ACC-6'), { code: 'S-2026-006', slots: 2 });
    enrol(ctx, s, { traineeId: t.id }, 2);
    const [a] = (await issue(ctx, s.id)).issued;
    expect(a.content).toMatchObject({
      participantType: 'association',
      matricule: '',
      nameFr: 'Ziani Karim',
      organizationFr: 'Association Espoir',
    });
    const p = call(ctx, 'passports.get', { traineeId: t.id });
    expect(p).toMatchObject({ participantType: 'association', groupFr: 'Association Espoir', given: [] });
    expect(p.totals).toEqual({ sessions: 1, hoursAttended: 7, attestations: 1, hoursGiven: 0 });
  });
});
