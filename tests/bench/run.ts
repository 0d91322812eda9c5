/**
 * `npm run bench`: figures, not pass/fail (docs/ARCHITECTURE.md §7). Prints one JSON object with timings in
 * milliseconds (p50/p95 over repeated runs) for opening a database, loading the demo data, and
 * the staff list through the dispatcher beside the same query in hand-written SQL, backups beside
 * the sqlite3 and age tools, and directory search and import beside a LIKE scan and raw inserts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Output } from '../../api/contract';
import { type DataContext, closeContext } from '../../db/core/context';
import { openAppDatabase } from '../../db/installation/open-database';
import { dispatch } from '../../db/dispatch/dispatcher';
import { ftsQuery } from '../../db/search/fold';
import { backupFigures } from './backup';
import { directoryFigures } from './directory';
import { addStaff } from './fill';
import { measure, summarise } from './stats';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-bench-'));
let files = 0;
const newFile = () => path.join(dir, `db-${files++}.sqlite`);

function timeOnce<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

function demo(ctx: DataContext, scale: 'commune' | 'programme') {
  const r = dispatch('demo.load', { scale }, ctx);
  if (!r.ok) throw new Error(`demo.load: ${JSON.stringify(r.error)}`);
}

/** The non-root unit with the most staff below it: the heaviest realistic unit filter. */
function biggestUnit(ctx: DataContext): string {
  return (
    ctx.sqlite
      .prepare(
        `WITH RECURSIVE t(top, id) AS (SELECT id, id FROM org_units WHERE parent_id IS NOT NULL
           UNION ALL SELECT t.top, u.id FROM org_units u JOIN t ON u.parent_id = t.id)
         SELECT t.top AS id FROM t JOIN staff s ON s.unit_id = t.id GROUP BY t.top ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { id: string }
  ).id;
}

/** The staff.list queries, once through the dispatcher and once as hand-written SQL. */
function listFigures(ctx: DataContext) {
  const unitId = biggestUnit(ctx);
  const byUnit = { unitId, sort: 'name', lang: 'fr', limit: 100 } as const;
  const search = { query: 'benali', limit: 100 } as const;
  const call = (input: object) => () => {
    const r = dispatch('staff.list', input, ctx);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as Output<'staff.list'>;
  };

  const select = `SELECT s.id, s.matricule, trim(s.last_name_fr || ' ' || s.first_name_fr) AS nameFr, trim(s.last_name_ar || ' ' || s.first_name_ar) AS nameAr,
      u.name_fr AS unitNameFr, u.name_ar AS unitNameAr, j.title_fr AS jobTitleFr, j.title_ar AS jobTitleAr,
      coalesce((SELECT coalesce(nullif(g.name_fr, ''), g.name_ar) FROM staff_grades g WHERE g.id = s.grade_id), '') AS grade, s.status, s.is_manager AS isManager, s.hire_date AS hireDate
    FROM staff s LEFT JOIN org_units u ON u.id = s.unit_id LEFT JOIN job_profiles j ON j.id = s.job_id`;
  const inUnit = `s.unit_id IN (WITH RECURSIVE d(id) AS (SELECT ? UNION ALL SELECT x.id FROM org_units x JOIN d ON x.parent_id = d.id) SELECT id FROM d)`;
  const matches = `s.id IN (SELECT staff_id FROM staff_search WHERE staff_search MATCH ?)`;
  const rawUnitCount = ctx.sqlite.prepare(`SELECT count(*) AS n FROM staff s WHERE s.status = 'active' AND ${inUnit}`);
  const rawUnitPage = ctx.sqlite.prepare(
    `${select} WHERE s.status = 'active' AND ${inUnit} ORDER BY s.sort_name_fr = '', s.sort_name_fr, s.matricule LIMIT 100`,
  );
  const rawSearchCount = ctx.sqlite.prepare(`SELECT count(*) AS n FROM staff s WHERE s.status = 'active' AND ${matches}`);
  const rawSearchPage = ctx.sqlite.prepare(
    `${select} WHERE s.status = 'active' AND ${matches} ORDER BY s.sort_name_fr = '', s.sort_name_fr, s.matricule LIMIT 100`,
  );
  const match = ftsQuery(search.query);

  const unitResult = call(byUnit)();
  const searchResult = call(search)();
  return {
    staff: (ctx.sqlite.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n,
    unitFilterSortByName: {
      matches: unitResult.total,
      dispatcher: measure(call(byUnit)),
      rawSql: measure(() => [rawUnitCount.get(unitId), rawUnitPage.all(unitId)]),
    },
    nameSearch: {
      query: search.query,
      matches: searchResult.total,
      dispatcher: measure(call(search)),
      rawSql: measure(() => [rawSearchCount.get(match), rawSearchPage.all(match)]),
    },
  };
}

try {
  const openRuns: number[] = [];
  for (let i = 0; i < 20; i++) {
    const [ctx, ms] = timeOnce(() => openAppDatabase(newFile()));
    openRuns.push(ms);
    closeContext(ctx);
  }

  const demoRuns: number[] = [];
  let backupCommune: Awaited<ReturnType<typeof backupFigures>> | null = null;
  for (let i = 0; i < 5; i++) {
    const ctx = openAppDatabase(newFile());
    demoRuns.push(timeOnce(() => demo(ctx, 'commune'))[1]);
    if (i === 0) backupCommune = await backupFigures(ctx, dir);
    closeContext(ctx);
  }

  const big = openAppDatabase(newFile());
  const [, programmeMs] = timeOnce(() => demo(big, 'programme'));
  const at5k = listFigures(big);
  const backupProgramme = await backupFigures(big, dir);
  const [, bulkMs] = timeOnce(() => addStaff(big, 50_000 - at5k.staff));
  big.sqlite.exec('ANALYZE');
  const at50k = listFigures(big);
  closeContext(big);

  const figures = {
    unit: 'ms',
    node: process.version,
    openAndMigrateEmptyDatabase: summarise(openRuns),
    demoCommuneScale: summarise(demoRuns),
    setup: { demoProgrammeScaleMs: Math.round(programmeMs), bulkInsertTo50kMs: Math.round(bulkMs) },
    staffList5k: at5k,
    staffList50k: at50k,
    backup: { communeScale: backupCommune, programmeScale: backupProgramme },
    directory: await directoryFigures(),
  };
  console.log(JSON.stringify(figures, null, 2));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
