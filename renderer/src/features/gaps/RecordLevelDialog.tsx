import { Group, SegmentedControl, Select, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MANUAL_SOURCES, ratingRecord } from '../../../../api/channels/gaps';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { ltr } from '../../components/Ltr';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { todayIso } from '../../lib/typed-date';

interface Props {
  staffId: string;
  /** The competency to start from (the row it was asked from), and the ones offered first (the job's). */
  competencyId: string | null;
  jobCompetencies: string[];
  onClose: () => void;
}

/**
 * "Record a level…": evidence seen at work or a correction of a wrong level. Either is a new row
 * of the history with its reason; nothing already recorded is edited.
 */
export function RecordLevelDialog({ staffId, competencyId, jobCompetencies, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormDialog title={t('gaps.record.title')} onClose={onClose} size="lg">
      <RecordLevelForm staffId={staffId} competencyId={competencyId} jobCompetencies={jobCompetencies} onClose={onClose} />
    </FormDialog>
  );
}

function RecordLevelForm({ staffId, competencyId, jobCompetencies, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const framework = useCall('framework.get', { includeArchived: false });
  const form = useRecordForm(
    ratingRecord,
    {
      staffId,
      competencyId: competencyId ?? '',
      level: undefined as unknown as number,
      validFrom: todayIso(),
      source: 'evidence',
      reason: '',
    },
    { save: (input) => invoke('ratings.record', input), onSaved: onClose },
  );
  const { values, set, errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const job = new Set(jobCompetencies);
  const competencies = framework.data?.competencies ?? [];
  const option = (c: (typeof competencies)[number]) => ({ value: c.id, label: `${ltr(c.code)} — ${pickName(c.nameFr, c.nameAr, lang)}` });
  const data = [
    { group: t('gaps.profile.ofJob'), items: competencies.filter((c) => job.has(c.id)).map(option) },
    { group: t('gaps.profile.others'), items: competencies.filter((c) => !job.has(c.id)).map(option) },
  ].filter((g) => g.items.length);

  return (
    <RecordForm form={form}>
      <Text size="sm" c="dimmed">
        {t('gaps.record.intro')}
      </Text>
      <Select
        label={t('gaps.competency')}
        name="competencyId"
        withAsterisk
        searchable
        data={data}
        value={values.competencyId || null}
        onChange={(v) => set('competencyId', v ?? '')}
        error={err('competencyId')}
        nothingFoundMessage={t('gaps.noCompetencyFound')}
      />
      <Select
        label={t('gaps.level')}
        name="level"
        withAsterisk
        data={(framework.data?.levels ?? []).map((l) => ({
          value: String(l.level),
          label: `${l.level} — ${pickName(l.nameFr, l.nameAr, lang)}`,
        }))}
        value={values.level ? String(values.level) : null}
        onChange={(v) => set('level', v ? Number(v) : (undefined as unknown as number))}
        error={err('level')}
      />
      <Group grow align="flex-start">
        <DateField
          label={t('gaps.record.validFrom')}
          name="validFrom"
          withAsterisk
          clearable={false}
          value={values.validFrom}
          onChange={(v) => set('validFrom', v ?? '')}
          error={errors.validFrom}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="record-source">
            {t('gaps.record.source')}
          </Text>
          <SegmentedControl
            aria-labelledby="record-source"
            fullWidth
            value={values.source ?? 'evidence'}
            onChange={(v) => set('source', v as (typeof MANUAL_SOURCES)[number])}
            data={MANUAL_SOURCES.map((s) => ({ value: s, label: t(`gaps.sources.${s}`) }))}
          />
        </div>
      </Group>
      <Textarea
        label={t('gaps.record.reason')}
        description={values.source === 'correction' ? t('gaps.record.reasonCorrection') : t('gaps.record.reasonEvidence')}
        name="reason"
        withAsterisk
        autosize
        minRows={2}
        value={values.reason}
        onChange={(e) => set('reason', e.currentTarget.value)}
        error={err('reason')}
      />
    </RecordForm>
  );
}
