/**
 * `npm run bench`: figures, not pass/fail (docs/ARCHITECTURE.md §7). Prints one JSON object with timings in
 * milliseconds (p50/p95 over repeated runs) for opening a database, loading the demo data, and
 * the staff list through the dispatcher beside the same query in hand-written SQL, backups (time
 * and peak memory, at commune and programme scale and for a database of about 250 MB) beside the
 * sqlite3 and age tools, directory search and import beside a LIKE scan and raw inserts, and the
 * time to the first row in a browser beside a static page of the same size (`npm run build` first).
 * `npm run bench -- --backup` prints the backup figures alone, `-- --browser` the browser's alone,
 * `-- --gaps` the gap matrix and needs aggregation beside raw SQL, and the needs-to-plan view and the plan
 * document's data (commune and programme scale),
 * `-- --sessions` the calendar month, the attendance grid of the largest session and the year's
 * participations report (programme scale),
 * `-- --indicators` the year's indicators through the dispatcher beside one raw SQL per indicator (programme scale),
 * `-- --dashboard` the year's dashboard, without a filter and with a unit filter, beside its headline figures in raw SQL (programme scale),
 * `-- --staff-import` the staff import of 20,000 rows beside a raw insert loop,
 * `-- --directory` the directory's search and import figures (`--directory-search` or `--import`
 * for one of them), `-- --staff` the staff list at 50,000 and 100,000 staff.
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
import { browserFigures } from './browser';
import { directoryFigures } from './directory';
import { gapFigures } from './gaps';
import { indicatorFigures } from './indicators';
import { dashboardFigures } from './dashboard';
import { planFigures } from './plans';
import { sessionFigures } from './sessions';
import { staffImportFigures } from './staff-import';
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
  const byName = { sort: 'name', lang: 'fr', limit: 100 } as const;
  const byNameAr = { sort: 'name', lang: 'ar', limit: 100 } as const;
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
  const rawAllCount = ctx.sqlite.prepare(`SELECT count(*) AS n FROM staff s WHERE s.status = 'active'`);
  const rawAllPage = ctx.sqlite.prepare(
    `${select} WHERE s.status = 'active' ORDER BY s.sort_name_fr = '', s.sort_name_fr, s.matricule LIMIT 100`,
  );
  const match = ftsQuery(search.query);

  const unitResult = call(byUnit)();
  const searchResult = call(search)();
  return {
    staff: (ctx.sqlite.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n,
    // The list as it opens: active staff by name, first page, beside the same count and page in hand-written SQL.
    defaultListByName: {
      dispatcher: measure(call(byName)),
      dispatcherArabic: measure(call(byNameAr)),
      rawSql: measure(() => [rawAllCount.get(), rawAllPage.all()]),
    },
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

/**
 * Random notes on every staff member until the file is about `bytes` long: the size a database
 * reaches after years of use, for the backup figures (random text does not compress away).
 */
