import { Alert, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { Empty } from '../../components/Empty';
import type { Language } from '../../i18n';
import { errorSentence, queryErrorSentence } from '../../lib/errors';
import { downloadFile } from '../../lib/files';
import { formatDate } from '../../lib/format';
import { PROGRAMME_ROWS, formatIndicator, programmeYears } from './programme-format';

/**
 * The coordinator's programme view: the year's indicators of every imported partner side by side,
 * as each commune computes them at home (partners.compare), one column per partner with its backup
 * date and what the backup holds. The coordinator's own installation is not a column: it is the
 * Belgian partner's, which runs no Moroccan Service's trainings, so its figures would only be
 * zeros beside the communes'.
 */
export function ProgrammeView({ onImport }: { onImport: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [year, setYear] = useState(() => new Date().getFullYear());
  const compared = useCall('partners.compare', { year });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const partners = compared.data ?? [];

  const exportXlsx = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('partners.compareExport', { year, language: lang });
    setBusy(false);
    if (r.ok) downloadFile(r.value);
    else setError(r.error);
  };

  const name = (p: (typeof partners)[number]) =>
    (lang === 'ar' ? p.partnerAr || p.partner : p.partner || p.partnerAr) || t('partners.noName');

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('partners.programme.year')}
          data={programmeYears().map((y) => String(y))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={140}
        />
        {partners.length > 0 && (
          <Button variant="default" loading={busy} onClick={() => void exportXlsx()}>
            {t('partners.programme.export')}
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {errorSentence(t, error)}
        </Alert>
      )}
      {compared.error && (
        <Alert color="red" role="alert">
          {queryErrorSentence(t, compared.error)}
        </Alert>
      )}
      {compared.data && !partners.length ? (
        <Empty
          title={t('partners.programme.empty')}
          hint={t('partners.programme.emptyHint')}
          action={t('partners.programme.goImport')}
          onAction={onImport}
        />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={300 + partners.length * 170}>
            <Table striped stickyHeader aria-label={t('partners.programme.tableLabel', { year })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={300}>{t('partners.programme.indicator')}</Table.Th>
                  {partners.map((p) => (
                    <Table.Th key={p.id} ta="end" data-partner={p.id}>
                      <Text fw={700} size="sm">
                        {name(p)}
                      </Text>
                      <Text size="xs" c="dimmed" fw={400}>
                        {t('partners.programme.backupOf', { date: formatDate(p.backupDate) })}
                      </Text>
                      <Text size="xs" c="dimmed" fw={400}>
                        {t(`backup.make.profiles.${p.profile}`)}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {PROGRAMME_ROWS.map(([key, kind]) => (
                  <Table.Tr key={key} data-indicator={key}>
                    <Table.Th scope="row" fw={500}>
                      {t(`partners.programme.indicators.${key}`)}
                    </Table.Th>
                    {partners.map((p) => {
                      const value = p.indicators[key];
                      return (
                        <Table.Td
                          key={p.id}
                          ta="end"
                          title={value === null ? t('partners.programme.nothing') : undefined}
                          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                        >
                          <span dir="ltr">{formatIndicator(value, kind)}</span>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {partners.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('partners.programme.legend')}
        </Text>
      )}
    </Stack>
  );
}
