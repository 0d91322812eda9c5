import { Alert, Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_EXPORT_FORMATS } from '../../../../api/channels/staff-files';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { Editable } from '../../components/Editable';
import { downloadFile } from '../../lib/files';
import { errorSentence } from '../../lib/errors';
import { StaffImportDialog } from './import/StaffImportDialog';

/** "Importer…" (a dialog) and "Exporter" (CSV or XLSX of every staff member, active and left) on the Staff page. */
export function StaffFilesMenu() {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const exportAs = async (format: (typeof STAFF_EXPORT_FORMATS)[number]) => {
    setBusy(true);
    setError(null);
    const result = await invoke('staff.export', { format });
    setBusy(false);
    if (result.ok) downloadFile(result.value);
    else setError(result.error);
  };

  return (
    <>
      <Editable>
        <Button variant="default" onClick={() => setImporting(true)}>
          {t('staff.import.open')}
        </Button>
      </Editable>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy}>
            {t('staff.export.open')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {STAFF_EXPORT_FORMATS.map((f) => (
            <Menu.Item key={f} onClick={() => void exportAs(f)}>
              {t(`staff.export.formats.${f}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {errorSentence(t, error)}
        </Alert>
      )}
      {importing && <StaffImportDialog onClose={() => setImporting(false)} />}
    </>
  );
}
