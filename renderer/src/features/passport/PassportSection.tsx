import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { PrintMenu } from '../../components/PrintMenu';
import { queryErrorSentence } from '../../lib/errors';
import { passportHref } from '../sessions/paper/paper-options';
import { PassportTables } from './PassportTable';

/**
 * A person's training passport on screen (the staff drawer's "Formations" tab, a trainee's line
 * in an organisation's record), with the print menu of its document for the personnel file.
 */
export function PassportSection({
  staffId = null,
  traineeId = null,
  title,
}: {
  staffId?: string | null;
  traineeId?: string | null;
  title?: string;
}) {
  const { t } = useTranslation();
  const passport = useCall('passports.get', { staffId, traineeId });
  if (passport.error) return <Alert color="red">{queryErrorSentence(t, passport.error)}</Alert>;
  if (!passport.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>{title ?? t('passport.title')}</Text>
        <PrintMenu label={t('passport.print')} both href={(lang) => passportHref({ staffId, traineeId, lang })} />
      </Group>
      <PassportTables passport={passport.data} />
    </Stack>
  );
}
