import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataContext } from '../../db/core/context';
import { auditOf, call, count, openTemp, sas, setup, tempDir } from './helpers';

interface Requirement {
  competency: string;
  level: number;
  importance: string;
}
interface FileJob {
  code: string;
  titleFr: string;
  missionFr: string;
  requirements: Requirement[];
  [key: string]: unknown;
}
interface RefFile {
  format: string;
  version: number;
  proficientLevel: number;
  scale: { level: number; nameFr: string }[];
  categories: { code: string; nameFr: string; nameAr: string }[];
  competencies: { code: string; category: string; nameFr: string; nameAr: string; descriptionFr: string; descriptionAr: string }[];
  jobs: FileJob[];
}

const exported = (ctx: DataContext): RefFile => JSON.parse(call(ctx, 'referentiel.export', {}).content) as RefFile;
const importFile = (ctx: DataContext, file: unknown, dryRun = false) =>
  call(ctx, 'referentiel.import', { content: typeof file === 'string' ? file : JSON.stringify(file), dryRun });

/** The default framework with two job sheets that require some of it. */
function seeded(): DataContext {
  const ctx = openTemp();
  setup(ctx);
  const byCode = new Map(call(ctx, 'framework.get', {}).competencies.map((c) => [c.code, c.id]));
  const chief = call(ctx, 'jobs.create', {
    code: 'CHEF-SAS',
    titleFr: 'Chef du service',
    titleAr: 'رئيس المصلحة',
    missionFr: 'Diriger le service',
    activitiesFr: 'Planifier, coordonner',
    requirements: [
      { competencyId: byCode.get('PRJ-PLAN')!, requiredLevel: 4, importance: 'essential' },
      { competencyId: byCode.get('REL-TEAM')!, requiredLevel: 3 },
    ],
  });
  call(ctx, 'jobs.create', {
    code: 'AS-01',
    titleFr: 'Assistant social',
    titleAr: 'مساعد اجتماعي',
    reportsToId: chief.id,
    requirements: [{ competencyId: byCode.get('SOC-ACC')!, requiredLevel: 3, importance: 'useful' }],
  });
  return ctx;
}

/** A database with no framework at all (a new installation gets the default one). */
function emptyFramework(): DataContext {
  const ctx = openTemp();
  ctx.sqlite.exec('DELETE FROM job_requirements; DELETE FROM job_profiles; DELETE FROM competencies; DELETE FROM competency_categories');
  return ctx;
}

/** Lists sorted by code, so two files compare apart from order. */
const sorted = (f: RefFile) => ({
  ...f,
  categories: [...f.categories].sort((a, b) => a.code.localeCompare(b.code)),
  competencies: [...f.competencies].sort((a, b) => a.code.localeCompare(b.code)),
  jobs: [...f.jobs]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((j) => ({ ...j, requirements: [...j.requirements].sort((a, b) => a.competency.localeCompare(b.competency)) })),
});

const counts = (ctx: DataContext) =>
  Object.fromEntries(
    ['competency_categories', 'competencies', 'proficiency_levels', 'job_profiles', 'job_requirements', 'audit_log'].map((t) => [
      t,
      count(ctx, t),
    ]),
  );

