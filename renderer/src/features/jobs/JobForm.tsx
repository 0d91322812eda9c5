import { Badge, Button, Divider, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_TEXT_SECTIONS, type JobProfile, jobCreate } from '../../../../api/channels/jobs';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { FormError } from '../../components/FormError';
import type { Language } from '../../i18n';
import { useZodForm } from '../../lib/form';
import { pickName } from '../../lib/format';
import { RequirementsEditor } from './RequirementsEditor';
import { Editable, EditableFields } from '../../components/Editable';

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

/** A job sheet laid out like the communes' paper ones: identity, the texts, then competencies. */
export function JobForm({ job, onClose }: { job: JobProfile | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const jobs = useCall('jobs.list', { includeArchived: false });
  const framework = useCall('framework.get', { includeArchived: true });
  const [deleting, setDeleting] = useState(false);
  const form = useZodForm(jobCreate, initialValues(job));
  const { values, set, errors } = form;
  const title = job ? pickName(job.titleFr, job.titleAr, lang) || job.code : '';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    const result = job ? await invoke('jobs.update', { id: job.id, ...input }) : await invoke('jobs.create', input);
    if (form.showResult(result)) onClose();
  };
  const toggleArchive = () => job && void invoke('jobs.setArchived', { id: job.id, archived: !job.archivedAt });

  const others = (jobs.data ?? [])
    .filter((j) => j.id !== job?.id)
    .map((j) => ({ value: j.id, label: `${j.code} — ${pickName(j.titleFr, j.titleAr, lang)}` }));

  return (
    <form onSubmit={submit} noValidate>
      <EditableFields>
        <Stack>
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
          <FormError error={form.formError} />
          <Group justify="space-between">
            {job ? (
              <Group gap="xs">
                <Editable>
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => setDeleting(true)}
                    aria-label={t('common.deleteNamed', { name: title })}
                  >
                    {t('common.delete')}
                  </Button>
                </Editable>
                <Editable>
                  <Button
                    variant="subtle"
                    color="gray"
                    onClick={toggleArchive}
                    aria-label={t(job.archivedAt ? 'jobs.restoreNamed' : 'jobs.archiveNamed', { name: title })}
                  >
                    {job.archivedAt ? t('common.restore') : t('common.archive')}
                  </Button>
                </Editable>
              </Group>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Editable>
                <Button type="submit">{t('common.save')}</Button>
              </Editable>
            </Group>
          </Group>
        </Stack>
        {job && (
          <ConfirmDelete
            opened={deleting}
            title={t('jobs.delete')}
            what={title}
            onClose={() => setDeleting(false)}
            onDelete={(archiveInstead) => invoke('jobs.delete', { id: job.id, archiveInstead })}
            onDone={onClose}
          />
        )}
      </EditableFields>
    </form>
  );
}
