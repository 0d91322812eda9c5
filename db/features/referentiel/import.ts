import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import type { ReferentielChange } from '../../../api/channels/referentiel';
import { changedFields, recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { newId } from '../../core/ids';
import { competencies, competencyCategories, jobProfiles, jobRequirements, proficiencyLevels, settings } from '../../schema';
import { duplicateKey } from '../backup/strict-json';
import { writeRequirements } from '../jobs/requirements';
import { syncGapNeeds } from '../reviews/needs';
import { inTransaction, updateAudited } from '../shared/records';
import { type CategoryRow, categoryCodes, readCategories } from './category-codes';
import { OPTIONAL_JOB_TEXTS, REFERENTIEL_FORMAT, REFERENTIEL_VERSION, type ReferentielFile, referentielFile } from './file-format';
import { type Item, type ListName, type Problem, fileProblem, itemProblem, schemaProblem } from './problems';

type Result = Output<'referentiel.import'>;

/**
 * Import of a référentiel file (file-format.ts): matched by code, created or updated, never
 * deleted. The whole file is checked before anything is written; a file with any problem is
 * refused whole. A dry run runs the same writes in a transaction it rolls back, so its counts are
 * the import's. Every write of a real import is one IMMEDIATE transaction, audited like the
 * forms' writes (the fields that changed; a job's `requirements`; the scale as a whole).
 *
 * References (a competency's category, a requirement's competency, `reportsTo`) may name an item
 * of the file or a record already in the database, which stays.
 */
export function importReferentiel(ctx: DataContext, { content, dryRun }: ParsedInput<'referentiel.import'>): Result {
  const read = readFile(content);
  if ('problems' in read) return refused(read.problems, dryRun);
  const db = readDatabase(ctx);
  const problems = check(read.file, db);
  if (problems.length) return refused(problems, dryRun);
  let outcome: Result | null = null;
  try {
    inTransaction(ctx, () => {
      outcome = apply(ctx, read.file, db, dryRun);
      if (dryRun) throw DRY_RUN;
    });
  } catch (error) {
    if (error !== DRY_RUN) throw error;
  }
  return outcome!;
}

/** Thrown to roll the dry run's transaction back. */
const DRY_RUN = Symbol('dry run');

const refused = (problems: Problem[], dryRun: boolean): Result => ({
  created: 0,
  updated: 0,
  dryRun,
  problems: problems.map((p) => p.text),
  problemKeys: problems.map(({ key, params }) => ({ key, params })),
  changes: [],
});

function readFile(content: string): { file: ReferentielFile } | { problems: Problem[] } {
  const text = content.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problems: [fileProblem('notJson', `the file is not valid JSON (${detail})`, { detail })] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [fileProblem('notReferentiel', `the file is not a référentiel: "format" must be "${REFERENTIEL_FORMAT}"`)] };
  }
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== REFERENTIEL_FORMAT) {
    return { problems: [fileProblem('notReferentiel', `the file is not a référentiel: "format" must be "${REFERENTIEL_FORMAT}"`)] };
  }
  if (version !== REFERENTIEL_VERSION) {
    const v = JSON.stringify(version ?? null);
    return {
      problems: [
        fileProblem('version', `version ${v} is not supported: this application reads version ${REFERENTIEL_VERSION}`, { version: v }),
      ],
    };
  }
  // Two equal keys in one object would let two readers read two files.
  const twice = duplicateKey(text);
  if (twice !== null)
    return { problems: [fileProblem('duplicateKey', `the key "${twice}" appears twice in the same object`, { key: twice })] };
  const parsed = referentielFile.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => schemaProblem(i, raw)) };
  return { file: parsed.data };
}

type CompetencyRow = typeof competencies.$inferSelect;
type JobRow = typeof jobProfiles.$inferSelect;
type LevelRow = typeof proficiencyLevels.$inferSelect;

interface Database {
  categories: CategoryRow[];
  categoryByCode: Map<string, CategoryRow>;
  competencyByCode: Map<string, CompetencyRow>;
  competencyCode: Map<string, string>;
  jobs: JobRow[];
  jobByCode: Map<string, JobRow>;
  requirements: (typeof jobRequirements.$inferSelect)[];
  levels: LevelRow[];
  proficientLevel: number;
}