describe('the référentiel file', () => {
  it('goes from one database into an empty one and comes back out the same', () => {
    const source = seeded();
    const text = call(source, 'referentiel.export', {}).content;
    expect(call(source, 'referentiel.export', {}).content, 'deterministic').toBe(text);
    const file = JSON.parse(text) as RefFile;
    expect(file).toMatchObject({ format: 'sas-referentiel', version: 1, proficientLevel: 3 });
    expect(file.competencies).toHaveLength(15);
    expect(file.jobs.map((j) => j.code)).toEqual(['AS-01', 'CHEF-SAS']);
    expect(file.jobs[0]).toMatchObject({
      reportsTo: 'CHEF-SAS',
      requirements: [{ competency: 'SOC-ACC', level: 3, importance: 'useful' }],
    });

    const target = emptyFramework();
    expect(count(target, 'competencies')).toBe(0);
    const result = importFile(target, text);
    expect(result).toMatchObject({ created: 4 + 15 + 2, updated: 0, problems: [] });
    expect(sorted(exported(target))).toEqual(sorted(file));
    // Again: everything is identical, nothing counted.
    expect(importFile(target, text)).toMatchObject({ created: 0, updated: 0, problems: [] });
  });

  it('updates by code, creates what is new, deletes nothing, and makes a job require exactly what the file says', () => {
    const ctx = seeded();
    const file = exported(ctx);
    const keep = { competencies: count(ctx, 'competencies'), jobs: count(ctx, 'job_profiles') };
    const partial: RefFile = {
      ...file,
      categories: file.categories.filter((c) => c.code === 'SOC'),
      competencies: [
        { ...file.competencies.find((c) => c.code === 'SOC-DIAG')!, nameFr: 'Diagnostic social du territoire' },
        {
          code: 'SOC-MED',
          category: 'SOC',
          nameFr: 'Médiation familiale',
          nameAr: 'الوساطة الأسرية',
          descriptionFr: '',
          descriptionAr: '',
        },
      ],
      jobs: [
        { ...file.jobs.find((j) => j.code === 'CHEF-SAS')!, requirements: [{ competency: 'SOC-MED', level: 2, importance: 'important' }] },
      ],
    };
    const result = importFile(ctx, partial);
    expect(result).toMatchObject({ created: 1, updated: 2, problems: [] });
    expect(result.changes.filter((c) => c.action !== 'unchanged')).toEqual([
      { kind: 'competency', code: 'SOC-DIAG', action: 'update', name: 'Diagnostic social du territoire', nameAr: 'التشخيص الاجتماعي' },
      { kind: 'competency', code: 'SOC-MED', action: 'create', name: 'Médiation familiale', nameAr: 'الوساطة الأسرية' },
      { kind: 'job', code: 'CHEF-SAS', action: 'update', name: 'Chef du service', nameAr: 'رئيس المصلحة' },
    ]);

    const after = exported(ctx);
    expect(count(ctx, 'competencies')).toBe(keep.competencies + 1);
    expect(count(ctx, 'job_profiles')).toBe(keep.jobs);
    // Absent from the file, still there.
    expect(after.competencies.map((c) => c.code)).toContain('ADM-IT');
    expect(after.jobs.find((j) => j.code === 'AS-01')!.requirements).toEqual([{ competency: 'SOC-ACC', level: 3, importance: 'useful' }]);
    expect(after.jobs.find((j) => j.code === 'CHEF-SAS')!.requirements).toEqual([
      { competency: 'SOC-MED', level: 2, importance: 'important' },
    ]);
    expect(after.competencies.find((c) => c.code === 'SOC-DIAG')!.nameFr).toBe('Diagnostic social du territoire');

    // Audited like the forms: the field that changed, the job's requirements.
    const diag = call(ctx, 'framework.get', {}).competencies.find((c) => c.code === 'SOC-DIAG')!;
    expect(auditOf(ctx, diag.id).map((a) => [a.action, a.fields])).toEqual([['update', ['nameFr']]]);
    const chief = call(ctx, 'jobs.list', {}).find((j) => j.code === 'CHEF-SAS')!;
    expect(auditOf(ctx, chief.id).map((a) => [a.action, a.fields])).toEqual([
      ['create', []],
      ['update', ['requirements']],
    ]);
  });

  it('refuses a file with one problem whole, naming it, and writes nothing', () => {
    const ctx = seeded();
    const file = exported(ctx);
    file.competencies.push({ code: 'NEW-1', category: 'SOC', nameFr: 'Nouvelle', nameAr: '', descriptionFr: '', descriptionAr: '' });
    file.jobs[1].titleFr = 'Chef du service social';
    file.jobs[1].requirements.push({ competency: 'X', level: 2, importance: 'useful' });
    const before = counts(ctx);
    const result = importFile(ctx, file);
    expect(result).toMatchObject({
      created: 0,
      updated: 0,
      changes: [],
      problems: ['jobs[1] (code CHEF-SAS): requirements[2] names unknown competency "X"'],
    });
    expect(result.problemKeys).toEqual([
      {
        key: 'referentiel.problems.unknownCompetency',
        params: { list: 'jobs', index: 1, code: 'CHEF-SAS', requirement: 2, competency: 'X' },
      },
    ]);
    expect(counts(ctx)).toEqual(before);
    expect(exported(ctx).jobs[1].titleFr).toBe('Chef du service');
  });

  it('lists each kind of problem in plain English', () => {
    const ctx = seeded();
    const problems = (f: unknown) => importFile(ctx, f).problems;
    const file = exported(ctx);
    expect(problems('{"format": "sas-referentiel",')[0]).toMatch(/^the file is not valid JSON/);
    expect(problems({ ...file, format: 'hsds' })).toEqual(['the file is not a référentiel: "format" must be "sas-referentiel"']);
    expect(problems({ ...file, version: 2 })).toEqual(['version 2 is not supported: this application reads version 1']);
    expect(problems({ ...file, competencies: [...file.competencies, file.competencies[0]] })).toEqual([
      `competencies[15] (code ADM-FIN): code "ADM-FIN" is already used by competencies[0]`,
    ]);
    expect(problems({ ...file, categories: [...file.categories, { code: 'NEW', nameFr: '', nameAr: '' }] })).toEqual([
      'categories[4] (code NEW): needs a name in French or Arabic',
    ]);
    const c = { ...file.competencies[0], code: 'NEW', category: 'NOPE' };
    expect(problems({ ...file, competencies: [...file.competencies, c] })).toEqual([
      'competencies[15] (code NEW): names unknown category "NOPE"',
    ]);
    const j = (r: Partial<Requirement>) => ({
      ...file,
      jobs: [{ ...file.jobs[0], requirements: [{ ...file.jobs[0].requirements[0], ...r }] }],
    });
    expect(problems(j({ importance: 'vital' }))).toEqual([
      'jobs[0] (code AS-01): requirements[0].importance must be "essential", "important" or "useful"',
    ]);
    expect(problems(j({ level: 0 }))).toEqual(['jobs[0] (code AS-01): requirements[0].level must be a whole number from 1 to 10']);
    // A level the file's scale does not reach.
    const three = file.scale.slice(0, 3);
    expect(problems({ ...j({ level: 4 }), scale: three })).toContain(
      'jobs[0] (code AS-01): requirements[0] asks level 4 of "SOC-ACC", above the top of the scale (level 3)',
    );
  });

  it('refuses a shorter scale while a job the file does not replace requires a level above it', () => {
    const ctx = seeded();
    const file = exported(ctx);
    const three = { ...file, scale: file.scale.slice(0, 3) };
    // CHEF-SAS requires PRJ-PLAN at level 4 and is not in the file.
    expect(importFile(ctx, { ...three, jobs: file.jobs.filter((j) => j.code === 'AS-01') }).problems).toEqual([
      `scale: the file's scale stops at level 3, but job "CHEF-SAS" (not in the file) requires level 4 of competency "PRJ-PLAN"`,
    ]);
    // With CHEF-SAS in the file at level 3, the scale of three levels is accepted.
    const replaced = three.jobs.map((j) => ({ ...j, requirements: j.requirements.map((r) => ({ ...r, level: Math.min(r.level, 3) })) }));
    const result = importFile(ctx, { ...three, jobs: replaced });
    expect(result.problems).toEqual([]);
    expect(result.changes[0]).toEqual({ kind: 'scale', code: '', action: 'update' });
    expect(call(ctx, 'framework.get', {}).levels).toHaveLength(3);
  });

  it('gives a category without a code a stable code, and matches it again on import', () => {
    const ctx = seeded();
    const category = call(ctx, 'categories.create', { code: '', nameFr: 'Sans code', nameAr: 'بدون رمز' });
    const file = exported(ctx);
    const derived = `CAT-${category.id.replace(/-/g, '').slice(-12).toUpperCase()}`;
    expect(file.categories.map((c) => c.code)).toContain(derived);
    expect(exported(ctx)).toEqual(file);
    const result = importFile(ctx, file);
    expect(result.changes.find((c) => c.kind === 'category' && c.code === derived)).toMatchObject({ action: 'update' });
    expect(count(ctx, 'competency_categories')).toBe(5);
    expect(exported(ctx)).toEqual(file);
  });

  it('writes nothing on a dry run, and says the same', () => {
    const ctx = seeded();
    const file = exported(ctx);
    file.competencies[0].nameFr = 'Changée';
    file.competencies.push({ code: 'NEW-1', category: 'SOC', nameFr: 'Nouvelle', nameAr: '', descriptionFr: '', descriptionAr: '' });
    const before = counts(ctx);
    const dry = importFile(ctx, file, true);
    expect(dry).toMatchObject({ created: 1, updated: 1, dryRun: true, problems: [] });
    expect(counts(ctx)).toEqual(before);
    const real = importFile(ctx, file);
    expect({ ...real, dryRun: true }).toEqual(dry);
  });
});

