import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../api/result';
import type { Output } from '../../../../api/contract';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { errorSentence } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { Editable } from '../../components/Editable';

/** Versions and identity of this installation; on an empty database, the demo-data loader. */
export function AboutSection({ installationId }: { installationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const info = useCall('app.info', {});
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState<Output<'demo.load'> | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const loadDemo = async () => {
    setLoading(true);
    setError(null);
    const result = await invoke('demo.load', { scale: 'commune' });
    setLoading(false);
    if (result.ok) setLoaded(result.value);
    else setError(result.error);
  };

  const row = (label: string, value: string) => (
    <Table.Tr>
      <Table.Th w={260} fw={500}>
        {label}
      </Table.Th>
      <Table.Td>
        <bdi dir="ltr" style={{ fontFamily: 'monospace' }}>
          {value}
        </bdi>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-about">
      <Stack>
        <Title order={3} id="settings-about">
          {t('settingsPage.about')}
        </Title>
        <Table>
          <Table.Tbody>
            {row(t('settingsPage.appVersion'), info.data?.appVersion ?? '…')}
            {row(t('settingsPage.schemaVersion'), info.data ? String(info.data.schemaVersion) : '…')}
            {row(t('settingsPage.installationId'), installationId)}
          </Table.Tbody>
        </Table>
        {(info.data?.isEmpty || loading || loaded) && (
          <Stack gap="xs">
            <Title order={4}>{t('settingsPage.demoTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('settingsPage.demoHint')}
            </Text>
            {loaded ? (
              <Alert color="teal" role="status" title={t('settingsPage.demoDone')}>
                {t('settingsPage.demoCounts', {
                  staff: formatNumber(loaded.staff, lang),
                  units: formatNumber(loaded.units, lang),
                  jobs: formatNumber(loaded.jobProfiles, lang),
                })}
              </Alert>
            ) : (
              <Group>
                <Editable>
                  <Button onClick={loadDemo} disabled={loading || info.data?.readOnly}>
                    {t('settingsPage.demoLoad')}
                  </Button>
                </Editable>
                {loading && (
                  <Group gap="xs" role="status">
                    <Loader size="sm" />
                    <Text size="sm">{t('settingsPage.demoLoading')}</Text>
                  </Group>
                )}
              </Group>
            )}
            {error && (
              <Alert color="red" role="alert">
                {errorSentence(t, error)}
              </Alert>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
