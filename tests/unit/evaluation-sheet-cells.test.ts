import { describe, expect, it } from 'vitest';
import type { Question } from '../../api/channels/evaluation';
import { cellText, columnsOf, completesAtOnce, readCell } from '../../renderer/src/features/sessions/evaluation/sheet-cells';

const q = (over: Partial<Question>): Question => ({
  id: over.id ?? 'q',
  position: 0,
  type: 'scale',
  textFr: 'Q',
  textAr: 'س',
  measures: 'other',
  scalePoints: null,
  lowFr: '',
  lowAr: '',
  highFr: '',
  highAr: '',
  options: [],
  gridRows: [],
  points: 0,
  correctValue: null,
  ...over,
});
const three = [0, 1, 2].map((i) => ({ fr: `c${i}`, ar: `خ${i}`, correct: false }));

describe('the sheets grid cells', () => {
  it('takes a scale digit within its points, Arabic-Indic digits too, and says what is out of range', () => {
    const scale = q({ type: 'scale', scalePoints: 5 });
    expect(readCell(scale, '4')).toEqual({ ok: true, answer: { value: 4, text: '', choices: [] } });
    expect(readCell(scale, '٣')).toMatchObject({ ok: true, answer: { value: 3 } });
    expect(readCell(scale, '6')).toMatchObject({ ok: false, max: 5 });
    expect(readCell(scale, '0').ok).toBe(false);
    expect(readCell(scale, '')).toEqual({ ok: true, answer: null });
  });

  it('reads yes and no in both languages and as 1/0', () => {
    const yn = q({ type: 'yes_no' });
    for (const yes of ['O', 'o', 'Y', '1', 'ن']) expect(readCell(yn, yes)).toMatchObject({ ok: true, answer: { value: 1 } });
    for (const no of ['N', 'n', '0', 'ل']) expect(readCell(yn, no)).toMatchObject({ ok: true, answer: { value: 0 } });
    expect(readCell(yn, 'x').ok).toBe(false);
  });

  it('numbers choices from 1 on paper and from 0 in the answer; several choices typed together', () => {
    const single = q({ type: 'single', options: three });
    expect(readCell(single, '2')).toMatchObject({ ok: true, answer: { value: 1 } });
    expect(readCell(single, '4').ok).toBe(false);
    const multiple = q({ type: 'multiple', options: three });
    expect(readCell(multiple, '31')).toMatchObject({ ok: true, answer: { value: null, choices: [0, 2] } });
    expect(readCell(multiple, '11').ok).toBe(false);
    expect(readCell(multiple, '14').ok).toBe(false);
    expect(cellText(multiple, { value: null, text: '', choices: [0, 2] })).toBe('13');
    expect(cellText(single, { value: 1, text: '', choices: [] })).toBe('2');
  });

  it('gives a grid question one column per row, and moves on at once only when one key is the whole answer', () => {
    const grid = q({
      id: 'g',
      type: 'grid',
      scalePoints: 5,
      gridRows: [
        { fr: 'a', ar: 'أ' },
        { fr: 'b', ar: 'ب' },
      ],
    });
    const cols = columnsOf([q({ id: 'a', position: 0 }), { ...grid, position: 1 }]);
    expect(cols.map((c) => c.label)).toEqual(['Q1', 'Q2.1', 'Q2.2']);
    expect(completesAtOnce(grid)).toBe(true);
    expect(completesAtOnce(q({ type: 'multiple', options: three }))).toBe(false);
    expect(completesAtOnce(q({ type: 'scale', scalePoints: 11 }))).toBe(false);
  });
});
