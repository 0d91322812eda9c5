import type { z } from 'zod';
import type { answerInput, sheetInput } from '../../../../../api/channels/evaluation';
import type { SheetRow } from './sheet-rows';
import { type Column, readCell } from './sheet-cells';

/**
 * The sheets a save sends: each row with a changed cell, all its answers read again from what is
 * shown (a sheet is replaced whole by responses.save). A new sheet left blank is not sent; a new
 * sheet takes the batch's date, a saved one keeps its own.
 */
export function buildSheets(
  rows: readonly SheetRow[],
  columns: readonly Column[],
  changed: ReadonlySet<string>,
  rawAt: (r: SheetRow, c: Column) => string,
  submittedOn: string,
): { row: SheetRow; input: z.input<typeof sheetInput> }[] {
  return rows.flatMap((row) => {
    if (!changed.has(row.key)) return [];
    const answers: z.input<typeof answerInput>[] = columns.flatMap((c) => {
      const reading = readCell(c.question, rawAt(row, c));
      return reading.ok && reading.answer ? [{ questionId: c.question.id, row: c.row, ...reading.answer }] : [];
    });
    if (!row.sheet && !answers.length) return [];
    return [
      {
        row,
        input: {
          id: row.sheet?.id ?? null,
          enrolmentId: row.enrolmentId,
          respondent: row.sheet?.respondent ?? 'trainee',
          submittedOn: row.sheet?.submittedOn ?? submittedOn,
          answers,
        },
      },
    ];
  });
}
