import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/core/open';
import { call, openTemp, tempDir } from './helpers';
import { migrateTo } from './migrate-to';

/**
 * One `describe` per migration, with rows written as the app of version N wrote them (see
 * migrate-to.ts). None of 0000–0004 rewrites rows, so the example is the upgrade users really
 * made: 0003_directory, the first migration after a release (version 3), on a database with staff.
 */

const UNIT = '0190a0a0-0000-7000-8000-0000000000a1';
const STAFF = '0190a0a0-0000-7000-8000-0000000000b1';

describe('0003_directory, on a database of version 3', () => {
  it('keeps the staff, their unit and their name search, and the directory works after it', () => {
    const file = path.join(tempDir(), 'sas.sqlite');
    const db = openDatabase(file);
    migrateTo(db, 3);
    db.prepare("INSERT INTO settings (id, installation_id, commune_fr, setup_done) VALUES (1, 'inst-v3', 'Berkane', 1)").run();
    db.prepare("INSERT INTO org_units (id, kind, name_fr) VALUES (?, 'direction', 'Direction des services')").run(UNIT);
    db.prepare(
      "INSERT INTO staff (id, matricule, gender, first_name_fr, last_name_fr, sort_name_fr, unit_id) VALUES (?, 'M001', 'f', 'Naïma', 'Benali', 'benali naima', ?)",
    ).run(STAFF, UNIT);
    db.prepare("INSERT INTO staff_search (staff_id, names) VALUES (?, 'm001 benali naima')").run(STAFF);

    expect(migrateTo(db, 4)).toMatchObject({ from: 3, to: 4 });
    expect(db.prepare('SELECT unit_id AS unit FROM staff WHERE id = ?').get(STAFF)).toEqual({ unit: UNIT });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM organizations').get()).toEqual({ n: 0 });
    db.close();

    // The rest of the way through the app's own opener, then the app's own channels.
    const ctx = openTemp(file);
    expect(ctx.migration).toMatchObject({ from: 4 });
    expect(call(ctx, 'staff.list', { query: 'benali' }).rows.map((r) => r.id)).toEqual([STAFF]);
    call(ctx, 'organizations.create', { nameFr: 'Association Espoir', nameAr: 'جمعية الأمل' });
    expect(call(ctx, 'organizations.search', { query: 'espoir' }).total).toBe(1);
  });
});
