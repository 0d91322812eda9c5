import { ActionIcon, Alert, Button, Group, Loader, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Course, courseCreate } from '../../../../api/channels/catalogue';
import { ATTESTATIONS, AUDIENCES, COURSE_MODALITIES, COURSE_ORIGINS } from '../../../../api/channels/training-enums';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { AmountInput } from '../../components/AmountInput';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { Editable } from '../../components/Editable';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import type { AmountError } from '../../lib/amount';
import { pickName } from '../../lib/format';
import { choices, competencyOptions } from './options';

/** A course of the catalogue, new (`id` null) or saved. */
export function CourseForm({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const course = useCall('courses.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const lang = i18n.language as Language;
  const title = course.data
    ? t('catalogue.editCourse', { name: pickName(course.data.titleFr, course.data.titleAr, lang) })
    : t('catalogue.newCourse');
  return (
    <FormDialog kind="drawer" size="xl" title={title} onClose={onClose}>
      {id && !course.data ? <Loader aria-label={t('common.loading')} /> : <CourseFields course={course.data ?? null} onClose={onClose} />}
    </FormDialog>
  );
}

function CourseFields({ course, onClose }: { course: Course | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const framework = useCall('framework.get', { includeArchived: true });
  const [costProblem, setCostProblem] = useState<AmountError | null>(null);
  const form = useRecordForm(
    courseCreate,
    {
      code: course?.code ?? '',
      titleFr: course?.titleFr ?? '',
      titleAr: course?.titleAr ?? '',
      domainFr: course?.domainFr ?? '',
      domainAr: course?.domainAr ?? '',
      objectivesFr: course?.objectivesFr ?? '',
      objectivesAr: course?.objectivesAr ?? '',
      programmeFr: course?.programmeFr ?? '',
      programmeAr: course?.programmeAr ?? '',
      prerequisitesFr: course?.prerequisitesFr ?? '',
      prerequisitesAr: course?.prerequisitesAr ?? '',
      audience: course?.audience ?? 'both',
      hours: course?.hours ?? 7,
      modality: course?.modality ?? 'in_person',
      evaluationLevel: course?.evaluationLevel ?? 1,
      attestation: course?.attestation ?? 'attendance',
      costPerParticipantCentimes: course?.costPerParticipantCentimes ?? 0,
      groupSize: course?.groupSize ?? 20,
      origin: course?.origin ?? 'internal',
      languages: course?.languages ?? ['ar', 'fr'],
      competencies: (course?.competencies ?? []).map((c) => ({ competencyId: c.competencyId, targetLevel: c.targetLevel })),
    },
    {
      save: (input) => (course ? invoke('courses.update', { id: course.id, ...input }) : invoke('courses.create', input)),
      onSaved: onClose,
      hold: () => Boolean(costProblem),
    },
  );
  const { values, set, errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const rows = values.competencies ?? [];
  const levels = (framework.data?.levels ?? []).map((l) => ({
    value: String(l.level),
    label: `${l.level} — ${pickName(l.nameFr, l.nameAr, lang)}`,
  }));
  const options = competencyOptions(framework.data, new Set(rows.map((r) => r.competencyId)), lang, t('common.archived'));
  const update = (i: number, patch: Partial<(typeof rows)[number]>) =>
    set(
      'competencies',
      rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  const rowError = (i: number, field: string, value: unknown) => {
    const key = errors[`competencies.${i}.${field}`];
    return key ? t(value ? key : 'errors.invalidChoice') : undefined;
  };

  return (
    <RecordForm
      form={form}
      name={course ? pickName(course.titleFr, course.titleAr, lang) : ''}
      remove={
        course && {
          title: t('catalogue.deleteCourse'),
          run: (archiveInstead) => invoke('courses.delete', { id: course.id, archiveInstead }),
        }
      }
      archive={
        course && {
          archived: Boolean(course.archivedAt),
          run: () => void invoke('courses.setArchived', { id: course.id, archived: !course.archivedAt }),
        }
      }
    >
      {course?.archivedAt && <Alert color="gray">{t('catalogue.archived')}</Alert>}
      <Group align="flex-start" grow>
        <TextInput
          label={t('catalogue.fields.code')}
          name="code"
          dir="ltr"
          withAsterisk
          maw={220}
          value={values.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          error={err('code')}
        />
        <Select
          label={t('catalogue.fields.origin')}
          data={choices(t, 'origins', COURSE_ORIGINS)}
          value={values.origin}
          onChange={(v) => v && set('origin', v as typeof values.origin)}
          allowDeselect={false}
        />
      </Group>
      <BilingualInput label={t('catalogue.fields.title')} required {...bilingualField(form, 'title')} />
      <BilingualInput label={t('catalogue.fields.domain')} {...bilingualField(form, 'domain')} />
      <BilingualInput label={t('catalogue.fields.objectives')} multiline {...bilingualField(form, 'objectives')} />
      <Group align="flex-start" grow>
        <Select
          label={t('catalogue.fields.modality')}
          name="modality"
          data={choices(t, 'modalities', COURSE_MODALITIES)}
          value={values.modality}
          onChange={(v) => v && set('modality', v as typeof values.modality)}
          allowDeselect={false}
        />
        <NumberInput
          label={t('catalogue.fields.hours')}
          name="hours"
          min={0}
          max={2000}
          step={0.5}
          decimalScale={1}
          decimalSeparator=","
          value={values.hours}
          onChange={(v) => set('hours', typeof v === 'number' ? v : Number(v) || 0)}
          error={err('hours')}
        />
        <Select
          label={t('catalogue.fields.audience')}
          data={choices(t, 'audiences', AUDIENCES)}
          value={values.audience}
          onChange={(v) => v && set('audience', v as typeof values.audience)}
          allowDeselect={false}
        />
      </Group>
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={600} mb="xs">
          {t('catalogue.fields.competencies')}
        </Text>
        {!rows.length && (
          <Text size="sm" c="dimmed">
            {t('catalogue.noCompetencies')}
          </Text>
        )}
        {rows.map((r, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" gap="sm">
            <Select
              style={{ flex: 3 }}
              label={t('catalogue.competencyN', { n: i + 1 })}
              placeholder={t('catalogue.chooseCompetency')}
              data={options}
              value={r.competencyId || null}
              onChange={(v) => update(i, { competencyId: v ?? '' })}
              searchable
              nothingFoundMessage={t('catalogue.noCompetencyFound')}
              error={rowError(i, 'competencyId', r.competencyId)}
            />
            <Select
              style={{ flex: 2 }}
              label={t('catalogue.targetLevel')}
              data={levels}
              value={String(r.targetLevel)}
              onChange={(v) => v && update(i, { targetLevel: Number(v) })}
              allowDeselect={false}
              error={rowError(i, 'targetLevel', r.targetLevel)}
            />
            <Editable>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                size="lg"
                onClick={() =>
                  set(
                    'competencies',
                    rows.filter((_, j) => j !== i),
                  )
                }
                aria-label={t('catalogue.removeCompetency', { n: i + 1 })}
                title={t('catalogue.removeCompetency', { n: i + 1 })}
              >
                ×
              </ActionIcon>
            </Editable>
          </Group>
        ))}
        <Group>
          <Editable>
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => set('competencies', [...rows, { competencyId: '', targetLevel: framework.data?.proficientLevel ?? 3 }])}
            >
              {t('catalogue.addCompetency')}
            </Button>
          </Editable>
        </Group>
      </Stack>
      <Group align="flex-start" grow>
        <Select
          label={t('catalogue.fields.evaluationLevel')}
          data={['1', '2', '3', '4'].map((l) => ({ value: l, label: t(`catalogue.evaluationLevels.${l}`) }))}
          value={String(values.evaluationLevel)}
          onChange={(v) => v && set('evaluationLevel', Number(v))}
          allowDeselect={false}
        />
        <Select
          label={t('catalogue.fields.attestation')}
          data={choices(t, 'attestations', ATTESTATIONS)}
          value={values.attestation}
          onChange={(v) => v && set('attestation', v as typeof values.attestation)}
          allowDeselect={false}
        />
      </Group>
      <Group align="flex-start" grow>
        <AmountInput
          label={t('catalogue.fields.cost')}
          name="costPerParticipantCentimes"
          centimes={values.costPerParticipantCentimes}
          onChange={(c) => set('costPerParticipantCentimes', c)}
          onProblem={setCostProblem}
          error={costProblem ? `errors.amount.${costProblem}` : errors.costPerParticipantCentimes}
        />
        <NumberInput
          label={t('catalogue.fields.groupSize')}
          name="groupSize"
          min={1}
          max={500}
          value={values.groupSize}
          onChange={(v) => set('groupSize', typeof v === 'number' ? v : Number(v) || 1)}
          error={err('groupSize')}
        />
      </Group>
      <MultiSelect
        label={t('catalogue.fields.languages')}
        data={choices(t, 'languages', ['ar', 'fr', 'ber', 'en', 'es', 'nl'])}
        value={values.languages ?? []}
        onChange={(v) => set('languages', v as typeof values.languages)}
      />
      <BilingualInput label={t('catalogue.fields.programme')} multiline {...bilingualField(form, 'programme')} />
      <BilingualInput label={t('catalogue.fields.prerequisites')} multiline {...bilingualField(form, 'prerequisites')} />
    </RecordForm>
  );
}
