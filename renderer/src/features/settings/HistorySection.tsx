import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { formatDate } from '../../lib/format';

const time = (iso: string) => {
  try {
    return format(parseISO(iso), 'HH:mm');
  } catch {
    return '';
  }
};

/** The last changes recorded in the audit log, so the operator can see who changed what. */
export function HistorySection() {
  const { t } = useTranslation();
  const audit = useCall('audit.list', { limit: 20 });
  const entries = audit.data ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-history">
      <Stack>
        <div>
          <Title order={3} id="settings-history">
            {t('settingsPage.history')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settingsPage.historyHint')}
          </Text>
        </div>
        {audit.data && !entries.length ? (
          <Text size="sm" c="dimmed">
            {t('settingsPage.historyEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={4} aria-labelledby="settings-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settingsPage.at')}</Table.Th>
                  <Table.Th>{t('settingsPage.operator')}</Table.Th>
                  <Table.Th>{t('settingsPage.table')}</Table.Th>
                  <Table.Th>{t('settingsPage.action')}</Table.Th>
                  <Table.Th>{t('settingsPage.fields')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <bdi dir="ltr">
                        {formatDate(e.at)} {time(e.at)}
                      </bdi>
                    </Table.Td>
                    <Table.Td>{e.operator || '—'}</Table.Td>
                    <Table.Td>{t(`settingsPage.tables.${e.tableName}`, { defaultValue: e.tableName })}</Table.Td>
                    <Table.Td>{t(`settingsPage.actions.${e.action}`)}</Table.Td>
                    <Table.Td>
                      {/* Field names are the contract's own, identical in both languages. */}
                      <bdi dir="ltr" style={{ fontFamily: 'monospace', fontSize: 'var(--mantine-font-size-xs)' }}>
                        {e.fields.join(', ')}
                      </bdi>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
