import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { CopyText } from './CopyText';
import { downloadText } from './format';

/** This installation's public keys: what a partner needs to send us backups and to check ours. */
export function InstallationKeys() {
  const { t } = useTranslation();
  const keys = useCall('backup.keys', {});
  const settings = useCall('settings.get', {});
  if (!keys.data) return null;
  const k = keys.data;

  const save = () => {
    const name = settings.data?.communeFr || 'sas';
    const text = [
      `# ${name}`,
      `# ${t('backup.keys.recipient')}`,
      k.recipient,
      `# ${t('backup.keys.recipientFingerprint')}: ${k.recipientFingerprint}`,
      `# ${t('backup.keys.signing')}: ${k.signingPublicKey}`,
      `# ${t('backup.keys.signingFingerprint')}: ${k.signingFingerprint}`,
      '',
    ].join('\n');
    downloadText(`sas-keys-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.txt`, text);
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <div>
          <Title order={3} size="h4">
            {t('backup.keys.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backup.keys.hint')}
          </Text>
        </div>
        <CopyText label={t('backup.keys.recipient')} value={k.recipient} />
        <CopyText label={t('backup.keys.recipientFingerprint')} value={k.recipientFingerprint} />
        <CopyText label={t('backup.keys.signing')} value={k.signingPublicKey} />
        <CopyText label={t('backup.keys.signingFingerprint')} value={k.signingFingerprint} />
        <Button variant="light" w="fit-content" onClick={save}>
          {t('backup.keys.save')}
        </Button>
      </Stack>
    </Paper>
  );
}
