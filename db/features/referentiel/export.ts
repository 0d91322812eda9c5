import type { Output } from '../../../api/contract';
import type { DataContext } from '../../core/context';
import { competencies, jobProfiles, jobRequirements, proficiencyLevels, settings } from '../../schema';
import { categoryCodes, readCategories } from './category-codes';
import { OPTIONAL_JOB_TEXTS, REFERENTIEL_FORMAT, REFERENTIEL_VERSION, type ReferentielFile } from './file-format';

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The référentiel of this database (file-format.ts), everything ordered by code so that two
 * exports of the same data are the same bytes.
 *
 * What goes in: the active job sheets; the active competencies and those (archived) that an
 * exported job still requires; the active categories and those (archived) holding an exported
 * competency. So the file never names something it does not hold. A job's `reportsTo` is its
 * superior's code, `null` when it has none, and left out when the superior is archived (not in
 * the file: an import then leaves that link as it is).
 */
export function buildReferentiel(ctx: DataContext): ReferentielFile {
  const jobs = ctx.orm.select().from(jobProfiles).all();
  const activeJobs = jobs.filter((j) => !j.archivedAt);
  const jobCode = new Map(activeJobs.map((j) => [j.id, j.code]));
  const requirements = ctx.orm.select().from(jobRequirements).all();
  const requiredIds = new Set(requirements.filter((r) => jobCode.has(r.jobId)).map((r) => r.competencyId));

  const allCompetencies = ctx.orm.select().from(competencies).all();
  const exported = allCompetencies.filter((c) => !c.archivedAt || requiredIds.has(c.id));
  const competencyCode = new Map(allCompetencies.map((c) => [c.id, c.code]));
  const holding = new Set(exported.map((c) => c.categoryId));

  const categories = readCategories(ctx);
  const codes = categoryCodes(categories);

  const levels = ctx.orm.select().from(proficiencyLevels).orderBy(proficiencyLevels.level).all();
  const proficientLevel = ctx.orm.select({ p: settings.proficientLevel }).from(settings).get()?.p ?? 3;

  return {
    format: REFERENTIEL_FORMAT,
    version: REFERENTIEL_VERSION,
    proficientLevel,
    scale: levels.map((l) => ({
      level: l.level,
      nameFr: l.nameFr,
      nameAr: l.nameAr,
      descriptorFr: l.descriptorFr,
      descriptorAr: l.descriptorAr,
    })),
    categories: categories
      .filter((c) => !c.archivedAt || holding.has(c.id))
      .map((c) => ({ code: codes.get(c.id)!, nameFr: c.nameFr, nameAr: c.nameAr }))
      .sort(byCode),
    competencies: exported
      .map((c) => ({
        code: c.code,
        category: codes.get(c.categoryId)!,
        nameFr: c.nameFr,
        nameAr: c.nameAr,
        descriptionFr: c.descriptionFr,
        descriptionAr: c.descriptionAr,
      }))
      .sort(byCode),
    jobs: activeJobs
      .map((j) => ({
        code: j.code,
        titleFr: j.titleFr,
        titleAr: j.titleAr,
        missionFr: j.missionFr,
        missionAr: j.missionAr,
        ...Object.fromEntries(OPTIONAL_JOB_TEXTS.map((f) => [f, j[f]])),
        ...(j.reportsToId === null ? { reportsTo: null } : jobCode.has(j.reportsToId) ? { reportsTo: jobCode.get(j.reportsToId)! } : {}),
        requirements: requirements
          .filter((r) => r.jobId === j.id)
          .map((r) => ({ competency: competencyCode.get(r.competencyId)!, level: r.requiredLevel, importance: r.importance }))
          .sort((a, b) => (a.competency < b.competency ? -1 : 1)),
      }))
      .sort(byCode),
  };
}

/** The file the user saves: pretty-printed UTF-8 JSON, named for the day. */
export function exportReferentiel(ctx: DataContext): Output<'referentiel.export'> {
  const day = new Date().toISOString().slice(0, 10);
  return { fileName: `referentiel-${day}.json`, content: `${JSON.stringify(buildReferentiel(ctx), null, 2)}\n` };
}
