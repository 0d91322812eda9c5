import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../db/dispatch/dispatcher';
import { createBackup } from '../../db/features/backup/create';
import { importPartner, openPartnerDataset } from '../../db/features/backup/partners';
import { restoreBackup } from '../../db/features/backup/restore';
import { openAppDatabase } from '../../db/installation/open-database';
import { KEYS, installation, withInstallation } from './backup-helpers';
import { call, sas, tempDir, track } from './helpers';

const OWN = { identities: [KEYS.own.identity] };

/** A partner commune with the demo's year (sessions, attendance, evaluations) sends an aggregates backup. */
async function aggregatesFrom(commune = 'Ahfir', profile: 'aggregates' | 'no-contacts' = 'aggregates') {
  const ctx = withInstallation(track(openAppDatabase(path.join(tempDir(), 'partner.sqlite'))), KEYS.other);
  call(ctx, 'demo.load', {});
  call(ctx, 'settings.update', { communeFr: commune, operatorName: 'Samira Alaoui' });
  const file = path.join(tempDir(), `${commune}-${profile}.sasbackup`);
  await createBackup(ctx, { to: { recipients: [KEYS.own.recipient] }, keys: KEYS.other, out: file, profile });
  return { source: ctx, file };
}

describe('the aggregates backup profile', () => {
  it('carries no person, only the plan, the catalogue, the sessions and the year’s indicators as the source computes them', async () => {
    const { source, file } = await aggregatesFrom();
    const coord = installation('Liège');
    const partner = await importPartner(coord.ctx, file, OWN);
    expect(partner.profile).toBe('aggregates');
    const ds = openPartnerDataset(coord.ctx, partner.id);
    const n = (table: string) => (ds.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    for (const table of [
      'staff',
      'association_trainees',
      'enrolments',
      'attendance',
      'attestations',
      'responses',
      'answers',
      'follow_ups',
      'competency_ratings',
      'reviews',
      'training_needs',
      'organization_contacts',
      'audit_log',
    ])
      expect(n(table), table).toBe(0);
    for (const table of ['training_plans', 'plan_actions', 'courses', 'training_sessions', 'session_slots', 'organizations'])
      expect(n(table), table).toBeGreaterThan(0);

    // No name, matricule or e-mail of the source's people anywhere in the file's bytes.
    const bytes = fs.readFileSync(path.join(coord.dir, 'partners', `${partner.id}.sqlite`)).toString('utf8');
    const people = source.sqlite
      .prepare("SELECT matricule, last_name_fr || ' ' || first_name_fr AS name, email FROM staff ORDER BY matricule LIMIT 200")
      .all() as { matricule: string; name: string; email: string }[];
    const trainees = source.sqlite.prepare("SELECT last_name_fr || ' ' || first_name_fr AS name FROM association_trainees").all() as {
      name: string;
    }[];
    const found = [...people.flatMap((p) => [p.matricule, p.name, p.email]), ...trainees.map((t) => t.name), 'Samira Alaoui'].filter(
      (s) => s && bytes.includes(s),
    );
    expect(found).toEqual([]);

    // The coordinator reads the same figures the commune reads at home.
    const year = new Date().getFullYear();
    const here = dispatch('indicators.year', { year }, ds);
    const there = dispatch('indicators.year', { year }, source);
    expect(here.ok && there.ok).toBe(true);
    expect(here.ok && here.value).toEqual(there.ok && there.value);
    expect(there.ok && (there.value as { staffTrained: number }).staffTrained).toBeGreaterThan(0);
  });

  it('cannot be restored over an installation: it would replace the Service’s data by figures', async () => {
    const { file } = await aggregatesFrom();
    const coord = installation('Liège');
    await expect(restoreBackup(coord.ctx, file, OWN, () => {}, { acceptOtherSource: true })).rejects.toMatchObject({
      messageKey: 'errors.backup.aggregatesNotRestorable',
    });
    expect(call(coord.ctx, 'staff.list', { limit: 5 }).total).toBe(3);
  });
});

describe('the programme view', () => {
  it('puts each imported partner’s indicators side by side, as each computes them at home, whatever the backup’s profile', async () => {
    const ahfir = await aggregatesFrom('Ahfir', 'aggregates');
    const saidia = await aggregatesFrom('Saïdia', 'no-contacts');
    const coord = installation('Liège');
    await importPartner(coord.ctx, ahfir.file, OWN);
    await importPartner(coord.ctx, saidia.file, OWN);
    const year = new Date().getFullYear();
    const at = (ctx: typeof ahfir.source) => {
      const r = dispatch('indicators.year', { year }, ctx);
      return r.ok ? r.value : null;
    };
    const out = sas('report', 'compare', '--db', coord.ctx.file, '--year', String(year), '--json');
    expect(out.code).toBe(0);
    const rows = JSON.parse(out.stdout) as { partner: string; backupDate: string; indicators: unknown }[];
    expect(rows.map((r) => Object.keys(r))).toEqual([
      ['partner', 'backupDate', 'indicators'],
      ['partner', 'backupDate', 'indicators'],
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.partner, r]));
    expect(by.Ahfir!.indicators).toEqual(at(ahfir.source));
    expect(by['Saïdia']!.indicators).toEqual(at(saidia.source));
    expect(Number.isNaN(Date.parse(by.Ahfir!.backupDate))).toBe(false);
  });
});
