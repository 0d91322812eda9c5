import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../api/result';
import { hasDesktopShell, savePageAsPdf } from '../bridge/shell';
import { errorSentence } from '../lib/errors';

interface Props {
  /** The PDF's suggested name, under Electron. */
  fileName: string;
  /** Where Back goes (a hash path) and the name of that screen. */
  backHref: string;
  backLabel: string;
}

/**
 * The one "Save as PDF / Print" control above every printable document (never printed itself).
 * Under Electron, Save as PDF asks where and prints the page with printToPDF (shell.savePdf);
 * Print still opens the system dialog for paper. In a browser (the test host) the browser's
 * own print dialog does both.
 */
export function PrintToolbar({ fileName, backHref, backLabel }: Props) {
  const { t } = useTranslation();
  const desktop = hasDesktopShell();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const savePdf = async () => {
    setBusy(true);
    const result = await savePageAsPdf(fileName);
    setBusy(false);
    setError(result.ok ? null : result.error);
    setSaved(result.ok ? result.value.path : null);
  };

  return (
    <Group className="print-toolbar no-print" p="sm" gap="sm">
      {desktop && (
        <Button loading={busy} onClick={() => void savePdf()}>
          {t('common.savePdf')}
        </Button>
      )}
      <Button variant={desktop ? 'default' : 'filled'} onClick={() => window.print()}>
        {t('common.print')}
      </Button>
      <Button variant="default" component="a" href={backHref}>
        {t('common.backTo', { screen: backLabel })}
      </Button>
      {saved && (
        <Text size="sm" role="status">
          {t('common.savedPdf')} <bdi dir="ltr">{saved}</bdi>
        </Text>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {errorSentence(t, error)}
        </Text>
      )}
    </Group>
  );
}
