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
import { EVERYONE, type Restriction } from './indicator-scope';
import { deliveryFigures } from './indicators-delivery';
import { type EvaluationRows, evaluationFigures } from './indicators-evaluation';
import { type MarksRow, attendedMarks, peopleFigures } from './indicators-people';

/** The indicators and what they were computed from (the dashboards draw their charts from the same rows). */
export interface IndicatorParts {
  indicators: Indicators;
  marks: MarksRow[];
  evaluation: EvaluationRows;
}

/**
 * `on`: today's date, for the current year's active staff (a parameter so tests can fix it).
 * `r`: who and what is counted (the dashboards' filters); everyone and every session by default.
 */
export function yearIndicators(ctx: DataContext, year: number, on: string = today(), r: Restriction = EVERYONE): Indicators {
  return yearIndicatorParts(ctx, year, on, r).indicators;
}

export function yearIndicatorParts(ctx: DataContext, year: number, on: string = today(), r: Restriction = EVERYONE): IndicatorParts {
  const bounds = yearBounds(year);
  // One read transaction: every figure comes from the same state of the database, even while
  // the window writes beside the command line.
  const [marks, people, evaluation, delivery] = ctx.sqlite
    .transaction(() => {
      const rows = attendedMarks(ctx, bounds, r);
      return [
        rows,
        peopleFigures(ctx, referenceDay(year, on), rows, r),
        evaluationFigures(ctx, bounds, r),
        deliveryFigures(ctx, bounds, r, rows),
      ] as const;
    })
    .deferred();
  const indicators: Indicators = {
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
  return { indicators, marks, evaluation: evaluation.rows };
}
