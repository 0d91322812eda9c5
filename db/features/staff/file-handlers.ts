import { missingColumnsSentence } from '../../../api/channels/staff-files';
import { DomainError } from '../../core/errors';
import type { HandlerGroup } from '../../dispatch/types';
import { UnreadableFile } from '../../tabular/table';
import { exportStaff, staffTemplate } from './export';
import type { StaffMapping } from './import/mapping';
import { importStaff, previewStaffImport, readStaffFile } from './import/run-import';

const MIME = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

const unreadable = (message: string) => new DomainError('bad_file', 'errors.importUnreadable', { issues: [{ path: 'file', message }] });

async function read(fileName: string, contentBase64: string, mapping: StaffMapping | null) {
  try {
    return await readStaffFile(fileName, Buffer.from(contentBase64, 'base64'), mapping);
  } catch (error) {
    if (error instanceof UnreadableFile) throw unreadable(error.message);
    throw error;
  }
}

/** Staff import and export as files (api/channels/staff-files.ts). */
export const staffFileHandlers: HandlerGroup<'staff.importPreview' | 'staff.import' | 'staff.export' | 'staff.importTemplate'> = {
  'staff.importPreview': async ({ fileName, contentBase64, mapping, createUnits, limit }, ctx) =>
    previewStaffImport(ctx, await read(fileName, contentBase64, mapping), { createUnits, limit }),

  // Missing required columns: the file cannot be imported at all (the CLI exits 1 naming them).
  'staff.import': async ({ fileName, contentBase64, mapping, createUnits, dryRun }, ctx) => {
    const file = await read(fileName, contentBase64, mapping);
    if (file.missing.length) throw unreadable(missingColumnsSentence(file.missing));
    return importStaff(ctx, file, { createUnits, dryRun });
  },

  'staff.export': async ({ format }, ctx) => ({
    fileName: `personnel-${new Date().toISOString().slice(0, 10)}.${format}`,
    mimeType: MIME[format],
    contentBase64: (await exportStaff(ctx, format)).toString('base64'),
  }),

  'staff.importTemplate': () => ({
    fileName: 'modele-personnel.csv',
    mimeType: MIME.csv,
    contentBase64: staffTemplate().toString('base64'),
  }),
};
