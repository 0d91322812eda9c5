import { Alert, Button, FileInput, Group, Modal, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ltr } from '../../components/Ltr';
import type { Manifest, Origin } from '../../../../api/channels/backup';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { FormError } from '../../components/FormError';
import { fileToBase64 } from '../../lib/files';
import type { Restored } from './LocalBackups';
import { ManifestSummary } from './ManifestSummary';
import { OtherSourceNotice } from './OtherSourceNotice';
import { formatDateTime } from './format';

/**
 * Restore from a chosen file: its bytes go to the core (a renderer has no paths), verified first
 * and summarised, then restored after a confirmation. No passphrase: the installation's own key.
 */
export function RestoreFromFile({ onRestored }: { onRestored: (r: Restored) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [origin, setOrigin] = useState<Origin>('own');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const source = async () =>
    file ? { fileName: file.name, contentBase64: await fileToBase64(file), passphrase: passphrase || undefined } : null;

  const verify = async () => {
    const input = await source();
    if (!input) return;
    setBusy(true);
    setError(null);
    setManifest(null);
    const result = await invoke('backup.verify', input);
    setBusy(false);
    if (result.ok) {
      setManifest(result.value.manifest);
      setOrigin(result.value.origin ?? 'own');
    } else setError(result.error);
  };

  const restore = async () => {
    const input = await source();
    if (!input) return;
    setBusy(true);
    // The confirmation the user gives below names the file's origin: that is their decision.
    const result = await invoke('backup.restore', { ...input, acceptOtherSource: origin !== 'own' });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    setManifest(null);
    setFile(null);
    setPassphrase('');
    onRestored(result.value);
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          {t('backup.file.title')}
        </Title>
        <Group grow align="flex-start">
          <FileInput
            label={t('backup.file.choose', { ext: ltr('.sasbackup') })}
            placeholder={t('common.chooseFile')}
            accept=".sasbackup,application/octet-stream"
            value={file}
            onChange={(f) => (setFile(f), setManifest(null), setError(null))}
            clearable
          />
          <PasswordInput
            label={t('backup.file.passphrase')}
            description={t('backup.file.passphraseHint')}
            value={passphrase}
            onChange={(e) => (setPassphrase(e.currentTarget.value), setManifest(null))}
            autoComplete="off"
          />
        </Group>
        <FormError error={error} />
        <Group>
          <Button variant="light" disabled={!file} loading={busy && !confirming} onClick={() => void verify()}>
            {t('backup.file.verify')}
          </Button>
          {manifest && (
            <Button color="orange" onClick={() => setConfirming(true)}>
              {t('backup.file.restore')}
            </Button>
          )}
        </Group>
        {manifest && (
          <Alert color="green">
            <Text fw={700} mb="xs">
              {t('backup.file.verified')}
            </Text>
            <ManifestSummary manifest={manifest} />
          </Alert>
        )}
        {manifest && origin !== 'own' && <OtherSourceNotice origin={origin} />}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('backup.local.confirmTitle')} centered>
        <Stack>
          <Text>{t('backup.local.confirmText', { date: manifest ? formatDateTime(manifest.createdAt) : '' })}</Text>
          <OtherSourceNotice origin={origin} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={busy} onClick={() => void restore()} data-autofocus>
              {origin === 'own' ? t('backup.file.restore') : t('backup.origin.accept')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
