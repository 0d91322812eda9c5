import { Alert, Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '../../../../api/channels/directory-files';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { errorSentence } from '../../lib/errors';
import { downloadFile } from '../../lib/files';
import { type DirectoryFilters, hasFilters, selectionIds } from './filters';

type Format = (typeof EXPORT_FORMATS)[number];

/** Export of the whole directory or of the organisations the current filters match, and the import template. */
export function ExportMenu({ filters }: { filters: DirectoryFilters }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (format: Format, selection: boolean) => {
    setBusy(true);
    setError(null);
    const ids = selection ? await selectionIds(filters) : null;
    const result = await invoke('directory.export', { format, ids });
    setBusy(false);
    if (result.ok) downloadFile(result.value);
    else setError(result.error);
  };
  const template = async () => {
    const result = await invoke('directory.template', {});
    if (result.ok) downloadFile(result.value);
    else setError(result.error);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy}>
            {t('directory.export.open')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('directory.export.all')}</Menu.Label>
          {EXPORT_FORMATS.map((f) => (
            <Menu.Item key={`all-${f}`} onClick={() => void run(f, false)}>
              {t(`directory.export.formats.${f}`)}
            </Menu.Item>
          ))}
          {hasFilters(filters) && (
            <>
              <Menu.Divider />
              <Menu.Label>{t('directory.export.selection')}</Menu.Label>
              {EXPORT_FORMATS.map((f) => (
                <Menu.Item key={`sel-${f}`} onClick={() => void run(f, true)}>
                  {t(`directory.export.formats.${f}`)}
                </Menu.Item>
              ))}
            </>
          )}
          <Menu.Divider />
          <Menu.Item onClick={() => void template()}>{t('directory.import.template')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {errorSentence(t, error)}
        </Alert>
      )}
    </>
  );
}
