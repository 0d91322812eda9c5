import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import { savePageAsPdf } from '../../../bridge/shell';
import { errorSentence } from '../../../lib/errors';

/** Under Electron: the same document as the printout, saved as a PDF file where the user chooses. */
export function SavePdfButton({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const save = async () => {
    setBusy(true);
    const result = await savePageAsPdf(fileName);
    setBusy(false);
    setError(result.ok ? null : result.error);
    setSaved(result.ok ? result.value.path : null);
  };
  return (
    <>
      <Button variant="default" loading={busy} onClick={save}>
        {t('directory.guide.savePdf')}
      </Button>
      {saved && <Text size="sm">{t('directory.guide.savedPdf', { path: saved })}</Text>}
      {error && (
        <Text size="sm" c="red" role="alert">
          {errorSentence(t, error)}
        </Text>
      )}
    </>
  );
}
