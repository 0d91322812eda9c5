import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useReadOnly } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { backToOwnData } from '../partners/dataset';
import { InstallationKeys } from './InstallationKeys';
import { LastOffsiteBackup } from './BackupReminder';
import { LocalBackups, type Restored } from './LocalBackups';
import { MakeBackup } from './MakeBackup';
import { PartnerKeys } from './PartnerKeys';
import { RestoreFromFile } from './RestoreFromFile';
import { formatDateTime } from './format';

// The last restore of this session survives a visit to another page, so the user can check the
// restored data and come back to undo it.
let lastRestore: Restored | null = null;

/** Backups, restore and keys: all about the installation's own data, so not while a partner's is open. */
export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const readOnly = useReadOnly();
  const [restored, setRestoredState] = useState<Restored | null>(lastRestore);
  const setRestored = (r: Restored | null) => ((lastRestore = r), setRestoredState(r));
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const onRestored = (r: Restored) => (setRestored(r), setUndone(false), setError(null));
  const undo = async () => {
    const result = await invoke('backup.undoRestore', {});
    if (!result.ok) return setError(result.error);
    setRestored(null);
    setUndone(true);
  };

  if (readOnly) {
    return (
      <>
        <PageHeader />
        <Alert color="blue">
          <Group justify="space-between">
            <Text size="sm">{t('backup.ownOnly')}</Text>
            <Button size="xs" onClick={backToOwnData}>
              {t('partners.back')}
            </Button>
          </Group>
        </Alert>
      </>
    );
  }

  const m = restored?.manifest;
  return (
    <>
      <PageHeader subtitle={t('backup.subtitle')} />
      <Stack>
        <LastOffsiteBackup />
        {m && (
          <Alert color="green" role="status">
            <Group justify="space-between">
              <Text size="sm">
                {t('backup.local.restored', {
                  date: formatDateTime(m.createdAt),
                  commune: pickName(m.source.communeFr, m.source.communeAr, lang),
                })}
              </Text>
              <Button size="xs" variant="white" color="orange" onClick={() => void undo()}>
                {t('backup.local.undo')}
              </Button>
            </Group>
          </Alert>
        )}
        {undone && (
          <Alert color="green" role="status">
            {t('backup.local.undone')}
          </Alert>
        )}
        <FormError error={error} />
        <MakeBackup />
        <LocalBackups onRestored={onRestored} />
        <RestoreFromFile onRestored={onRestored} />
        <InstallationKeys />
        <PartnerKeys />
      </Stack>
    </>
  );
}
