import { Alert, Anchor, Loader, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../../../api/channels/dashboard';
import { useCall } from '../../bridge/queries';
import { FormDialog } from '../../components/FormDialog';
import type { Language } from '../../i18n';
import { queryErrorSentence } from '../../lib/errors';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import type { RecordsRequest } from './records-context';
import { recordHref } from './record-links';

/** The records behind one figure: name, detail, and a link to each on its own screen. */
export function RecordsDrawer({ request, filters, onClose }: { request: RecordsRequest; filters: DashboardFilters; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const records = useCall('dashboard.records', { ...filters, ...request.narrow, figure: request.figure, key: request.key ?? null });
  const data = records.data;
  return (
    <FormDialog kind="drawer" size="lg" title={request.title} onClose={onClose}>
      <Stack gap="sm" data-testid="dashboard-records">
        <Text size="sm" c="dimmed">
          {t(`dashboard.figures.${request.figure}`)}
        </Text>
        {records.error && (
          <Alert color="red" role="alert">
            {queryErrorSentence(t, records.error)}
          </Alert>
        )}
        {records.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {data && (
          <Text size="sm" role="status" data-total={data.total}>
            {data.total > data.rows.length
              ? t('dashboard.records.partial', {
                  count: data.total,
                  shown: formatNumber(data.rows.length, lang),
                  total: formatNumber(data.total, lang),
                })
              : t('dashboard.records.count', { count: data.total, total: formatNumber(data.total, lang) })}
          </Text>
        )}
        {data && data.rows.length > 0 && (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.records.name')}</Table.Th>
                <Table.Th>{t('dashboard.records.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => {
                const href = recordHref(r, request.figure);
                const name = pickName(r.labelFr, r.labelAr, lang);
                return (
                  <Table.Tr key={`${r.kind}:${r.id}`} data-record={r.id}>
                    <Table.Td>
                      {href ? (
                        <Anchor href={href} onClick={onClose}>
                          {name}
                        </Anchor>
                      ) : (
                        name
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {/* Codes and names in their own direction, so "1204175 · DAS" is not reordered in Arabic; the date and hours written here. */}
                        {[
                          r.detail && <bdi dir="auto">{r.detail}</bdi>,
                          r.date && <bdi dir="ltr">{formatDate(r.date)}</bdi>,
                          r.hours !== null && t('dashboard.records.hours', { hours: formatNumber(r.hours, lang, { max: 2 }) }),
                        ]
                          .filter(Boolean)
                          .map((part, i) => (
                            <Fragment key={i}>
                              {i > 0 && ' · '}
                              {part}
                            </Fragment>
                          ))}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </FormDialog>
  );
}
