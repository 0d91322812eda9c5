import type { Output } from '../../../api/contract';
import type { DataContext } from '../../core/context';
import { listCourses, getCourse } from './courses';
import { readTrainers } from './trainers';

/**
 * What the printable "Répertoire des formations et des formateurs" shows: the active courses
 * (by domain, then code, in the document) with their objectives, and the active trainers with
 * their expertise and languages; a trainer's phone and e-mail only when they consented to be
 * listed.
 */
export function trainingDirectory(ctx: DataContext): Output<'catalogue.directory'> {
  const rows = listCourses(ctx, { query: '', modality: null, origin: null, audience: null, competencyId: null, includeArchived: false });
  return {
    courses: rows.map((r) => {
      const c = getCourse(ctx, r.id);
      return {
        id: c.id,
        code: c.code,
        titleFr: c.titleFr,
        titleAr: c.titleAr,
        domainFr: c.domainFr,
        domainAr: c.domainAr,
        objectivesFr: c.objectivesFr,
        objectivesAr: c.objectivesAr,
        hours: c.hours,
        modality: c.modality,
        competencies: c.competencies,
      };
    }),
    trainers: readTrainers(ctx)
      .filter((t) => !t.archivedAt)
      .map((t) => ({
        id: t.id,
        kind: t.kind,
        nameFr: t.nameFr,
        nameAr: t.nameAr,
        languages: t.languages,
        expertise: t.expertise,
        shareConsent: t.shareConsent,
        phone: t.shareConsent ? t.phone : '',
        email: t.shareConsent ? t.email : '',
      })),
  };
}
