import { Badge, Divider, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JOB_TEXT_SECTIONS, type JobProfile, jobCreate } from '../../../../api/channels/jobs';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { RequirementsEditor } from './RequirementsEditor';

type Section = (typeof JOB_TEXT_SECTIONS)[number];

const initialValues = (job: JobProfile | null) => ({
  code: job?.code ?? '',
  titleFr: job?.titleFr ?? '',
  titleAr: job?.titleAr ?? '',
  ...(Object.fromEntries(
    JOB_TEXT_SECTIONS.flatMap((s) => [
      [`${s}Fr`, job?.[`${s}Fr`] ?? ''],
      [`${s}Ar`, job?.[`${s}Ar`] ?? ''],
    ]),
  ) as Record<`${Section}${'Fr' | 'Ar'}`, string>),
  reportsToId: job?.reportsToId ?? null,
  requirements: job?.requirements ?? [],
});

/**
 * A job sheet laid out like the communes' paper ones: identity, the texts, then competencies.
 * `onSaved`: what follows a save (an edited sheet goes back to being read, a new one closes).
 */
export function JobForm({ job, onSaved }: { job: JobProfile | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const jobs = useCall('jobs.list', { includeArchived: false });
  const framework = useCall('framework.get', { includeArchived: true });
  const form = useRecordForm(jobCreate, initialValues(job), {
    save: (input) => (job ? invoke('jobs.update', { id: job.id, ...input }) : invoke('jobs.create', input)),
    onSaved,
  });
  const { values, set, errors } = form;
  const title = job ? pickName(job.titleFr, job.titleAr, lang) || job.code : '';

  const others = (jobs.data ?? [])
    .filter((j) => j.id !== job?.id)
    .map((j) => ({ value: j.id, label: `${j.code} — ${pickName(j.titleFr, j.titleAr, lang)}` }));

  return (
    <RecordForm
      form={form}
      name={title}
      remove={job && { title: t('jobs.delete'), run: (archiveInstead) => invoke('jobs.delete', { id: job.id, archiveInstead }) }}
      archive={
        job && { archived: Boolean(job.archivedAt), run: () => void invoke('jobs.setArchived', { id: job.id, archived: !job.archivedAt }) }
      }
    >
      {job?.archivedAt && (
        <Group>
          <Badge color="gray">{t('common.archived')}</Badge>
        </Group>
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('jobs.code')}
          name="code"
          dir="ltr"
          withAsterisk
          value={values.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          error={errors.code && t(errors.code)}
          maw={240}
        />
        <Select
          label={t('jobs.reportsTo')}
          name="reportsToId"
          placeholder={t('jobs.reportsToNone')}
          data={others}
          value={values.reportsToId ?? null}
          onChange={(v) => set('reportsToId', v)}
          clearable
          searchable
          error={errors.reportsToId && t(errors.reportsToId)}
        />
      </Group>
      <BilingualInput label={t('jobs.jobTitle')} required {...bilingualField(form, 'title')} />
      <Divider label={t('jobs.description')} labelPosition="left" />
      {JOB_TEXT_SECTIONS.map((s) => (
        <BilingualInput
          key={s}
          multiline
          label={t(`jobs.sections.${s}`)}
          name={s}
          fr={values[`${s}Fr`] ?? ''}
          ar={values[`${s}Ar`] ?? ''}
          onFr={(v) => set(`${s}Fr`, v)}
          onAr={(v) => set(`${s}Ar`, v)}
          errorFr={errors[`${s}Fr`]}
          errorAr={errors[`${s}Ar`]}
        />
      ))}
      <Divider />
      <RequirementsEditor
        rows={values.requirements ?? []}
        onChange={(rows) => set('requirements', rows)}
        framework={framework.data}
        errors={errors}
      />
    </RecordForm>
  );
}
