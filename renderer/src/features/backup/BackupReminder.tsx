import { Alert, Anchor, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall, useDataset, useWrite } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import { formatDate } from '../../lib/format';

/**
 * Automatic backups stay on this computer's disk and die with it (issue 8). Until a backup has
 * left it (to a passphrase or a partner's key) within the days chosen in Settings, every screen
 * says so, with a link to the Backups page.
 */
export function BackupReminderBanner() {
  const { t } = useTranslation();
  const own = useDataset() === 'own';
  const status = useCall('backup.status', {}, { enabled: own });
  if (!own || !status.data?.due) return null;
  const s = status.data;
  return (
    <Alert color="yellow" radius={0} py={6} role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{s.lastOffsiteAt ? t('backup.reminder.since', { count: s.daysSince ?? 0 }) : t('backup.reminder.never')}</Text>
        <Anchor href="#/backups" size="sm" fw={600}>
          {t('backup.reminder.act')}
        </Anchor>
      </Group>
    </Alert>
  );
}

/** The Backups page's line: when a backup last left this computer. */
export function LastOffsiteBackup() {
  const { t } = useTranslation();
  const status = useCall('backup.status', {});
  if (!status.data) return null;
  const s = status.data;
  return (
    <Text size="sm" c={s.due ? 'orange.8' : 'dimmed'}>
      {s.lastOffsiteAt
        ? t('backup.reminder.last', { date: formatDate(s.lastOffsiteAt), count: s.daysSince ?? 0 })
        : t('backup.reminder.never')}
    </Text>
  );
}

/** Settings: after how many days without such a backup the reminder shows. */
export function ReminderSetting() {
  const { t } = useTranslation();
  const status = useCall('backup.status', {});
  const save = useWrite('backup.setReminder');
  const [error, setError] = useState<Parameters<typeof FormError>[0]['error']>(null);
  if (!status.data) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-reminder">
      <Stack gap="xs">
        <Title order={3} id="settings-reminder">
          {t('backup.reminder.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.reminder.hint')}
        </Text>
        <NumberInput
          label={t('backup.reminder.days')}
          min={1}
          max={365}
          allowDecimal={false}
          w={220}
          defaultValue={status.data.reminderDays}
          onBlur={async (e) => {
            const days = Number(e.currentTarget.value);
            const result = await save.mutateAsync({ days });
            setError(result.ok ? null : result.error);
          }}
        />
        <FormError error={error} />
      </Stack>
    </Paper>
  );
}
