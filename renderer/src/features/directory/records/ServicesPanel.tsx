import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type service, serviceCreate } from '../../../../../api/channels/directory-records';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import { RecordList } from './RecordList';

type Service = z.infer<typeof service>;

/** What the organisation does, for whom, at what cost and when: the guide's "who does what". */
export function ServicesPanel({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const services = useCall('services.list', { organizationId });
  const line = (label: string, fr: string, ar: string) =>
    pickName(fr, ar, lang) ? (
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          {t('directory.colon', { label })}
        </Text>
        {pickName(fr, ar, lang)}
      </Text>
    ) : null;
  return (
    <RecordList<Service>
      rows={services.data}
      empty={t('directory.services.empty')}
      addLabel={t('directory.services.add')}
      deleteTitle={t('directory.services.delete')}
      deleteChannel="services.delete"
      name={(s) => pickName(s.nameFr, s.nameAr, lang)}
      render={(s) => (
        <Stack gap={2}>
          <Text fw={600}>{pickName(s.nameFr, s.nameAr, lang)}</Text>
          {line(t('directory.services.description'), s.descriptionFr, s.descriptionAr)}
          {line(t('directory.services.eligibility'), s.eligibilityFr, s.eligibilityAr)}
          {line(t('directory.services.fees'), s.feesFr, s.feesAr)}
          {line(t('directory.services.schedule'), s.scheduleFr, s.scheduleAr)}
        </Stack>
      )}
      form={(s, done) => <ServiceForm organizationId={organizationId} service={s} onDone={done} />}
    />
  );
}

function ServiceForm({ organizationId, service: s, onDone }: { organizationId: string; service: Service | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useRecordForm(
    serviceCreate,
    {
      organizationId,
      nameFr: s?.nameFr ?? '',
      nameAr: s?.nameAr ?? '',
      descriptionFr: s?.descriptionFr ?? '',
      descriptionAr: s?.descriptionAr ?? '',
      eligibilityFr: s?.eligibilityFr ?? '',
      eligibilityAr: s?.eligibilityAr ?? '',
      feesFr: s?.feesFr ?? '',
      feesAr: s?.feesAr ?? '',
      scheduleFr: s?.scheduleFr ?? '',
      scheduleAr: s?.scheduleAr ?? '',
    },
    {
      save: (input) => (s ? invoke('services.update', { id: s.id, ...input }) : invoke('services.create', input)),
      onSaved: onDone,
    },
  );
  return (
    <RecordForm form={form} onCancel={onDone} gap="sm">
      <BilingualInput label={t('directory.services.name')} required {...bilingualField(form, 'name')} />
      <BilingualInput label={t('directory.services.description')} multiline {...bilingualField(form, 'description')} />
      <BilingualInput label={t('directory.services.eligibility')} {...bilingualField(form, 'eligibility')} />
      <BilingualInput label={t('directory.services.fees')} {...bilingualField(form, 'fees')} />
      <BilingualInput label={t('directory.services.schedule')} {...bilingualField(form, 'schedule')} />
    </RecordForm>
  );
}