describe('sas referentiel', () => {
  it('exports, imports with --json and exit codes, refuses a bad file with 1 and writes nothing', () => {
    const dir = tempDir();
    const [a, b, out] = [path.join(dir, 'a.sqlite'), path.join(dir, 'b.sqlite'), path.join(dir, 'ref.json')];
    expect(sas('demo', '--db', a).code).toBe(0);
    const exportRun = sas('referentiel', 'export', '--db', a, '--out', out);
    expect(exportRun.code, exportRun.stderr).toBe(0);
    const file = JSON.parse(fs.readFileSync(out, 'utf8')) as RefFile;
    expect(file.jobs.length).toBeGreaterThan(5);

    const dry = sas('referentiel', 'import', out, '--db', b, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.trim().split('\n')).toHaveLength(1);
    const created = file.categories.length - 4 + file.competencies.length - 15 + file.jobs.length;
    expect(JSON.parse(dry.stdout)).toEqual({ created, updated: 0, problems: [] });

    const real = sas('referentiel', 'import', out, '--db', b, '--json');
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toEqual({ created, updated: 0, problems: [] });
    expect(JSON.parse(sas('referentiel', 'import', out, '--db', b, '--json').stdout)).toEqual({ created: 0, updated: 0, problems: [] });

    file.jobs[3].requirements[0].competency = 'X';
    fs.writeFileSync(out, JSON.stringify(file));
    const bad = sas('referentiel', 'import', out, '--db', b, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual({
      created: 0,
      updated: 0,
      problems: [`jobs[3] (code ${file.jobs[3].code}): requirements[0] names unknown competency "X"`],
    });
    const text = sas('referentiel', 'import', out, '--db', b);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/refused, nothing was written/);
    expect(sas('referentiel', 'export', '--db', b).code).toBe(2);
    // Nine runs of the command line, each compiling it (tsx): more than the default 30 s on a loaded machine.
  }, 180_000);
});
