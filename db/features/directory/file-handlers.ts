import type { ImportField } from '../../../api/channels/directory-files';
import type { DataContext } from '../../core/context';
import { DomainError } from '../../core/errors';
import type { HandlerGroup } from '../../dispatch/types';
import { collect } from './export/collect';
import { toHsds } from './export/hsds';
import { directoryCsv, directoryXlsx, templateCsv } from './export/tabular';
import { importCandidates, preview, readImportFile } from './import/run-import';
import { UnreadableFile } from '../../tabular/table';

const read = async (fileName: string, base64: string, mapping: Record<string, ImportField | ''> | null) => {
  try {
    return await readImportFile(fileName, Buffer.from(base64, 'base64'), mapping);
  } catch (error) {
    if (error instanceof UnreadableFile)
      throw new DomainError('bad_file', 'errors.importUnreadable', { issues: [{ path: 'file', message: error.message }] });
    throw error;
  }
};

export const MIME = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  hsds: 'application/json',
} as const;

/** The export as bytes, shared by the channel and `sas directory export`. */
export async function exportDirectory(ctx: DataContext, format: 'csv' | 'xlsx' | 'hsds', ids: string[] | null): Promise<Buffer> {
  const records = collect(ctx, ids);
  if (format === 'csv') return directoryCsv(records);
  if (format === 'xlsx') return directoryXlsx(records);
  return toHsds(records);
}

export const fileHandlers: HandlerGroup<'directory.importPreview' | 'directory.import' | 'directory.template' | 'directory.export'> = {
  'directory.importPreview': async ({ fileName, contentBase64, mapping, limit }, ctx) =>
    preview(ctx, await read(fileName, contentBase64, mapping), limit),

  'directory.import': async ({ fileName, contentBase64, mapping, onDuplicate, dryRun }, ctx) =>
    importCandidates(ctx, (await read(fileName, contentBase64, mapping)).candidates, { onDuplicate, dryRun }),

  'directory.template': () => ({ fileName: 'modele-annuaire.csv', mimeType: MIME.csv, contentBase64: templateCsv().toString('base64') }),

  'directory.export': async ({ format, ids }, ctx) => ({
    fileName: `annuaire-${new Date().toISOString().slice(0, 10)}.${format === 'hsds' ? 'json' : format}`,
    mimeType: MIME[format],
    contentBase64: (await exportDirectory(ctx, format, ids)).toString('base64'),
  }),
};
