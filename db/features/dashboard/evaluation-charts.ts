/**
 * The charts of levels 1 and 3, from the rows the indicators were computed from: the reaction
 * index per thing measured (the satisfaction index's formula on each measure's answers), and the
 * objectives rated in the year's follow-ups per frequency (the application rate's distribution).
 */
import type { Dashboard } from '../../../api/channels/dashboard';
import { FREQUENCIES, MEASURES } from '../../../api/channels/evaluation-enums';
import { satisfactionIndex } from '../evaluation/indicator-math';
import type { EvaluationRows } from '../evaluation/indicators-evaluation';

type Charts = Dashboard['charts'];

/** The answers the index counts (indicator-math leaves out values outside the scale and one-point scales). */
const counted = (c: { value: number; points: number }) => c.points >= 2 && c.value >= 1 && c.value <= c.points;

export const satisfactionByMeasure = (rows: EvaluationRows): Charts['satisfactionByMeasure'] =>
  MEASURES.map((measure) => {
    const mine = rows.scale.filter((c) => c.measure === measure);
    return { measure, index: satisfactionIndex(mine), answers: mine.filter(counted).reduce((a, c) => a + c.n, 0) };
  });

export const applicationByFrequency = (rows: EvaluationRows): Charts['applicationByFrequency'] =>
  FREQUENCIES.map((frequency) => ({
    frequency,
    objectives: rows.objectives.filter((o) => o.frequency === frequency).reduce((a, o) => a + o.n, 0),
  }));
