import { Alert, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../api/channels/sessions';
import type { Language } from '../../i18n';
import { formatDate, pickName } from '../../lib/format';
import { mad } from '../plans/plan-format';
import { conflictSentence, hours, timeRange } from './session-format';
import { ScanPanel } from './ScanPanel';

/** The session's slots, conflicts in words, cost lines, notes and the scans of its signed sheet. */
export function SessionDetailsTab({ session: s }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const funder = (id: string | null) => {
    const f = s.funders.find((x) => x.id === id);
    return f ? pickName(f.nameFr, f.nameAr, lang) : '—';
  };
  return (
    <Stack gap="sm">
      {s.conflictDetails.length > 0 && (
        <Alert color="orange" title={t('sessions.conflicts.title', { count: s.conflictDetails.length })} data-testid="conflict-details">
          <List size="sm" spacing={2}>
            {s.conflictDetails.map((c, i) => (
              <List.Item key={i}>{conflictSentence(c, t, lang)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb={4}>
            {t('sessions.details.slots')}
          </Title>
          <Table fz="sm" verticalSpacing={2} aria-label={t('sessions.details.slots')}>
            <Table.Tbody>
              {s.slots.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td dir="ltr" style={{ textAlign: 'start' }}>
                    {formatDate(x.date)}
                  </Table.Td>
                  <Table.Td>{timeRange(x.startTime, x.endTime)}</Table.Td>
                  <Table.Td>{t(`sessions.parts.${x.part}`)}</Table.Td>
                  <Table.Td ta="end">{t('sessions.hoursShort', { hours: hours(x.hours, lang) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {s.registrationDeadline && (
            <Text size="sm" mt={4}>
              {t('sessions.details.deadline', { date: formatDate(s.registrationDeadline) })}
            </Text>
          )}
        </Paper>
        <Paper withBorder p="sm">
          <Group justify="space-between">
            <Title order={4} size="h6" mb={4}>
              {t('sessions.details.costs')}
            </Title>
            <Text size="sm" fw={600}>
              <span dir="ltr">{mad(s.totalCostCentimes)}</span>
            </Text>
          </Group>
          {s.costs.length ? (
            <Table fz="sm" verticalSpacing={2}>
              <Table.Tbody>
                {s.costs.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{t(`plans.costItems.${c.item}`)}</Table.Td>
                    <Table.Td>{funder(c.funderId)}</Table.Td>
                    <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                      <span dir="ltr">{mad(c.amountCentimes)}</span>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              {t('sessions.details.noCost')}
            </Text>
          )}
        </Paper>
      </SimpleGrid>
      {s.notes && (
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb={4}>
            {t('sessions.details.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
            {s.notes}
          </Text>
        </Paper>
      )}
      <ScanPanel session={s} />
    </Stack>
  );
}
