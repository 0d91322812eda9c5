import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { Editable } from '../../components/Editable';
import { errorSentence } from '../../lib/errors';
import { downloadText } from '../backup/format';
import { ReferentielImport } from './ReferentielImport';

/**
 * Sharing the framework with the job sheets (`referentiel.export` / `referentiel.import`): the
 * file is saved as a download (Electron and the test host alike); the import, a write, is
 * hidden on a partner's dataset.
 */
export function ReferentielActions() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [importing, setImporting] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke('referentiel.export', {});
    setBusy(false);
    if (result.ok) downloadText(result.value.fileName, result.value.content);
    else setError(result.error);
  };

  return (
    <>
      <Button variant="default" loading={busy} onClick={() => void save()}>
        {t('framework.referentiel.export')}
      </Button>
      <Editable>
        <Button variant="default" onClick={() => setImporting(true)}>
          {t('framework.referentiel.import')}
        </Button>
      </Editable>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {errorSentence(t, error)}
        </Alert>
      )}
      {importing && <ReferentielImport onClose={() => setImporting(false)} />}
    </>
  );
}
