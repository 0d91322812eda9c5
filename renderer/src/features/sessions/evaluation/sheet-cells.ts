import type { Question } from '../../../../../api/channels/evaluation';

/**
 * What a cell of the sheets' grid takes, read from its question: one column per question (a grid
 * question: one per row of its grid), a short text typed as on the paper (a scale's digit, O/N,
 * a choice's number, several choices' numbers together, a number, a text) turned into the
 * contract's answer, or the key of what is wrong with it. Pure, so the rules are tested alone.
 */

export interface Column {
  question: Question;
  /** The row of a grid question (0 otherwise). */
  row: number;
  key: string;
  /** "Q3", or "Q3.2" for a grid's second row: the number printed on the blank form. */
  label: string;
}

export const columnKey = (questionId: string, row: number) => `${questionId}:${row}`;

export function columnsOf(questions: readonly Question[]): Column[] {
  return [...questions]
    .sort((a, b) => a.position - b.position)
    .flatMap((q, i) =>
      q.type === 'grid'
        ? q.gridRows.map((_, row) => ({ question: q, row, key: columnKey(q.id, row), label: `Q${i + 1}.${row + 1}` }))
        : [{ question: q, row: 0, key: columnKey(q.id, 0), label: `Q${i + 1}` }],
    );
}

export interface Parsed {
  value: number | null;
  text: string;
  choices: number[];
}
export type CellReading = { ok: true; answer: Parsed | null } | { ok: false; problem: string; max: number };

/** Arabic-Indic and Persian digits typed on an Arabic keyboard read as the Western ones. */
export function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Yes: O(ui), Y(es), 1, ن (نعم); no: N(on), 0, ل (لا). */
const YES = new Set(['o', 'y', '1', 'ن']);
const NO = new Set(['n', '0', 'ل']);

const blank = (): CellReading => ({ ok: true, answer: null });
const value = (v: number): CellReading => ({ ok: true, answer: { value: v, text: '', choices: [] } });
const wrong = (problem: string, max = 0): CellReading => ({ ok: false, problem, max });

export function readCell(q: Question, raw: string): CellReading {
  const typed = westernDigits(raw).trim();
  if (!typed) return blank();
  switch (q.type) {
    case 'scale':
    case 'grid': {
      const points = q.scalePoints ?? 0;
      const n = /^\d+$/.test(typed) ? Number(typed) : NaN;
      return n >= 1 && n <= points ? value(n) : wrong('sessionEvaluation.cell.scale', points);
    }
    case 'yes_no': {
      const c = typed.toLowerCase();
      return YES.has(c) ? value(1) : NO.has(c) ? value(0) : wrong('sessionEvaluation.cell.yesNo');
    }
    case 'single': {
      const n = /^\d+$/.test(typed) ? Number(typed) : NaN;
      return n >= 1 && n <= q.options.length ? value(n - 1) : wrong('sessionEvaluation.cell.choice', q.options.length);
    }
    case 'multiple': {
      // Each digit one choice ("13": the first and the third); spaces and commas may separate them.
      const digits = typed.replace(/[\s,;.]/g, '');
      if (!/^\d+$/.test(digits)) return wrong('sessionEvaluation.cell.choices', q.options.length);
      const picked = [...digits].map(Number);
      if (picked.some((n) => n < 1 || n > q.options.length) || new Set(picked).size !== picked.length)
        return wrong('sessionEvaluation.cell.choices', q.options.length);
      return { ok: true, answer: { value: null, text: '', choices: picked.map((n) => n - 1).sort((a, b) => a - b) } };
    }
    case 'number': {
      const n = Number(typed.replace(',', '.'));
      return /^-?\d+([.,]\d+)?$/.test(typed) && Number.isFinite(n) ? value(n) : wrong('sessionEvaluation.cell.number');
    }
    default:
      return { ok: true, answer: { value: null, text: raw.trim(), choices: [] } };
  }
}

/** A saved answer written back as it is typed (the inverse of readCell). */
export function cellText(q: Question, a: { value: number | null; text: string; choices: number[] } | undefined): string {
  if (!a) return '';
  switch (q.type) {
    case 'yes_no':
      return a.value === null ? '' : a.value === 1 ? 'O' : 'N';
    case 'single':
      return a.value === null ? '' : String(a.value + 1);
    case 'multiple':
      return a.choices.map((c) => String(c + 1)).join('');
    case 'text':
      return a.text;
    default:
      return a.value === null ? '' : String(a.value);
  }
}

/**
 * Whether one key press completes the cell, so the cursor moves on to the next question as on
 * the attendance grid: a scale of up to 9 points, yes/no, a choice among up to 9. Several
 * choices and numbers wait for Enter or an arrow.
 */
export function completesAtOnce(q: Question): boolean {
  if (q.type === 'yes_no') return true;
  if (q.type === 'scale' || q.type === 'grid') return (q.scalePoints ?? 0) <= 9;
  if (q.type === 'single') return q.options.length <= 9;
  return false;
}

/** How the yes/no cell shows its value whatever was typed (O, Y, 1, ن…): the words of the interface's language. */
export function shownValue(q: Question, raw: string, yesNo: { yes: string; no: string }): string {
  if (q.type !== 'yes_no') return raw;
  const r = readCell(q, raw);
  return r.ok && r.answer ? (r.answer.value === 1 ? yesNo.yes : yesNo.no) : raw;
}