function readDatabase(ctx: DataContext): Database {
  const categories = readCategories(ctx);
  const codes = categoryCodes(categories);
  const allCompetencies = ctx.orm.select().from(competencies).all();
  const jobs = ctx.orm.select().from(jobProfiles).all();
  return {
    categories,
    categoryByCode: new Map(categories.map((c) => [codes.get(c.id)!, c])),
    competencyByCode: new Map(allCompetencies.map((c) => [c.code, c])),
    competencyCode: new Map(allCompetencies.map((c) => [c.id, c.code])),
    jobs,
    jobByCode: new Map(jobs.map((j) => [j.code, j])),
    requirements: ctx.orm.select().from(jobRequirements).all(),
    levels: ctx.orm.select().from(proficiencyLevels).orderBy(proficiencyLevels.level).all(),
    proficientLevel: ctx.orm.select({ p: settings.proficientLevel }).from(settings).get()?.p ?? 3,
  };
}

/** Codes used twice in one list, each reported once at its second use, naming the first. */
function uniqueCodes(list: ListName, items: { code: string }[], problems: Problem[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((it, index) => {
    const seen = first.get(it.code);
    if (seen === undefined) first.set(it.code, index);
    else
      problems.push(
        itemProblem({ list, index, code: it.code }, 'duplicateCode', `code "${it.code}" is already used by ${list}[${seen}]`, {
          first: seen,
        }),
      );
  });
  return new Set(first.keys());
}

/** Every problem of the file against the database; none means the import can only succeed. */
function check(file: ReferentielFile, db: Database): Problem[] {
  const problems: Problem[] = [];

  // The scale after the import: the file's, or the database's when the file has none.
  file.scale?.forEach((l, index) => {
    const item: Item = { list: 'scale', index, code: '' };
    if (l.level !== index + 1)
      problems.push(
        itemProblem(item, 'scaleOrder', `level must be ${index + 1} (levels are numbered 1, 2, 3… in order)`, { level: index + 1 }),
      );
    if (!l.nameFr && !l.nameAr) problems.push(itemProblem(item, 'noName', 'needs a name in French or Arabic'));
  });
  const top = file.scale ? file.scale.length : db.levels.length || 4;
  const proficient = file.proficientLevel ?? db.proficientLevel;
  if (proficient > top)
    problems.push(
      fileProblem('proficientAboveScale', `proficientLevel ${proficient} is above the top of the scale (level ${top})`, {
        level: proficient,
        top,
      }),
    );

  const categoryCodesInFile = uniqueCodes('categories', file.categories, problems);
  file.categories.forEach((c, index) => {
    if (!c.nameFr && !c.nameAr)
      problems.push(itemProblem({ list: 'categories', index, code: c.code }, 'noName', 'needs a name in French or Arabic'));
  });

  const competencyCodesInFile = uniqueCodes('competencies', file.competencies, problems);
  file.competencies.forEach((c, index) => {
    const item: Item = { list: 'competencies', index, code: c.code };
    if (!c.nameFr && !c.nameAr) problems.push(itemProblem(item, 'noName', 'needs a name in French or Arabic'));
    if (!categoryCodesInFile.has(c.category) && !db.categoryByCode.has(c.category))
      problems.push(itemProblem(item, 'unknownCategory', `names unknown category "${c.category}"`, { category: c.category }));
  });

  const jobCodesInFile = uniqueCodes('jobs', file.jobs, problems);
  file.jobs.forEach((j, index) => {
    const item: Item = { list: 'jobs', index, code: j.code };
    if (!j.titleFr && !j.titleAr) problems.push(itemProblem(item, 'noTitle', 'needs a title in French or Arabic'));
    const required = new Set<string>();
    j.requirements.forEach((r, k) => {
      const where = `requirements[${k}]`;
      if (!competencyCodesInFile.has(r.competency) && !db.competencyByCode.has(r.competency))
        problems.push(
          itemProblem(item, 'unknownCompetency', `${where} names unknown competency "${r.competency}"`, {
            requirement: k,
            competency: r.competency,
          }),
        );
      if (required.has(r.competency))
        problems.push(
          itemProblem(item, 'duplicateRequirement', `${where} names competency "${r.competency}" a second time`, {
            requirement: k,
            competency: r.competency,
          }),
        );
      required.add(r.competency);
      if (r.level > top)
        problems.push(
          itemProblem(
            item,
            'levelAboveScale',
            `${where} asks level ${r.level} of "${r.competency}", above the top of the scale (level ${top})`,
            {
              requirement: k,
              competency: r.competency,
              level: r.level,
              top,
            },
          ),
        );
    });
    if (j.reportsTo === j.code) problems.push(itemProblem(item, 'reportsToSelf', 'reportsTo names the job itself'));
    else if (j.reportsTo && !jobCodesInFile.has(j.reportsTo) && !db.jobByCode.has(j.reportsTo))
      problems.push(itemProblem(item, 'unknownReportsTo', `reportsTo names unknown job "${j.reportsTo}"`, { job: j.reportsTo }));
  });

  // A job the file does not hold keeps its requirements (nothing is deleted): the scale after
  // the import must still reach every level they ask, archived jobs included, as the scale
  // editor requires (framework.updateScale). The jobs the file holds get the file's
  // requirements, already checked against `top` above. One problem per job, at its highest level.
  if (file.scale) {
    const highest = new Map<string, { level: number; competencyId: string }>();
    for (const r of db.requirements) {
      if (r.requiredLevel <= top) continue;
      const h = highest.get(r.jobId);
      if (!h || r.requiredLevel > h.level) highest.set(r.jobId, { level: r.requiredLevel, competencyId: r.competencyId });
    }
    for (const job of db.jobs) {
      const h = highest.get(job.id);
      if (!h || jobCodesInFile.has(job.code)) continue;
      const competency = db.competencyCode.get(h.competencyId) ?? '';
      problems.push(
        fileProblem(
          'scaleBelowRequirements',
          `scale: the file's scale stops at level ${top}, but job "${job.code}" (not in the file) requires level ${h.level} of competency "${competency}"`,
          { top, job: job.code, level: h.level, competency },
        ),
      );
    }
  }
  return problems;
}

const names = (fr: string, ar: string) => ({ name: fr || ar, nameAr: ar || fr });

/** Writes the file (inside the caller's transaction) and says what it did to each item. */
function apply(ctx: DataContext, file: ReferentielFile, db: Database, dryRun: boolean): Result {
  const changes: ReferentielChange[] = [];
  let created = 0;
  let updated = 0;
  const count = (action: ReferentielChange['action']) => {
    if (action === 'create') created++;
    if (action === 'update') updated++;
  };

  // The scale, saved as a whole like the scale editor does. It is listed in `changes`, never
  // counted in `created` / `updated` (which count records of categories, competencies, jobs).
  if (file.scale || file.proficientLevel !== undefined) {
    const levels = file.scale ?? db.levels;
    const proficient = file.proficientLevel ?? db.proficientLevel;
    const shape = (ls: typeof levels) => JSON.stringify(ls.map((l) => [l.level, l.nameFr, l.nameAr, l.descriptorFr, l.descriptorAr]));
    const fields = [
      ...(shape(levels) !== shape(db.levels) ? ['levels'] : []),
      ...(proficient !== db.proficientLevel ? ['proficientLevel'] : []),
    ];
    if (fields.includes('levels')) {
      ctx.orm.delete(proficiencyLevels).run();
      for (const l of levels) ctx.orm.insert(proficiencyLevels).values(l).run();
    }
    if (fields.includes('proficientLevel')) ctx.orm.update(settings).set({ proficientLevel: proficient }).where(eq(settings.id, 1)).run();
    if (fields.length) recordAudit(ctx, 'proficiencyLevels', 'scale', 'update', fields);
    changes.push({ kind: 'scale', code: '', action: fields.length ? 'update' : 'unchanged' });
  }

  const categoryId = new Map<string, string>();
  for (const [code, row] of db.categoryByCode) categoryId.set(code, row.id);
  let position = Math.max(0, ...db.categories.map((c) => c.position));
  for (const c of file.categories) {
    const values = { code: c.code, nameFr: c.nameFr, nameAr: c.nameAr };
    const before = db.categoryByCode.get(c.code);
    let action: ReferentielChange['action'];
    if (before) {
      action = changedFields(before, values).length ? 'update' : 'unchanged';
      updateAudited(ctx, competencyCategories, 'categories', before, values);
    } else {
      const id = newId();
      ctx.orm
        .insert(competencyCategories)
        .values({ id, ...values, position: ++position })
        .run();
      recordAudit(ctx, 'categories', id, 'create');
      categoryId.set(c.code, id);
      action = 'create';
    }
    count(action);
    changes.push({ kind: 'category', code: c.code, action, ...names(c.nameFr, c.nameAr) });
  }

  const competencyId = new Map<string, string>();
  for (const [code, row] of db.competencyByCode) competencyId.set(code, row.id);
  for (const c of file.competencies) {
    const values = {
      categoryId: categoryId.get(c.category)!,
      code: c.code,
      nameFr: c.nameFr,
      nameAr: c.nameAr,
      descriptionFr: c.descriptionFr,
      descriptionAr: c.descriptionAr,
    };
    const before = db.competencyByCode.get(c.code);
    let action: ReferentielChange['action'];
    if (before) {
      action = changedFields(before, values).length ? 'update' : 'unchanged';
      updateAudited(ctx, competencies, 'competencies', before, values);
    } else {
      const id = newId();
      ctx.orm
        .insert(competencies)
        .values({ id, ...values })
        .run();
      recordAudit(ctx, 'competencies', id, 'create');
      competencyId.set(c.code, id);
      action = 'create';
    }
    count(action);
    changes.push({ kind: 'competency', code: c.code, action, ...names(c.nameFr, c.nameAr) });
  }

  // Jobs in two passes: the new ones first, so that `reportsTo` may name a job further down.
  const jobId = new Map<string, string>();
  for (const [code, row] of db.jobByCode) jobId.set(code, row.id);
  const textsOf = (j: ReferentielFile['jobs'][number]) => ({
    code: j.code,
    titleFr: j.titleFr,
    titleAr: j.titleAr,
    missionFr: j.missionFr,
    missionAr: j.missionAr,
    // Absent sections stay as they are.
    ...Object.fromEntries(OPTIONAL_JOB_TEXTS.filter((f) => j[f] !== undefined).map((f) => [f, j[f]!])),
  });
  for (const j of file.jobs) {
    if (db.jobByCode.has(j.code)) continue;
    const id = newId();
    ctx.orm
      .insert(jobProfiles)
      .values({ id, ...textsOf(j) })
      .run();
    recordAudit(ctx, 'jobProfiles', id, 'create');
    jobId.set(j.code, id);
  }
  let requirementsMoved = false;
  for (const j of file.jobs) {
    const id = jobId.get(j.code)!;
    const before = db.jobByCode.get(j.code);
    const values: Partial<JobRow> = textsOf(j);
    if (j.reportsTo !== undefined) values.reportsToId = j.reportsTo === null ? null : jobId.get(j.reportsTo)!;
    const requirements = j.requirements.map((r) => ({
      competencyId: competencyId.get(r.competency)!,
      requiredLevel: r.level,
      importance: r.importance,
    }));
    let action: ReferentielChange['action'] = 'create';
    if (before) {
      const fields = changedFields(before, values);
      updateAudited(ctx, jobProfiles, 'jobProfiles', before, values);
      const requirementsChanged = writeRequirements(ctx, id, requirements);
      if (requirementsChanged) {
        recordAudit(ctx, 'jobProfiles', id, 'update', ['requirements']);
        requirementsMoved = true;
      }
      action = fields.length || requirementsChanged ? 'update' : 'unchanged';
    } else {
      // A new job's superior and requirements belong to its creation (one audit entry).
      if (values.reportsToId) ctx.orm.update(jobProfiles).set({ reportsToId: values.reportsToId }).where(eq(jobProfiles.id, id)).run();
      writeRequirements(ctx, id, requirements);
    }
    count(action);
    changes.push({ kind: 'job', code: j.code, action, ...names(j.titleFr, j.titleAr) });
  }

  // Other requirements for jobs people hold: their gaps, and so the gap needs, move.
  if (requirementsMoved) syncGapNeeds(ctx);
  return { created, updated, dryRun, problems: [], problemKeys: [], changes };
}
