import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../api/contract';
import { useCall } from '../../../bridge/queries';
import type { Language } from '../../../i18n';
import { ltr } from '../../../components/Ltr';
import { formatDate, pickName } from '../../../lib/format';
import { formatMad } from '../money';
import { RecordList } from '../records/RecordList';
import { SubsidyForm } from './SubsidyForm';

type Subsidy = Output<'subsidies.create'>;

/** An organisation's subsidies, newest year first, with decision and report follow-up. */
export function SubsidiesPanel({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const list = useCall('subsidies.list', { organizationId, year: null, status: null, offset: 0, limit: 1000 });
  const title = (s: Subsidy) => `${s.year} — ${pickName(s.programmeFr, s.programmeAr, lang) || t('directory.subsidies.noProgramme')}`;
  return (
    <RecordList<Subsidy>
      rows={list.data?.rows}
      empty={t('directory.subsidies.empty')}
      addLabel={t('directory.subsidies.add')}
      deleteTitle={t('directory.subsidies.delete')}
      deleteChannel="subsidies.delete"
      name={title}
      render={(s) => (
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{title(s)}</Text>
            <Text size="sm">· {t(`directory.subsidies.statuses.${s.status}`)}</Text>
          </Group>
          {pickName(s.purposeFr, s.purposeAr, lang) && <Text size="sm">{pickName(s.purposeFr, s.purposeAr, lang)}</Text>}
          <Text size="sm">
            {t('directory.subsidies.amounts', {
              requested: formatMad(s.requestedCentimes, lang),
              granted: formatMad(s.grantedCentimes, lang),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {[
              s.decisionDate && `${t('directory.colon', { label: t('directory.subsidies.decisionDate') })}${formatDate(s.decisionDate)}`,
              // A reference such as DEL-2026/014 keeps its order inside Arabic text.
              s.deliberationRef && `${t('directory.colon', { label: t('directory.subsidies.deliberationRef') })}${ltr(s.deliberationRef)}`,
              s.reportDueDate && `${t('directory.colon', { label: t('directory.subsidies.reportDueDate') })}${formatDate(s.reportDueDate)}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      )}
      form={(s, done) => <SubsidyForm organizationId={organizationId} row={s} onDone={done} />}
    />
  );
}
