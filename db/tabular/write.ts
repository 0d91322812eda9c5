import ExcelJS from 'exceljs';

/**
 * Writing a table for spreadsheets (every export and import template): CSV as Excel opens it
 * with French regional settings, and XLSX. Cells are strings; both writers neutralise formulas.
 */

/**
 * A cell a spreadsheet would run as a formula (= + - @, or tab/CR that some apps strip first)
 * is prefixed with a quote: shown as typed, never executed (CSV injection).
 */
export const neutralise = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** Reading back a cell `neutralise` wrote: the leading quote it added is removed (and the cell trimmed). */
export const restoreNeutralised = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell).trim();

const csvCell = (cell: string) => {
  const safe = neutralise(cell);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV as Excel opens it with French regional settings: UTF-8 BOM, semicolons, CRLF. */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const lines = [columns.join(';'), ...rows.map((r) => r.map(csvCell).join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * XLSX is XML, and XML 1.0 forbids some characters outright: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. One of them in any cell makes the
 * whole workbook unreadable (by Excel and by this app's own import), so each is replaced by
 * U+FFFD, the sign for "a character was here" (what remains of the text stays readable). Data
 * written before the contract refused such characters, or imported, may still hold them.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
export const xmlSafe = (cell: string): string => cell.replace(XML_FORBIDDEN, '\uFFFD');

/** One worksheet: the header in bold, then the rows as text cells. */
export async function toXlsx(columns: readonly string[], rows: readonly (readonly string[])[], sheetName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow([...columns]);
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((cell) => xmlSafe(neutralise(cell))));
  sheet.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await book.xlsx.writeBuffer());
}
