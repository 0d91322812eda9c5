import { eq } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../../api/contract';
import { type CatalogueChange, type CatalogueProblem, LANGUAGE_CODES } from '../../../api/channels/catalogue';
import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { newId } from '../../core/ids';
import { courses, trainers, venues } from '../../schema';
import { fold } from '../../search/fold';
import { duplicateKey } from '../backup/strict-json';
import { inTransaction, updateAudited } from '../shared/records';
import { topLevel, writeCourseCompetencies } from './courses';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, type CatalogueFile, catalogueFile } from './file-format';
import { writeExpertise } from './trainers';
import { writeLanguages } from './usage';

type Result = Output<'catalogue.import'>;

/** A problem said in English for `sas` and as an i18n key (under `catalogue.problems`) for the interface. */
interface Problem extends CatalogueProblem {
  text: string;
}
const problem = (key: string, text: string, params: Record<string, string | number> = {}): Problem => ({
  key: `catalogue.problems.${key}`,
  params,
  text,
});

/** Thrown to roll the dry run's transaction back. */
const DRY_RUN = Symbol('dry run');

/**
 * Import of a catalogue file (file-format.ts says the rules): a file that is not a catalogue is
 * refused whole and nothing is written; otherwise every course, trainer and venue is created or
 * updated in one IMMEDIATE transaction, audited like the forms' writes, and what had to be left
 * out is listed in the problems. A dry run runs the same writes and rolls them back, so its
 * counts are the import's.
 */
export function importCatalogue(ctx: DataContext, { content, dryRun }: ParsedInput<'catalogue.import'>): Result {
  const read = readFile(content);
  if ('problems' in read) {
    return {
      created: 0,
      updated: 0,
      unchanged: 0,
      dryRun,
      refused: true,
      problems: read.problems.map((p) => p.text),
      problemKeys: read.problems.map(({ key, params }) => ({ key, params })),
      changes: [],
    };
  }
  let outcome: Result | null = null;
  try {
    inTransaction(ctx, () => {
      outcome = apply(ctx, read.file, dryRun);
      if (dryRun) throw DRY_RUN;
    });
  } catch (error) {
    if (error !== DRY_RUN) throw error;
  }
  return outcome!;
}

function readFile(content: string): { file: CatalogueFile } | { problems: Problem[] } {
  const text = content.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problems: [problem('notJson', `the file is not valid JSON (${detail})`, { detail })] };
  }
  const notCatalogue = problem('notCatalogue', `the file is not a catalogue: "format" must be "${CATALOGUE_FORMAT}"`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { problems: [notCatalogue] };
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== CATALOGUE_FORMAT) return { problems: [notCatalogue] };
  if (version !== CATALOGUE_VERSION) {
    const v = JSON.stringify(version ?? null);
    return {
      problems: [problem('version', `version ${v} is not supported: this application reads version ${CATALOGUE_VERSION}`, { version: v })],
    };
  }
  const twice = duplicateKey(text);
  if (twice !== null) return { problems: [problem('duplicateKey', `the key "${twice}" appears twice in the same object`, { key: twice })] };
  const parsed = catalogueFile.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.slice(0, 50).map((i) => {
        const where = i.path.map((p, n) => (typeof p === 'number' ? `[${p}]` : `${n ? '.' : ''}${String(p)}`)).join('');
        return problem('field', `${where || 'the file'}: ${i.message}`, { field: where, detail: i.message });
      }),
    };
  }
  const file = parsed.data;
  const repeated = (list: string, keys: string[]) => {
    const seen = new Set<string>();
    const again = keys.find((k) => (seen.has(k) ? true : (seen.add(k), false)));
    return again === undefined ? [] : [problem('repeated', `${list}: "${again}" appears twice`, { list, ref: again })];
  };
  const problems = [
    ...repeated(
      'courses',
      file.courses.map((c) => c.code),
    ),
    ...repeated(
      'trainers',
      file.trainers.map((t) => t.id),
    ),
    ...repeated(
      'venues',
      file.venues.map((v) => v.id),
    ),
  ];
  return problems.length ? { problems } : { file };
}

