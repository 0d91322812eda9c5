import ExcelJS from 'exceljs';
import { neutralise, xmlSafe } from './write';

/**
 * A worksheet of typed cells, for a report a reader computes with (the programme view): numbers
 * stay numbers with a number format (a rate is a fraction shown as a percentage), dates are
 * dates. Text cells are neutralised like every other export (no formula ever runs).
 */
export type SheetCell = string | number | Date | null | { value: number; format: string };

export interface SheetOptions {
  sheetName: string;
  /** Rows in bold (headers). */
  boldRows?: readonly number[];
  /** An Arabic sheet reads from the right. */
  rightToLeft?: boolean;
  /** Width of each column, in characters; the last one given applies to the columns after it. */
  widths?: readonly number[];
}

const DATE_FORMAT = 'dd/mm/yyyy';

export async function toXlsxCells(rows: readonly (readonly SheetCell[])[], options: SheetOptions): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(options.sheetName, { views: [{ rightToLeft: options.rightToLeft ?? false }] });
  rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      if (cell === null) return;
      if (typeof cell === 'string') target.value = xmlSafe(neutralise(cell));
      else if (typeof cell === 'number') target.value = cell;
      else if (cell instanceof Date) {
        target.value = cell;
        target.numFmt = DATE_FORMAT;
      } else {
        target.value = cell.value;
        target.numFmt = cell.format;
      }
    });
    if (options.boldRows?.includes(r)) row.font = { bold: true };
  });
  const widths = options.widths ?? [22];
  const count = Math.max(1, ...rows.map((r) => r.length));
  for (let c = 1; c <= count; c++) sheet.getColumn(c).width = widths[Math.min(c - 1, widths.length - 1)]!;
  return Buffer.from(await book.xlsx.writeBuffer());
}
