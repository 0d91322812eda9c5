/**
 * Staff import figures for `npm run bench` (ms), not pass/fail: `staff.import` of a 20,000-row
 * CSV through the dispatcher (reading, checks, sort names, name index, audit) beside a raw insert
 * loop doing the same writes (staff row, name index entry, audit entry) in one transaction.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Output } from '../../api/contract';
import { closeContext, type DataContext } from '../../db/core/context';
import { newId, nowIso } from '../../db/core/ids';
import { dispatch, dispatchAsync } from '../../db/dispatch/dispatcher';
import { openAppDatabase } from '../../db/installation/open-database';
import { fold, searchFold } from '../../db/search/fold';

const ROWS = 20_000;
const NAMES: [string, string, string, string][] = [
  ['Benali', 'Naïma', 'بنعلي', 'نعيمة'],
  ['Chraïbi', 'Aziz', 'الشرايبي', 'عزيز'],
  ['Ziani', 'Ahmed', 'الزياني', 'أحمد'],
  ['Oujdi', 'Souad', 'الوجدي', 'سعاد'],
];

function references(ctx: DataContext): void {
  const ok = (channel: string, input: unknown) => {
    const r = dispatch(channel as never, input as never, ctx);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  };
  ok('settings.setup', { communeFr: 'Berkane', communeAr: 'بركان', role: 'sas', operatorName: 'Bench', language: 'fr' });
  ok('units.create', { kind: 'service', code: 'SAS', nameFr: "Service de l'action sociale" });
  ok('jobs.create', { code: 'AS-01', titleFr: 'Assistante sociale' });
  ok('grades.create', { nameFr: 'Administrateur 2e grade', nameAr: 'متصرف من الدرجة الثانية' });
}

export async function staffImportFigures() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-bench-staff-'));
  try {
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const [nom, prenom, nomAr, prenomAr] = NAMES[i % NAMES.length];
      return [
        `M${i}`,
        nom,
        prenom,
        nomAr,
        prenomAr,
        i % 2 ? 'F' : 'M',
        'Administrateur 2e grade',
        'SAS',
        'AS-01',
        '15/03/2019',
        '0536 12 34 56',
        `agent${i}@commune.example.ma`,
      ];
    });
    const header = 'matricule;nom;prenom;nom_ar;prenom_ar;genre;grade;unite;poste;date_embauche;telephone;email';
    const csv = Buffer.from(`\uFEFF${header}\r\n${rows.map((r) => r.join(';')).join('\r\n')}\r\n`);

    const target = openAppDatabase(path.join(dir, 'import.sqlite'));
    references(target);
    let t = performance.now();
    const r = await dispatchAsync('staff.import', { fileName: 'agents.csv', contentBase64: csv.toString('base64') }, target);
    const importMs = performance.now() - t;
    closeContext(target);

    const raw = openAppDatabase(path.join(dir, 'raw.sqlite'));
    references(raw);
    const ids = raw.sqlite
      .prepare('SELECT (SELECT id FROM org_units) AS unit, (SELECT id FROM job_profiles) AS job, (SELECT id FROM staff_grades) AS grade')
      .get() as Record<string, string>;
    const insert = raw.sqlite.prepare(
      `INSERT INTO staff (id, created_at, updated_at, matricule, last_name_fr, first_name_fr, last_name_ar, first_name_ar, sort_name_fr, sort_name_ar,
         gender, grade_id, unit_id, job_id, hire_date, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const index = raw.sqlite.prepare('INSERT INTO staff_search (staff_id, names) VALUES (?, ?)');
    const audit = raw.sqlite.prepare(
      'INSERT INTO audit_log (id, at, operator, table_name, record_id, action, fields) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    t = performance.now();
    raw.sqlite
      .transaction(() => {
        for (const [matricule, nom, prenom, nomAr, prenomAr, genre, , , , , phone, email] of rows) {
          const id = newId();
          const now = nowIso();
          insert.run(
            id,
            now,
            now,
            matricule,
            nom,
            prenom,
            nomAr,
            prenomAr,
            fold(`${nom} ${prenom}`),
            fold(`${nomAr} ${prenomAr}`),
            genre.toLowerCase(),
            ids.grade,
            ids.unit,
            ids.job,
            '2019-03-15',
            phone,
            email,
          );
          index.run(id, searchFold([matricule, nom, prenom, nomAr, prenomAr].join(' ')));
          audit.run(newId(), now, 'Bench', 'staff', id, 'create', '[]');
        }
      })
      .immediate();
    const rawMs = performance.now() - t;
    closeContext(raw);
    const v = r.ok ? (r.value as Output<'staff.import'>) : null;
    const result = v ? { created: v.created, updated: v.updated, rejected: v.rejected.length } : r.ok ? null : r.error;
    return {
      rows: ROWS,
      result,
      importMs: Math.round(importMs),
      rawInsertLoopMs: Math.round(rawMs),
      ratio: Math.round((importMs / rawMs) * 10) / 10,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
