import { parseCsv } from './read-csv';
import { parseXlsx } from './read-xlsx';
import { type Table, UnreadableFile } from './table';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/** A CSV or XLSX file as a Table, told apart by its content (the name only as a hint). Throws UnreadableFile. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  if (!bytes.length) throw new UnreadableFile('the file is empty');
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return parseXlsx(bytes);
  return parseCsv(bytes);
}
