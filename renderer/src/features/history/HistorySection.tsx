import { Button, Group, Pagination, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditListInput } from '../../../../api/channels/history';
import { useCall } from '../../bridge/queries';
import { formatDate } from '../../lib/format';
import { parseTypedDate } from '../../lib/typed-date';
import { joinList } from '../../components/Ltr';
import { DateField } from '../../components/DateField';
import { entityLabel, fieldLabel } from './labels';

const PAGE = 25;

const time = (iso: string) => {
  try {
    return format(parseISO(iso), 'HH:mm');
  } catch {
    return '';
  }
};

/** A day the date field holds; text being typed that is not a date yet filters nothing. */
const validDay = (day: string) => (parseTypedDate(day) === day ? day : null);

/** The user's local day as the instants that bound it (the log stores UTC instants). */
const dayStart = (day: string) => (validDay(day) ? new Date(`${day}T00:00:00`).toISOString() : undefined);
const dayEnd = (day: string) => (validDay(day) ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);

interface Filters {
  operator: string | null;
  entity: string | null;
  since: string;
  until: string;
}
const NO_FILTERS: Filters = { operator: null, entity: null, since: '', until: '' };

/** Who changed what, and when: the audit log, filtered and paged, in the user's language. */
export function HistorySection() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const input: AuditListInput = {
    operator: filters.operator ?? undefined,
    entity: filters.entity ?? undefined,
    since: dayStart(filters.since),
    until: dayEnd(filters.until),
    offset: (page - 1) * PAGE,
    limit: PAGE,
  };
  const audit = useCall('audit.list', input, { keepPrevious: true });
  const data = audit.data;
  const filtered = filters !== NO_FILTERS;
  const change = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage(1);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-history">
      <Stack>
        <div>
          <Title order={3} id="settings-history">
            {t('history.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('history.hint')}
          </Text>
        </div>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('history.filterOperator')}
            placeholder={t('history.anyone')}
            clearable
            value={filters.operator}
            data={data?.operators.filter(Boolean) ?? []}
            onChange={(operator) => change({ operator })}
            w={200}
          />
          <Select
            label={t('history.filterEntity')}
            placeholder={t('history.anything')}
            clearable
            searchable
            value={filters.entity}
            data={(data?.entities ?? []).map((e) => ({ value: e, label: entityLabel(t, e, 'plural') }))}
            onChange={(entity) => change({ entity })}
            w={240}
          />
          <DateField
            label={t('history.since')}
            value={filters.since}
            onChange={(since) => change({ since: since ?? '' })}
            error={filters.since && !validDay(filters.since) ? 'errors.invalidDate' : undefined}
            w={150}
          />
          <DateField
            label={t('history.until')}
            value={filters.until}
            onChange={(until) => change({ until: until ?? '' })}
            error={filters.until && !validDay(filters.until) ? 'errors.invalidDate' : undefined}
            w={150}
          />
          {filtered && (
            <Button variant="subtle" onClick={() => change(NO_FILTERS)}>
              {t('history.reset')}
            </Button>
          )}
        </Group>
        {data && !data.total ? (
          <Text size="sm" c="dimmed">
            {filtered ? t('history.noMatch') : t('history.empty')}
          </Text>
        ) : (
          <>
            <Text size="sm" aria-live="polite">
              {t('history.count', { count: data?.total ?? 0 })}
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing={4} aria-labelledby="settings-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('history.at')}</Table.Th>
                    <Table.Th>{t('history.operator')}</Table.Th>
                    <Table.Th>{t('history.entity')}</Table.Th>
                    <Table.Th>{t('history.action')}</Table.Th>
                    <Table.Th>{t('history.fields')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(data?.rows ?? []).map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <bdi dir="ltr">
                          {formatDate(e.at)} {time(e.at)}
                        </bdi>
                      </Table.Td>
                      <Table.Td>{e.operator || '—'}</Table.Td>
                      <Table.Td>{entityLabel(t, e.entity)}</Table.Td>
                      <Table.Td>{t(`history.actions.${e.action}`)}</Table.Td>
                      <Table.Td>
                        {joinList(
                          e.fields.map((f) => fieldLabel(t, e.entity, f)),
                          i18n.language,
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data && data.total > PAGE && (
              <Pagination
                total={Math.ceil(data.total / PAGE)}
                value={page}
                onChange={setPage}
                getControlProps={() => ({ 'aria-label': t('history.page') })}
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
