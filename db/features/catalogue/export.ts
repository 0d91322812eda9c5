import type { Output } from '../../../api/contract';
import type { DataContext } from '../../core/context';
import { courses } from '../../schema';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, type CatalogueFile } from './file-format';
import { readTrainers } from './trainers';
import { readLanguages } from './usage';
import { readVenues } from './venues';

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * The catalogue of this database as the shared file holds it (file-format.ts says what goes in
 * and what never does), ordered by code or id so that two exports of the same data are the same
 * bytes. Only trainers who consented to be shared are written.
 */
export function buildCatalogue(ctx: DataContext): CatalogueFile {
  const competencies = new Map(
    (
      ctx.sqlite
        .prepare(
          `SELECT cc.course_id AS courseId, c.code, cc.target_level AS level FROM course_competencies cc
           JOIN competencies c ON c.id = cc.competency_id ORDER BY c.code`,
        )
        .all() as { courseId: string; code: string; level: number }[]
    ).reduce(
      (m, r) => m.set(r.courseId, [...(m.get(r.courseId) ?? []), { competency: r.code, level: r.level }]),
      new Map<string, { competency: string; level: number }[]>(),
    ),
  );
  const activeCourses = ctx.orm
    .select()
    .from(courses)
    .all()
    .filter((c) => !c.archivedAt);
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    courses: activeCourses
      .map((c) => ({
        code: c.code,
        titleFr: c.titleFr,
        titleAr: c.titleAr,
        objectivesFr: c.objectivesFr,
        objectivesAr: c.objectivesAr,
        hours: c.hours,
        modality: c.modality,
        competencies: competencies.get(c.id) ?? [],
        domainFr: c.domainFr,
        domainAr: c.domainAr,
        programmeFr: c.programmeFr,
        programmeAr: c.programmeAr,
        prerequisitesFr: c.prerequisitesFr,
        prerequisitesAr: c.prerequisitesAr,
        audience: c.audience,
        evaluationLevel: c.evaluationLevel,
        attestation: c.attestation,
        costPerParticipantCentimes: c.costPerParticipantCentimes,
        groupSize: c.groupSize,
        origin: c.origin,
        languages: readLanguages(c.languages),
      }))
      .sort(byKey((c) => c.code)),
    trainers: readTrainers(ctx)
      .filter((t) => t.shareConsent && !t.archivedAt)
      .map((t) => ({
        id: t.id,
        kind: t.kind,
        nameFr: t.nameFr,
        nameAr: t.nameAr,
        expertise: t.expertise.map((e) => e.code),
        languages: t.languages,
        phone: t.phone,
        email: t.email,
        bioFr: t.bioFr,
        bioAr: t.bioAr,
        consentDate: t.consentDate,
      }))
      .sort(byKey((t) => t.id)),
    venues: readVenues(ctx)
      .filter((v) => !v.archivedAt)
      .map((v) => ({
        id: v.id,
        nameFr: v.nameFr,
        nameAr: v.nameAr,
        quartier: v.quartierFr || v.quartierAr,
        capacity: v.capacity,
        address: v.address,
        accessible: v.accessible,
        equipment: v.equipment,
      }))
      .sort(byKey((v) => v.id)),
  };
}

/** The file the user saves: pretty-printed UTF-8 JSON, named for the day. */
export function exportCatalogue(ctx: DataContext): Output<'catalogue.export'> {
  const day = new Date().toISOString().slice(0, 10);
  return { fileName: `catalogue-formations-${day}.json`, content: `${JSON.stringify(buildCatalogue(ctx), null, 2)}\n` };
}
