import ExcelJS from 'exceljs';
import { type Table, UnreadableFile } from './table';

/** A cell's text as the user sees it: dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The first worksheet: row 1 is the header, each later row keeps its row number as its line. */
export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('the file is not a readable XLSX workbook');
  }
  const sheet = book.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new UnreadableFile('the workbook has no rows');
  const width = sheet.getRow(1).cellCount;
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from({ length: Math.max(width, row.cellCount) }, (_, i) => cellText(row.getCell(i + 1).value));
  const header = cellsOf(sheet.getRow(1)).map((c) => c.trim());
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells = cellsOf(row);
    if (cells.some((c) => c.trim())) rows.push({ line: n, cells });
  });
  return { format: 'xlsx', delimiter: null, header, rows };
}
