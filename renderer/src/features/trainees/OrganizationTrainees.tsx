import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trainee } from '../../../../api/channels/trainees';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import type { Language } from '../../i18n';
import { TraineeDialog, traineeName } from './TraineeDialog';
import { PassportSection } from '../passport/PassportSection';
import { TraineeTable } from './TraineeTable';

/**
 * An organisation's trainees, in its directory record, archived ones included (marked); a new
 * one starts with the organisation set. Below, each trainee's training passport: the sessions
 * followed, hours and attestations, printable.
 */
export function OrganizationTrainees({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const list = useCall('trainees.list', { organizationId, archived: 'all', lang });
  const [open, setOpen] = useState<{ trainee: Trainee | null } | null>(null);
  if (!list.data) return <Loader aria-label={t('common.loading')} />;
  const rows = list.data.rows;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={600}>
          {t('trainees.title')} · {t('trainees.count', { count: list.data.total })}
        </Text>
        <Editable>
          <Button size="xs" onClick={() => setOpen({ trainee: null })}>
            {t('trainees.add')}
          </Button>
        </Editable>
      </Group>
      {rows.length ? (
        <TraineeTable rows={rows} onOpen={(trainee) => setOpen({ trainee })} />
      ) : (
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('trainees.empty')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('trainees.emptyHint')}
          </Text>
        </Stack>
      )}
      <Title order={3} size="h5" mt="md">
        {t('trainees.followed')}
      </Title>
      {rows.length ? (
        rows.map((r) => <PassportSection key={r.id} traineeId={r.id} title={traineeName(r, lang)} />)
      ) : (
        <Text size="sm" c="dimmed">
          {t('trainees.followedNobody')}
        </Text>
      )}
      {open && (
        <TraineeDialog
          key={open.trainee?.id ?? 'new'}
          trainee={open.trainee}
          organizationId={organizationId}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}
