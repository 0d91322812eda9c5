/**
 * The year's indicators (issue 12, "Indicators": the keys and formulas are a contract), read by
 * `indicators.year`, `sas report indicators`, the dashboards and the `aggregates` backup. Each part
 * is read by its own file; this one puts them together and applies the formulas.
 */
import type { Indicators } from '../../../api/channels/evaluation';
import type { DataContext } from '../../core/context';
import { today } from '../reviews/people';
import { ratio, referenceDay } from './indicator-math';
import { yearBounds } from './indicator-sql';
import { deliveryFigures } from './indicators-delivery';
import { evaluationFigures } from './indicators-evaluation';
import { peopleFigures } from './indicators-people';

/** `on`: today's date, for the current year's active staff (a parameter so tests can fix it). */
export function yearIndicators(ctx: DataContext, year: number, on: string = today()): Indicators {
  const bounds = yearBounds(year);
  // One read transaction: every figure comes from the same state of the database, even while
  // the window writes beside the command line.
  const [people, evaluation, delivery] = ctx.sqlite
    .transaction(
      () => [peopleFigures(ctx, bounds, referenceDay(year, on)), evaluationFigures(ctx, bounds), deliveryFigures(ctx, bounds)] as const,
    )
    .deferred();
  return {
    year,
    staffActive: people.staffActive,
    staffTrained: people.staffTrained,
    accessRate: ratio(people.staffTrained, people.staffActive),
    trainingHours: people.trainingHours,
    hoursPerAgent: ratio(people.staffHours, people.staffActive),
    associationTrainees: people.associationTrainees,
    associationsReached: people.associationsReached,
    womenShareOfTrainees: ratio(people.women, people.people),
    sessionsDelivered: delivery.sessionsDelivered,
    satisfactionIndex: evaluation.satisfactionIndex,
    meanNormalisedGain: evaluation.meanNormalisedGain,
    applicationRate: evaluation.applicationRate,
    // Amounts are kept in centimes; the indicator is in dirhams.
    costPerTraineeHour: ratio(delivery.costCentimes / 100, people.trainingHours),
    needsCoverage: ratio(delivery.needsCovered, delivery.needsConsidered),
  };
}