function apply(ctx: DataContext, file: CatalogueFile, dryRun: boolean): Result {
  const problems: Problem[] = [];
  const changes: CatalogueChange[] = [];
  const competencyId = new Map(
    (ctx.sqlite.prepare('SELECT id, code FROM competencies').all() as { id: string; code: string }[]).map((c) => [c.code, c.id]),
  );
  const top = topLevel(ctx);
  const knownLanguages = (list: string, ref: string, codes: readonly string[] | undefined) => {
    const out: string[] = [];
    for (const code of codes ?? []) {
      if ((LANGUAGE_CODES as readonly string[]).includes(code)) out.push(code);
      else
        problems.push(
          problem('unknownLanguage', `${list} ${ref}: language "${code}" is not known here; left out`, { list, ref, language: code }),
        );
    }
    return out;
  };
  const record = (kind: CatalogueChange['kind'], ref: string, action: CatalogueChange['action'], nameFr: string, nameAr: string) =>
    changes.push({ kind, ref, action, nameFr, nameAr });

  for (const c of file.courses) {
    const links: { competencyId: string; targetLevel: number }[] = [];
    for (const l of c.competencies) {
      const id = competencyId.get(l.competency);
      if (!id) {
        problems.push(
          problem('unknownCompetency', `course ${c.code}: competency "${l.competency}" is not in this framework; left out`, {
            code: c.code,
            competency: l.competency,
          }),
        );
      } else if (l.level < 1 || l.level > top) {
        problems.push(
          problem(
            'levelOutOfScale',
            `course ${c.code}: level ${l.level} of "${l.competency}" is not on this scale (1 to ${top}); left out`,
            {
              code: c.code,
              competency: l.competency,
              level: l.level,
            },
          ),
        );
      } else if (!links.some((x) => x.competencyId === id)) links.push({ competencyId: id, targetLevel: l.level });
    }
    const { competencies: _unused, languages, ...fields } = c;
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<typeof courses.$inferInsert>;
    if (languages) values.languages = writeLanguages(knownLanguages('course', c.code, languages));
    const before = ctx.orm.select().from(courses).where(eq(courses.code, c.code)).get();
    if (!before) {
      const id = newId();
      ctx.orm
        .insert(courses)
        .values({ ...values, id, code: c.code })
        .run();
      writeCourseCompetencies(ctx, id, links);
      recordAudit(ctx, 'courses', id, 'create');
      record('course', c.code, 'create', c.titleFr, c.titleAr);
    } else {
      const changed = countChanged(before, values);
      updateAudited(ctx, courses, 'courses', before, values);
      const linksChanged = writeCourseCompetencies(ctx, before.id, links);
      if (linksChanged) recordAudit(ctx, 'courses', before.id, 'update', ['competencies']);
      record('course', c.code, changed || linksChanged ? 'update' : 'unchanged', c.titleFr, c.titleAr);
    }
  }

  const today = new Date().toISOString().slice(0, 10);
  for (const t of file.trainers) {
    const expertise: string[] = [];
    for (const code of t.expertise) {
      const id = competencyId.get(code);
      if (id) expertise.push(id);
      else
        problems.push(
          problem('unknownExpertise', `trainer ${t.id}: competency "${code}" is not in this framework; left out`, {
            ref: t.id,
            competency: code,
          }),
        );
    }
    const before = ctx.orm.select().from(trainers).where(eq(trainers.id, t.id)).get();
    const shared = {
      bioFr: t.bioFr,
      bioAr: t.bioAr,
      languages: writeLanguages(knownLanguages('trainer', t.id, t.languages)),
      phone: t.phone,
      email: t.email,
      shareConsent: true,
      consentDate: t.consentDate ?? before?.consentDate ?? today,
    };
    const values = Object.fromEntries(Object.entries(shared).filter(([, v]) => v !== undefined)) as Partial<typeof trainers.$inferInsert>;
    if (!before) {
      ctx.orm
        .insert(trainers)
        .values({ ...values, id: t.id, kind: t.kind, nameFr: t.nameFr, nameAr: t.nameAr })
        .run();
      writeExpertise(ctx, t.id, expertise);
      recordAudit(ctx, 'trainers', t.id, 'create');
      record('trainer', t.id, 'create', t.nameFr, t.nameAr);
    } else {
      // A local trainer keeps its kind and link; its own names change only when it has no link.
      if (!before.staffId && !before.organizationId) Object.assign(values, { nameFr: t.nameFr, nameAr: t.nameAr });
      const changed = countChanged(before, values);
      updateAudited(ctx, trainers, 'trainers', before, values);
      const expertiseChanged = writeExpertise(ctx, t.id, expertise);
      if (expertiseChanged) recordAudit(ctx, 'trainers', t.id, 'update', ['expertise']);
      record('trainer', t.id, changed || expertiseChanged ? 'update' : 'unchanged', t.nameFr, t.nameAr);
    }
  }

  const quartiers = ctx.sqlite
    .prepare("SELECT id, name_fr AS nameFr, name_ar AS nameAr FROM directory_terms WHERE kind = 'quartier'")
    .all() as {
    id: string;
    nameFr: string;
    nameAr: string;
  }[];
  for (const v of file.venues) {
    let quartierId: string | null = null;
    if (v.quartier.trim()) {
      const q = fold(v.quartier);
      quartierId = quartiers.find((x) => (x.nameFr && fold(x.nameFr) === q) || (x.nameAr && fold(x.nameAr) === q))?.id ?? null;
      if (!quartierId) {
        problems.push(
          problem('unknownQuartier', `venue ${v.id}: quartier "${v.quartier}" is not in this directory's list; left empty`, {
            ref: v.id,
            quartier: v.quartier,
          }),
        );
      }
    }
    const all = {
      nameFr: v.nameFr,
      nameAr: v.nameAr,
      quartierId,
      capacity: v.capacity,
      address: v.address,
      accessible: v.accessible,
      equipment: v.equipment,
    };
    const values = Object.fromEntries(Object.entries(all).filter(([, x]) => x !== undefined)) as Partial<typeof venues.$inferInsert>;
    const before = ctx.orm.select().from(venues).where(eq(venues.id, v.id)).get();
    if (!before) {
      ctx.orm
        .insert(venues)
        .values({ ...values, id: v.id })
        .run();
      recordAudit(ctx, 'venues', v.id, 'create');
      record('venue', v.id, 'create', v.nameFr, v.nameAr);
    } else {
      const changed = countChanged(before, values);
      updateAudited(ctx, venues, 'venues', before, values);
      record('venue', v.id, changed ? 'update' : 'unchanged', v.nameFr, v.nameAr);
    }
  }

  return {
    created: changes.filter((c) => c.action === 'create').length,
    updated: changes.filter((c) => c.action === 'update').length,
    unchanged: changes.filter((c) => c.action === 'unchanged').length,
    dryRun,
    refused: false,
    problems: problems.map((p) => p.text),
    problemKeys: problems.map(({ key, params }) => ({ key, params })),
    changes,
  };
}

const countChanged = (before: Record<string, unknown>, values: Record<string, unknown>): boolean =>
  Object.keys(values).some((k) => JSON.stringify(before[k]) !== JSON.stringify(values[k]));
