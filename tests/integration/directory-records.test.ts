import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../api/contract';
import { call, count, openTemp, refusal, setup, tempDir } from './helpers';
import { callAsync } from './directory-helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const sas = (...args: string[]) =>
  spawnSync(process.execPath, ['shells/cli/sas.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

function seed() {
  const ctx = openTemp();
  setup(ctx);
  const triffa = call(ctx, 'terms.create', { kind: 'quartier', nameFr: 'Triffa', nameAr: 'حي تريفة' }).id;
  const bouhdila = call(ctx, 'terms.create', { kind: 'quartier', nameFr: 'Bouhdila', nameAr: 'حي بوهديلة' }).id;
  const terms = call(ctx, 'terms.list', {});
  const term = (kind: string, code: string) => terms.find((t) => t.kind === kind && t.code === code)!.id;
  const quartiers: Record<string, string> = { Triffa: triffa, Bouhdila: bouhdila };
  const org = (nameFr: string, nameAr: string, quartier: string, termIds: string[], extra: object = {}) =>
    call(ctx, 'organizations.create', { nameFr, nameAr, termIds, locations: [{ quartierId: quartiers[quartier] }], ...extra });
  const a = org('Association Éveil des Enfants', 'جمعيةُ إِشْراقة الطفولة', 'Triffa', [term('domain', 'childhood'), term('language', 'ar')], {
    phones: ['0536 11 22 33'],
  });
  const b = org('Fondation Œuvres Sociales', 'مؤسسة الأعمال الاجتماعية', 'Bouhdila', [term('domain', 'social')]);
  const c = org('Club de sport', 'نادي الرياضة', 'Triffa', [term('domain', 'sport'), term('domain', 'childhood')], {
    email: 'club@example.ma',
  });
  return { ctx, term, triffa, bouhdila, a, b, c };
}

describe('directory search, duplicates and merge', () => {
  it('finds names in both scripts whatever the accents, ligatures, tashkeel, hamza and ta marbuta', () => {
    const { ctx, a, b } = seed();
    const ids = (query: string) => call(ctx, 'organizations.search', { query }).rows.map((r) => r.id);
    expect(ids('eveil enfants')).toEqual([a.id]);
    expect(ids('ÉVEIL')).toEqual([a.id]);
    expect(ids('oeuvres')).toEqual([b.id]);
    expect(ids('اشراقه')).toEqual([a.id]); // no kasra, no hamza, ه for ة
    expect(ids('جمعية إشراقة')).toEqual([a.id]);
    expect(ids('الاعمال')).toEqual([b.id]);
    expect(ids('zzz')).toEqual([]);
  });

  it('counts facets with the other filters applied and filters by domain, quartier and to-verify', () => {
    const { ctx, term, triffa, bouhdila, a, c } = seed();
    const all = call(ctx, 'organizations.search', {});
    expect(all.total).toBe(3);
    expect(all.facets!.quartier).toEqual([
      { value: triffa, count: 2 },
      { value: bouhdila, count: 1 },
    ]);
    // Each row names its quartier in the language asked for.
    expect(all.rows.find((r) => r.id === a.id)).toMatchObject({ quartierId: triffa, quartier: 'Triffa' });
    const inArabic = call(ctx, 'organizations.search', { lang: 'ar', sort: 'quartier' }).rows;
    expect(inArabic.map((r) => r.quartier)).toEqual(['حي بوهديلة', 'حي تريفة', 'حي تريفة']);
    expect(all.facets!.domain.find((d) => d.value === term('domain', 'childhood'))!.count).toBe(2);
    // Each row carries its domains and quality score, so the list needs no read per row.
    const rowA = all.rows.find((r) => r.id === a.id)!;
    expect(rowA.domainIds).toContain(term('domain', 'childhood'));
    expect(rowA.qualityScore).toBe(call(ctx, 'organizations.get', { id: a.id }).qualityScore);
    const childhood = call(ctx, 'organizations.search', { domainIds: [term('domain', 'childhood')], sort: 'name' });
    expect(childhood.rows.map((r) => r.id)).toEqual([a.id, c.id]);
    expect(childhood.facets!.quartier).toEqual([{ value: triffa, count: 2 }]);
    // A facet's own filter is lifted for its counts: the user still sees the other choices.
    expect(childhood.facets!.domain).toEqual(all.facets!.domain);
    const inBouhdila = call(ctx, 'organizations.search', { quartierIds: [bouhdila] });
    expect(inBouhdila.total).toBe(1);
    expect(inBouhdila.facets!.quartier).toEqual(all.facets!.quartier);
    expect(inBouhdila.facets!.status).toEqual([{ value: 'active', count: 1 }]);
    expect(call(ctx, 'organizations.search', { toVerify: true }).total).toBe(0);
    ctx.sqlite.prepare("UPDATE organizations SET verified_at = '2020-01-01T00:00:00Z' WHERE id = ?").run(a.id);
    expect(call(ctx, 'organizations.search', { toVerify: true }).rows.map((r) => r.id)).toEqual([a.id]);
    call(ctx, 'organizations.verify', { id: a.id });
    expect(call(ctx, 'organizations.search', { toVerify: true }).total).toBe(0);
  });

  it('refuses a duplicate on create with the matches, unless createAnyway', () => {
    const { ctx, a, c } = seed();
    const e = refusal(ctx, 'organizations.create', { nameFr: 'ASSOCIATION EVEIL DES ENFANTS' });
    expect(e.code).toBe('conflict');
    expect(e.duplicates).toEqual([expect.objectContaining({ id: a.id, reasons: ['name'] })]);
    expect(refusal(ctx, 'organizations.create', { nameFr: 'Autre', phones: ['+212 536-112233'] }).duplicates![0].id).toBe(a.id);
    expect(refusal(ctx, 'organizations.create', { nameFr: 'Autre', email: 'CLUB@example.ma' }).duplicates![0].id).toBe(c.id);
    // One match by name and phone is one organisation with both reasons; an empty e-mail matches nobody.
    expect(refusal(ctx, 'organizations.create', { nameFr: 'Association Éveil des Enfants', phones: ['0536112233'] }).duplicates).toEqual([
      expect.objectContaining({ id: a.id, reasons: ['name', 'phone'] }),
    ]);
    expect(call(ctx, 'organizations.create', { nameFr: 'Association Eveil des enfants', createAnyway: true }).id).toBeTruthy();
  });

  it('merges two organisations keeping every non-empty field and every link', () => {
    const { ctx, a, c } = seed();
    call(ctx, 'services.create', { organizationId: c.id, nameFr: 'Football' });
    call(ctx, 'subsidies.create', {
      organizationId: c.id,
      year: 2024,
      requestedCentimes: 500_000,
      status: 'granted',
      grantedCentimes: 300_000,
      reportDueDate: '2025-03-31',
    });
    call(ctx, 'partnerships.create', { organizationId: c.id, titleFr: 'Convention 2024' });
    call(ctx, 'organizations.update', { ...call(ctx, 'organizations.get', { id: c.id }), contacts: [{ nameFr: 'Karim Benali' }] });
    const criterion = call(ctx, 'criteria.list', {})[0];
    call(ctx, 'checks.set', { organizationId: c.id, criterionId: criterion.id, met: true, checkedOn: '2025-01-10' });
    const merged = call(ctx, 'organizations.merge', { keepId: a.id, mergeId: c.id });
    expect(merged.email).toBe('club@example.ma');
    expect(merged.phones).toEqual(['0536 11 22 33']);
    expect(merged.locations).toHaveLength(1); // same quartier, no address: one place
    expect(merged.contacts.map((x) => x.nameFr)).toEqual(['Karim Benali']);
    expect(merged.termIds).toHaveLength(3);
    expect(call(ctx, 'services.list', { organizationId: a.id }).map((s) => s.nameFr)).toEqual(['Football']);
    expect(call(ctx, 'subsidies.list', { organizationId: a.id }).total).toBe(1);
    expect(call(ctx, 'partnerships.list', { organizationId: a.id })).toHaveLength(1);
    expect(call(ctx, 'checks.list', { organizationId: a.id }).checks.find((x) => x.criterionId === criterion.id)!.met).toBe(true);
    expect(count(ctx, 'organizations')).toBe(2);
    expect(call(ctx, 'organizations.search', { query: 'club' }).rows.map((r) => r.id)).toEqual([]);
    expect(call(ctx, 'organizations.search', { query: 'football' }).rows.map((r) => r.id)).toEqual([a.id]);
  });

  it('totals subsidies by year and lists overdue reports', () => {
    const { ctx, triffa, a, b } = seed();
    call(ctx, 'subsidies.create', {
      organizationId: a.id,
      year: 2024,
      requestedCentimes: 1_000_000,
      grantedCentimes: 800_000,
      status: 'paid',
      reportDueDate: '2025-03-31',
    });
    call(ctx, 'subsidies.create', { organizationId: b.id, year: 2024, requestedCentimes: 500_000, status: 'rejected' });
    call(ctx, 'subsidies.create', {
      organizationId: b.id,
      year: 2025,
      requestedCentimes: 200_000,
      grantedCentimes: 200_000,
      status: 'report_received',
      reportDueDate: '2025-03-31',
    });
    expect(call(ctx, 'subsidies.totals', { by: 'year' }).map((t) => [t.key, t.count, t.grantedCentimes])).toEqual([
      ['2025', 1, 200_000],
      ['2024', 2, 800_000],
    ]);
    expect(call(ctx, 'subsidies.totals', { by: 'quartier', year: 2024 })[0]).toMatchObject({
      key: triffa,
      labelFr: 'Triffa',
      labelAr: 'حي تريفة',
      grantedCentimes: 800_000,
    });
    expect(call(ctx, 'subsidies.overdue', { today: '2025-06-01' }).map((s) => s.organizationId)).toEqual([a.id]);
    expect(refusal(ctx, 'organizations.delete', { id: a.id }).holders![0]).toMatchObject({ kind: 'subsidies', count: 1 });
  });
});

describe('subsidies', () => {
  it('refuse a negative amount, and a subsidy with neither an amount nor a programme, beside the field', () => {
    const { ctx, a } = seed();
    expect(refusal(ctx, 'subsidies.create', { organizationId: a.id, year: 2025, requestedCentimes: -500_000 }).issues).toEqual([
      { path: 'requestedCentimes', message: 'errors.amount.negative' },
    ]);
    expect(refusal(ctx, 'subsidies.create', { organizationId: a.id, year: 2025 }).issues).toEqual([
      { path: 'requestedCentimes', message: 'errors.amount.orProgramme' },
    ]);
    expect(call(ctx, 'subsidies.create', { organizationId: a.id, year: 2025, programmeAr: 'منحة التسيير' }).requestedCentimes).toBe(0);
    expect(call(ctx, 'subsidies.create', { organizationId: a.id, year: 2025, grantedCentimes: 1_250_050 }).grantedCentimes).toBe(1_250_050);
  });
});

describe('directory export', () => {
  it('writes CSV for Excel (BOM, semicolons, CRLF) and neutralises formulas', async () => {
    const { ctx, a } = seed();
    call(ctx, 'organizations.update', {
      ...call(ctx, 'organizations.get', { id: a.id }),
      descriptionFr: '=HYPERLINK("http://x")',
      acronymFr: '@SUM',
    });
    const out = await callAsync(ctx, 'directory.export', { format: 'csv' });
    const bytes = Buffer.from(out.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid;nom_fr;nom_ar;/);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(";'@SUM;");
  });

  it('writes an XLSX that opens, even when texts from older data hold characters XML forbids (each becomes U+FFFD)', async () => {
    const { ctx, a } = seed();
    // Written before the contract refused them (or by an import): the contract no longer lets them in.
    ctx.sqlite
      .prepare(`UPDATE organizations SET name_fr = ?, description_fr = ? WHERE id = ?`)
      .run('Espoir\uFFFE Triffa', 'un\u0001deux\u0000', a.id);
    const out = await callAsync(ctx, 'directory.export', { format: 'xlsx' });
    const other = openTemp();
    const preview = await callAsync(other, 'directory.importPreview', { fileName: 'x.xlsx', contentBase64: out.contentBase64 });
    expect(preview).toBeTruthy();
    const r = await callAsync(other, 'directory.import', { fileName: 'x.xlsx', contentBase64: out.contentBase64 });
    expect(r).toMatchObject({ imported: 3, rejected: [] });
    const back = call(other, 'organizations.search', { query: 'triffa' }).rows.find((o) => o.nameFr.startsWith('Espoir'));
    expect(back?.nameFr).toBe('Espoir\uFFFD Triffa');
    expect(call(other, 'organizations.get', { id: back!.id }).descriptionFr).toBe('un\uFFFDdeux\uFFFD');
  });

  it('gives back the same organisations when an HSDS export is imported into an empty database', async () => {
    const { ctx } = seed();
    const hsds = await callAsync(ctx, 'directory.export', { format: 'hsds' });
    const json = JSON.parse(Buffer.from(hsds.contentBase64, 'base64').toString('utf8'));
    expect(json.organizations[0]).toHaveProperty('locations.0.addresses.0.region');
    const other = openTemp();
    const r = await callAsync(other, 'directory.import', { fileName: 'd.json', contentBase64: hsds.contentBase64 });
    expect(r).toMatchObject({ imported: 3, rejected: [] });
    // Term ids are each installation's own: quartiers are compared by their names in both scripts.
    const quartierOf = (c: typeof ctx, id: string | null) => {
      const t = call(c, 'terms.list', { kind: 'quartier' }).find((x) => x.id === id);
      return t ? `${t.nameFr}|${t.nameAr}` : null;
    };
    const strip = (c: typeof ctx, o: Output<'organizations.get'>) => {
      const { termIds: _t, legalStatusId: _l, createdAt: _c, updatedAt: _u, verifiedBy: _v, locations, ...rest } = o;
      return { ...rest, locations: locations.map(({ quartierId, ...l }) => ({ ...l, quartier: quartierOf(c, quartierId) })) };
    };
    for (const row of call(ctx, 'organizations.search', {}).rows) {
      const mine = strip(ctx, call(ctx, 'organizations.get', { id: row.id }));
      expect(strip(other, call(other, 'organizations.get', { id: row.id }))).toEqual(mine);
      expect(mine.locations[0].quartier).toMatch(/^(Triffa\|حي تريفة|Bouhdila\|حي بوهديلة)$/);
    }
  });

  it("exports a quartier's French name and matches it, or its Arabic name, on import", async () => {
    const { ctx, triffa } = seed();
    const csv = Buffer.from((await callAsync(ctx, 'directory.export', { format: 'csv' })).contentBase64, 'base64').toString('utf8');
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Counted from the end of the line: a list of domains before it is a quoted cell holding semicolons.
    const fromEnd = header.split(';').indexOf('quartier') - header.split(';').length;
    expect(lines.map((l) => l.split(';').at(fromEnd)).sort()).toEqual(['Bouhdila', 'Triffa', 'Triffa']);

    const file = 'nom_fr;quartier\nAssociation Nour;حي تريفة\nAssociation Amal;triffa\nAssociation Badr;Hay Al Qods\n';
    const r = await callAsync(ctx, 'directory.import', { fileName: 'q.csv', contentBase64: Buffer.from(file).toString('base64') });
    expect(r).toMatchObject({ imported: 3, rejected: [] });
    const quartierOf = (query: string) =>
      call(ctx, 'organizations.get', { id: call(ctx, 'organizations.search', { query }).rows[0].id }).locations[0].quartierId;
    expect(quartierOf('nour')).toBe(triffa);
    expect(quartierOf('amal')).toBe(triffa);
    const added = call(ctx, 'terms.list', { kind: 'quartier' }).find((t) => t.id === quartierOf('badr'));
    expect(added).toMatchObject({ nameFr: 'Hay Al Qods', nameAr: '' });
  });
});

describe('sas directory', () => {
  it('imports with the JSON contract, exits 1 on an unreadable file without writing, searches in JSON', { timeout: 120_000 }, () => {
    const dir = tempDir();
    const db = path.join(dir, 'sas.sqlite');
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, 'nom_fr;nom_ar;telephone\nAssociation Amal;جمعية الأمل;0536 12 12 12\n;;\n;;0600\n');
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'nope');
    const fail = sas('directory', 'import', bad, '--db', db, '--json');
    expect(fail.status).toBe(1);
    expect(fs.existsSync(db)).toBe(false);
    const r = sas('directory', 'import', file, '--db', db, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ imported: 1, duplicates: 0, rejected: [{ line: 4, reason: expect.any(String) }] });
    const again = sas('directory', 'import', file, '--db', db, '--json', '--on-duplicate', 'skip');
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: 1 });
    const s = sas('directory', 'search', 'الامل', '--db', db, '--json');
    expect(JSON.parse(s.stdout)).toEqual([
      expect.objectContaining({ id: expect.any(String), nameFr: 'Association Amal', nameAr: 'جمعية الأمل' }),
    ]);
    const out = path.join(dir, 'out.json');
    expect(sas('directory', 'export', '--db', db, '--format', 'hsds', '--out', out).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).organizations).toHaveLength(1);
    expect(sas('directory', 'export', '--db', db, '--format', 'pdf', '--out', out).status).toBe(2);
  });
});
