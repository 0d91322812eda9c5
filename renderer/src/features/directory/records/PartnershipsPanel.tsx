import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type partnership, partnershipCreate } from '../../../../../api/channels/directory-records';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { DateField } from '../../../components/DateField';
import { Ltr } from '../../../components/Ltr';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import type { Language } from '../../../i18n';
import { formatDate, pickName } from '../../../lib/format';
import { RecordList } from './RecordList';

type Partnership = z.infer<typeof partnership>;

/** Partnerships and conventions signed with the commune: title, dates, document reference. */
export function PartnershipsPanel({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const rows = useCall('partnerships.list', { organizationId });
  return (
    <RecordList<Partnership>
      rows={rows.data}
      empty={t('directory.partnerships.empty')}
      addLabel={t('directory.partnerships.add')}
      deleteTitle={t('directory.partnerships.delete')}
      deleteChannel="partnerships.delete"
      name={(p) => pickName(p.titleFr, p.titleAr, lang)}
      render={(p) => (
        <Stack gap={2}>
          <Text fw={600}>{pickName(p.titleFr, p.titleAr, lang)}</Text>
          <Text size="sm" c="dimmed">
            {t('directory.partnerships.period', { start: formatDate(p.startDate) || '…', end: formatDate(p.endDate) || '…' })}
            {p.documentRef && (
              <>
                {` · ${t('directory.colon', { label: t('directory.partnerships.documentRef') })}`}
                <Ltr>{p.documentRef}</Ltr>
              </>
            )}
          </Text>
        </Stack>
      )}
      form={(p, done) => <PartnershipForm organizationId={organizationId} row={p} onDone={done} />}
    />
  );
}

function PartnershipForm({ organizationId, row, onDone }: { organizationId: string; row: Partnership | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useRecordForm(
    partnershipCreate,
    {
      organizationId,
      titleFr: row?.titleFr ?? '',
      titleAr: row?.titleAr ?? '',
      startDate: row?.startDate ?? null,
      endDate: row?.endDate ?? null,
      documentRef: row?.documentRef ?? '',
    },
    {
      save: (input) => (row ? invoke('partnerships.update', { id: row.id, ...input }) : invoke('partnerships.create', input)),
      onSaved: onDone,
    },
  );
  const { values, set, errors } = form;
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  return (
    <RecordForm form={form} onCancel={onDone} gap="sm">
      <BilingualInput label={t('directory.partnerships.title')} {...bilingualField(form, 'title')} />
      <Group grow align="flex-start">
        <DateField
          label={t('directory.partnerships.startDate')}
          value={values.startDate}
          onChange={(v) => set('startDate', v)}
          error={errors.startDate}
        />
        <DateField
          label={t('directory.partnerships.endDate')}
          value={values.endDate}
          onChange={(v) => set('endDate', v)}
          error={errors.endDate}
        />
        <TextInput
          label={t('directory.partnerships.documentRef')}
          dir="ltr"
          value={values.documentRef ?? ''}
          onChange={(e) => set('documentRef', e.currentTarget.value)}
          error={err('documentRef')}
        />
      </Group>
    </RecordForm>
  );
}
