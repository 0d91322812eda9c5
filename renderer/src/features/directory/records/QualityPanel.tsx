import { Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { FormError } from '../../../components/FormError';
import { DateField } from '../../../components/DateField';
import type { Language } from '../../../i18n';
import { formatDate, pickName } from '../../../lib/format';
import { parseTypedDate, todayIso } from '../../../lib/typed-date';

/**
 * The objective checklist for choosing partner associations: each criterion met or not, on a
 * date; a met check past its validity no longer counts. The score is the weighted share met.
 */
export function QualityPanel({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const checks = useCall('checks.list', { organizationId });
  const [error, setError] = useState<AppError | null>(null);
  const [dates, setDates] = useState<Record<string, string>>({});

  const setCheck = async (criterionId: string, met: boolean, note: string) => {
    const result = await invoke('checks.set', {
      organizationId,
      criterionId,
      met,
      checkedOn: parseTypedDate(dates[criterionId] ?? '') ?? todayIso(),
      note,
    });
    setError(result.ok ? null : result.error);
  };

  const score = checks.data?.score;
  return (
    <Stack>
      <Text fw={600} aria-live="polite">
        {score == null ? t('directory.quality.noScore') : t('directory.quality.score', { score })}
      </Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('directory.quality.criterion')}</Table.Th>
            <Table.Th>{t('directory.quality.weight')}</Table.Th>
            <Table.Th>{t('directory.quality.checkedOn')}</Table.Th>
            <Table.Th>{t('directory.quality.valid')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(checks.data?.checks ?? []).map((c) => {
            const name = pickName(c.nameFr, c.nameAr, lang);
            return (
              <Table.Tr key={c.criterionId}>
                <Table.Td>
                  <Checkbox
                    label={name}
                    checked={c.met ?? false}
                    onChange={(e) => void setCheck(c.criterionId, e.currentTarget.checked, c.note)}
                  />
                </Table.Td>
                <Table.Td>{c.weight}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <DateField
                      size="xs"
                      w={130}
                      clearable={false}
                      aria-label={t('directory.quality.dateOf', { name })}
                      value={dates[c.criterionId] ?? c.checkedOn}
                      onChange={(v) => setDates((d) => ({ ...d, [c.criterionId]: v ?? '' }))}
                      error={dates[c.criterionId] && !parseTypedDate(dates[c.criterionId]) ? 'errors.invalidDate' : undefined}
                      onBlur={() =>
                        c.met != null && parseTypedDate(dates[c.criterionId] ?? '') && void setCheck(c.criterionId, c.met, c.note)
                      }
                    />
                    {c.checkedOn && !dates[c.criterionId] && (
                      <Text size="xs" c="dimmed">
                        {formatDate(c.checkedOn)}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {c.met == null ? '—' : !c.met ? t('common.no') : c.valid ? t('common.yes') : t('directory.quality.expired')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('directory.quality.hint')}
      </Text>
      <FormError error={error} />
    </Stack>
  );
}
