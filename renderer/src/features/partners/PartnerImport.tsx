import { Alert, Button, FileInput, Group, Paper, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../api/result';
import { useWrite } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { errorSentence } from '../../lib/errors';
import { ltr } from '../../components/Ltr';
import { formatDate } from '../../lib/format';
import { fileToBase64 } from '../../lib/files';
import { type Partner, openPartnerData, partnerName } from './dataset';

/** The two refusals the user may overrule, each with the flag that retries with their consent. */
const CONFIRMABLE: Record<string, { flag: 'acceptNewKey' | 'allowOlder'; label: string }> = {
  'errors.backup.signerChanged': { flag: 'acceptNewKey', label: 'partners.import.acceptNewKey' },
  'errors.backup.olderBackup': { flag: 'allowOlder', label: 'partners.import.allowOlder' },
};

/** Imports a partner's backup (its bytes: a renderer has no paths); a changed key or an older date needs a confirmation. */
export function PartnerImport() {
  const { t, i18n } = useTranslation();
  const importing = useWrite('partners.import');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<Partner | null>(null);

  const run = async (consent: { acceptNewKey?: boolean; allowOlder?: boolean } = {}) => {
    if (!file) return;
    setError(null);
    setDone(null);
    const input = {
      fileName: file.name,
      contentBase64: await fileToBase64(file),
      passphrase: passphrase || undefined,
      acceptNewKey: false,
      allowOlder: false,
      ...consent,
    };
    const result = await importing.mutateAsync(input);
    if (!result.ok) return setError(result.error);
    setDone(result.value);
    setFile(null);
    setPassphrase('');
  };

  const confirmable = error?.messageKey ? CONFIRMABLE[error.messageKey] : undefined;
  const doneText = (p: Partner) => {
    const commune = partnerName(p, i18n.language as Language);
    const date = formatDate(p.backupCreatedAt);
    return commune ? t('partners.import.done', { commune, date }) : t('partners.import.doneUnnamed', { date });
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          {t('partners.import.title')}
        </Title>
        <Group grow align="flex-start">
          <FileInput
            label={t('partners.import.file', { ext: ltr('.sasbackup') })}
            placeholder={t('common.chooseFile')}
            accept=".sasbackup,application/octet-stream"
            value={file}
            onChange={(f) => (setFile(f), setError(null))}
            clearable
          />
          <PasswordInput
            label={t('partners.import.passphrase')}
            description={t('partners.import.passphraseHint')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="off"
          />
        </Group>
        <Group>
          <Button disabled={!file} loading={importing.isPending} onClick={() => void run()}>
            {t('partners.import.run')}
          </Button>
        </Group>
        {importing.isPending && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('partners.import.running')}</Text>
            <Progress value={100} animated striped aria-label={t('partners.import.running')} />
          </Stack>
        )}
        {error && (
          <Alert color={confirmable ? 'orange' : 'red'} role="alert">
            <Stack gap="xs">
              <Text size="sm">{errorSentence(t, error)}</Text>
              {confirmable && (
                <Button
                  size="xs"
                  color="orange"
                  w="fit-content"
                  loading={importing.isPending}
                  onClick={() => void run({ [confirmable.flag]: true })}
                >
                  {t(confirmable.label)}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {done && (
          <Alert color="green" role="status">
            <Group justify="space-between">
              <Text size="sm">{doneText(done)}</Text>
              <Button size="xs" variant="white" onClick={() => openPartnerData(done)}>
                {t('partners.import.openNow')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
