import type { Result } from '../../../api/result';

/**
 * The desktop shell's own channels (api/shell-contract.ts). They exist only under Electron;
 * in a browser (the test host) the renderer uses the browser's own means instead.
 */
export const hasDesktopShell = (): boolean => typeof window !== 'undefined' && Boolean(window.sas);

/** Asks where to save, then saves the current print page as PDF. Resolves with the path, or null. */
export async function savePageAsPdf(fileName: string): Promise<Result<{ path: string | null }>> {
  if (!window.sas) return { ok: false, error: { code: 'not_found' } };
  return (await window.sas.invoke('shell.savePdf', { fileName })) as Result<{ path: string | null }>;
}
