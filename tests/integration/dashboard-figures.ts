import type { Dashboard, Figure } from '../../api/channels/dashboard';

/**
 * The number a dashboard shows for a figure (and one bar of a chart, `key`): what the records
 * behind it must add up to. hoursByMonth counts people, not hours: its records are the people
 * who attended that month, and their hours are checked apart.
 */
export function figureOn(d: Dashboard, figure: Figure, key: string | null = null): number | null {
  const bar = <T extends { id: string }>(bars: T[], pick: (b: T) => number) =>
    key === null ? null : pick(bars.find((b) => b.id === key) ?? ({ id: key } as T)) || 0;
  switch (figure) {
    case 'staffActive':
      return d.indicators.staffActive;
    case 'staffTrained':
      return d.indicators.staffTrained;
    case 'staffNotTrained':
      return d.staffNotTrained;
    case 'associationTrainees':
      return d.indicators.associationTrainees;
    case 'associationsReached':
      return d.indicators.associationsReached;
    case 'sessionsDelivered':
      return d.indicators.sessionsDelivered;
    case 'sessionsOutsidePlan':
      return d.sessions.outsidePlan;
    case 'trainedByUnit':
      return key === null ? d.charts.trainedByUnit.reduce((a, b) => a + b.trained, 0) : bar(d.charts.trainedByUnit, (b) => b.trained);
    case 'hoursByMonth':
      return null;
    case 'associationsByDomain':
      return key === null ? d.indicators.associationsReached : bar(d.associations.byDomain, (b) => b.organizations);
    case 'associationsByQuartier':
      return key === null ? d.indicators.associationsReached : bar(d.associations.byQuartier, (b) => b.organizations);
    case 'subsidisedWithTrainedWorker':
      return d.associations.subsidisedWithTrainedWorker;
    case 'subsidisedWithoutTrainedWorker':
      return d.associations.subsidised - d.associations.subsidisedWithTrainedWorker;
    case 'deliveredWithoutAttendance':
    case 'endSheetsNotTyped':
    case 'followUpsOverdue':
    case 'staffWithoutJob':
      return d.quality[figure];
    case 'actionsNotDone':
      return d.plan ? d.plan.actions - d.plan.actionsDone : 0;
    case 'reviewsNotValidated': {
      const campaigns = d.reviews.campaigns.filter((c) => key === null || c.id === key);
      return campaigns.reduce((a, c) => a + c.reviews - c.validated, 0);
    }
  }
}

/** Every (figure, key) pair a dashboard offers: each figure whole, and each bar of each chart. */
export function figureKeys(d: Dashboard): [Figure, string | null][] {
  return [
    ...d.charts.trainedByUnit.map((b) => ['trainedByUnit', b.id] as [Figure, string]),
    ...d.charts.hoursByMonth.map((b) => ['hoursByMonth', String(b.month)] as [Figure, string]),
    ...d.associations.byDomain.map((b) => ['associationsByDomain', b.id] as [Figure, string]),
    ...d.associations.byQuartier.map((b) => ['associationsByQuartier', b.id] as [Figure, string]),
    ...d.reviews.campaigns.map((c) => ['reviewsNotValidated', c.id] as [Figure, string]),
  ];
}