function grow(ctx: DataContext, bytes: number): DataContext {
  const size = () =>
    (ctx.sqlite.pragma('page_count', { simple: true }) as number) * (ctx.sqlite.pragma('page_size', { simple: true }) as number);
  const staff = (ctx.sqlite.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n;
  // hex() writes two characters per random byte.
  ctx.sqlite.prepare('UPDATE staff SET notes = hex(randomblob(?))').run(Math.max(1, Math.ceil((bytes - size()) / staff / 2)));
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return ctx;
}

/** `npm run bench -- --backup`: the backup figures alone (commune, programme, ~250 MB). */
async function backupOnly(): Promise<void> {
  const commune = openAppDatabase(newFile());
  demo(commune, 'commune');
  const communeScale = await backupFigures(commune, dir);
  closeContext(commune);
  const big = openAppDatabase(newFile());
  demo(big, 'programme');
  const programmeScale = await backupFigures(big, dir);
  addStaff(big, 50_000 - (big.sqlite.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n);
  const about250MB = await backupFigures(grow(big, 250 * 1024 * 1024), dir);
  closeContext(big);
  console.log(JSON.stringify({ unit: 'ms', node: process.version, backup: { communeScale, programmeScale, about250MB } }, null, 2));
}

/** Every figure. */
async function everything(): Promise<void> {
  const openRuns: number[] = [];
  for (let i = 0; i < 20; i++) {
    const [ctx, ms] = timeOnce(() => openAppDatabase(newFile()));
    openRuns.push(ms);
    closeContext(ctx);
  }

  const demoRuns: number[] = [];
  let backupCommune: Awaited<ReturnType<typeof backupFigures>> | null = null;
  let gapsCommune: ReturnType<typeof gapFigures> | null = null;
  for (let i = 0; i < 5; i++) {
    const ctx = openAppDatabase(newFile());
    demoRuns.push(timeOnce(() => demo(ctx, 'commune'))[1]);
    if (i === 0) backupCommune = await backupFigures(ctx, dir);
    if (i === 0) gapsCommune = gapFigures(ctx);
    closeContext(ctx);
  }

  const big = openAppDatabase(newFile());
  const [, programmeMs] = timeOnce(() => demo(big, 'programme'));
  const at5k = listFigures(big);
  const gapsProgramme = gapFigures(big);
  const plansProgramme = planFigures(big);
  const sessionsProgramme = sessionFigures(big);
  const backupProgramme = await backupFigures(big, dir);
  // After the backup: the evaluation rows it adds would change the backup's size from earlier runs.
  const indicatorsProgramme = indicatorFigures(big, false);
  const dashboardProgramme = dashboardFigures(big);
  const [, bulkMs] = timeOnce(() => addStaff(big, 50_000 - at5k.staff));
  big.sqlite.exec('ANALYZE');
  const at50k = listFigures(big);
  const backup250MB = await backupFigures(grow(big, 250 * 1024 * 1024), dir);
  closeContext(big);

  const figures = {
    unit: 'ms',
    node: process.version,
    openAndMigrateEmptyDatabase: summarise(openRuns),
    demoCommuneScale: summarise(demoRuns),
    setup: { demoProgrammeScaleMs: Math.round(programmeMs), bulkInsertTo50kMs: Math.round(bulkMs) },
    staffList5k: at5k,
    gapsAndNeeds: { communeScale: gapsCommune, programmeScale: gapsProgramme },
    trainingPlanProgrammeScale: plansProgramme,
    trainingSessionsProgrammeScale: sessionsProgramme,
    indicatorsProgrammeScale: indicatorsProgramme,
    dashboardProgrammeScale: dashboardProgramme,
    staffList50k: at50k,
    backup: { communeScale: backupCommune, programmeScale: backupProgramme, about250MB: backup250MB },
    directory: await directoryFigures(),
    staffImport20k: await staffImportFigures(),
    browserCommuneScale: await browserFigures(dir),
  };
  console.log(JSON.stringify(figures, null, 2));
}

/** `npm run bench -- --staff`: the staff list at 50,000 and 100,000 staff (programme demo, then bulk). */
function staffOnly(): void {
  const big = openAppDatabase(newFile());
  demo(big, 'programme');
  const count = () => (big.sqlite.prepare('SELECT count(*) AS n FROM staff').get() as { n: number }).n;
  addStaff(big, 50_000 - count());
  big.sqlite.exec('ANALYZE');
  const at50k = listFigures(big);
  addStaff(big, 100_000 - count(), 3_000_000);
  big.sqlite.exec('ANALYZE');
  const at100k = listFigures(big);
  closeContext(big);
  console.log(JSON.stringify({ unit: 'ms', node: process.version, staffList50k: at50k, staffList100k: at100k }, null, 2));
}

/** `npm run bench -- --gaps`: the gap and needs figures alone (commune and programme demo). */
function gapsOnly(): void {
  const out: Record<string, unknown> = { unit: 'ms' };
  for (const scale of ['commune', 'programme'] as const) {
    const ctx = openAppDatabase(newFile());
    demo(ctx, scale);
    out[`${scale}Scale`] = { gaps: gapFigures(ctx), plans: planFigures(ctx) };
    closeContext(ctx);
  }
  console.log(JSON.stringify(out, null, 2));
}

/** `npm run bench -- --sessions`: the training session figures alone (programme demo). */
function sessionsOnly(): void {
  const ctx = openAppDatabase(newFile());
  const [, demoMs] = timeOnce(() => demo(ctx, 'programme'));
  const figures = sessionFigures(ctx);
  closeContext(ctx);
  console.log(
    JSON.stringify(
      { unit: 'ms', node: process.version, demoProgrammeScaleMs: Math.round(demoMs), trainingSessionsProgrammeScale: figures },
      null,
      2,
    ),
  );
}

/** `npm run bench -- --indicators`: the year's indicators alone (programme demo). */
function indicatorsOnly(): void {
  const ctx = openAppDatabase(newFile());
  const [, demoMs] = timeOnce(() => demo(ctx, 'programme'));
  const figures = indicatorFigures(ctx);
  closeContext(ctx);
  console.log(
    JSON.stringify(
      { unit: 'ms', node: process.version, demoProgrammeScaleMs: Math.round(demoMs), indicatorsProgrammeScale: figures },
      null,
      2,
    ),
  );
}

/** `npm run bench -- --dashboard`: the year's dashboard alone (programme demo). */
function dashboardOnly(): void {
  const ctx = openAppDatabase(newFile());
  const [, demoMs] = timeOnce(() => demo(ctx, 'programme'));
  const figures = dashboardFigures(ctx);
  closeContext(ctx);
  console.log(
    JSON.stringify(
      { unit: 'ms', node: process.version, demoProgrammeScaleMs: Math.round(demoMs), dashboardProgrammeScale: figures },
      null,
      2,
    ),
  );
}

try {
  const has = (flag: string) => process.argv.includes(flag);
  if (has('--gaps')) gapsOnly();
  else if (has('--staff')) staffOnly();
  else if (has('--sessions')) sessionsOnly();
  else if (has('--indicators')) indicatorsOnly();
  else if (has('--dashboard')) dashboardOnly();
  else if (has('--directory') || has('--directory-search') || has('--import'))
    console.log(
      JSON.stringify(
        {
          unit: 'ms',
          node: process.version,
          directory: await directoryFigures({ search: !has('--import'), import: !has('--directory-search') }),
        },
        null,
        2,
      ),
    );
  else if (has('--backup')) await backupOnly();
  else if (has('--staff-import')) console.log(JSON.stringify({ unit: 'ms', staffImport20k: await staffImportFigures() }, null, 2));
  else if (has('--browser')) console.log(JSON.stringify({ unit: 'ms', browserCommuneScale: await browserFigures(dir) }, null, 2));
  else await everything();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
