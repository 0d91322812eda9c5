import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type FollowUp, followUpRecord } from '../../../../api/channels/evaluation';
import { AUTONOMY, FOLLOW_UP_DECISIONS, FREQUENCIES, OBSTACLES } from '../../../../api/channels/evaluation-enums';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput } from '../../components/BilingualInput';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { Ltr } from '../../components/Ltr';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { queryErrorSentence } from '../../lib/errors';
import { formatDate, pickName } from '../../lib/format';
import { todayIso } from '../../lib/typed-date';
import type { FollowUpMoment } from './follow-up-format';

/** What the list says once a follow-up is saved: whose, and the level it wrote into the history. */
export interface FollowUpSaved {
  nameFr: string;
  nameAr: string;
  staffId: string | null;
  level: number | null;
  competencyId: string | null;
  competencyCode: string;
}

interface Props {
  enrolmentId: string;
  moment: FollowUpMoment;
  onClose: () => void;
  onSaved: (saved: FollowUpSaved) => void;
}

/** A level-3 follow-up, to record or to correct: loads what is owed (and what was said), then the form. */
export function FollowUpForm({ enrolmentId, moment, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const fu = useCall('followUps.get', { enrolmentId, moment });
  const name = fu.data ? pickName(fu.data.nameFr, fu.data.nameAr, lang) : '';
  return (
    <FormDialog kind="drawer" size={920} title={t('evaluations.form.title', { name })} onClose={onClose}>
      {fu.error && <Alert color="red">{queryErrorSentence(t, fu.error)}</Alert>}
      {!fu.data && !fu.error && <Loader aria-label={t('common.loading')} />}
      {fu.data && <FollowUpFields fu={fu.data} onSaved={onSaved} />}
    </FormDialog>
  );
}

type Values = z.input<typeof followUpRecord>;
type Objective = NonNullable<Values['objectives']>[number];

/** Until the manager says it, a frequency, an autonomy or a decision has no value: never guessed. */
const unset = <T,>() => undefined as unknown as T;

function initialValues(fu: FollowUp): Values {
  const suggested = Array.from({ length: Math.max(fu.suggestedObjectivesFr.length, fu.suggestedObjectivesAr.length) }, (_, i) => ({
    objectiveFr: fu.suggestedObjectivesFr[i] ?? '',
    objectiveAr: fu.suggestedObjectivesAr[i] ?? '',
    frequency: unset<Objective['frequency']>(),
    autonomy: unset<Objective['autonomy']>(),
  }));
  return {
    enrolmentId: fu.enrolmentId,
    moment: fu.moment === 'follow_up_30' ? 'follow_up_30' : 'follow_up_90',
    doneOn: fu.doneOn ?? todayIso(),
    managerName: fu.managerName,
    objectives: fu.objectives.length ? fu.objectives : suggested,
    obstacles: fu.obstacles,
    obstaclesText: fu.obstaclesText,
    decision: fu.decision ?? unset<Values['decision']>(),
    comment: fu.comment,
    competencyId: fu.competencyId,
    newLevel: fu.newLevel,
  };
}

/**
 * The manager's answers: the date (not in the future), who answered, for each objective of the
 * action how often it is applied and with what autonomy, the obstacles, the decision, a comment,
 * and for a staff member a new level of a competency the course develops, which goes into the
 * competency history with this follow-up as its source.
 */
function FollowUpFields({ fu, onSaved }: { fu: FollowUp; onSaved: (saved: FollowUpSaved) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const framework = useCall('framework.get', { includeArchived: false }, { enabled: Boolean(fu.staffId) });
  const form = useRecordForm(followUpRecord, initialValues(fu), {
    save: (input) => invoke('followUps.record', input),
    onSaved: (v) => {
      const competency = v.competencies.find((c) => c.id === v.competencyId);
      onSaved({
        nameFr: v.nameFr,
        nameAr: v.nameAr,
        staffId: v.staffId,
        level: v.newLevel,
        competencyId: v.competencyId,
        competencyCode: competency?.code ?? '',
      });
    },
  });
  const { values, set, errors } = form;
  // A choice left empty reads "required", not zod's "invalid value".
  const err = (k: string, value: unknown) =>
    errors[k] ? t(value === undefined || value === null ? 'errors.required' : errors[k]) : undefined;
  const objectives = values.objectives ?? [];
  const setObjective = (i: number, patch: Partial<Objective>) =>
    set(
      'objectives',
      objectives.map((o, j) => (j === i ? { ...o, ...patch } : o)),
    );
  const today = todayIso();
  const levels = framework.data?.levels ?? [];
  const chosen = fu.competencies.find((c) => c.id === values.competencyId);

  return (
    <RecordForm form={form}>
      <Text size="sm" c="dimmed" data-testid="follow-up-facts">
        <Ltr>{fu.sessionCode}</Ltr> {pickName(fu.titleFr, fu.titleAr, lang)} · {t(`evaluations.moments.${fu.moment}`)} ·{' '}
        {t('evaluations.followUps.dueDate')} <Ltr>{formatDate(fu.dueDate)}</Ltr>
      </Text>
      <Group grow align="flex-start">
        <DateField
          label={t('evaluations.form.doneOn')}
          value={values.doneOn}
          onChange={(v) => set('doneOn', v ?? '')}
          maxDate={today}
          clearable={false}
          error={errors.doneOn}
          withAsterisk
        />
        <TextInput
          label={t('evaluations.form.managerName')}
          value={values.managerName ?? ''}
          onChange={(e) => set('managerName', e.currentTarget.value)}
          error={err('managerName', values.managerName)}
        />
      </Group>

      <Stack gap="xs">
        <div>
          <Title order={3} size="h5">
            {t('evaluations.form.objectives')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('evaluations.form.objectivesHint')}
          </Text>
        </div>
        {objectives.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('evaluations.form.noObjective')}
          </Text>
        )}
        {objectives.map((o, i) => {
          const n = i + 1;
          return (
            <Paper key={i} withBorder p="xs" data-objective={i}>
              <Stack gap={6}>
                <BilingualInput
                  label={t('evaluations.form.objective', { n })}
                  fr={o.objectiveFr ?? ''}
                  ar={o.objectiveAr ?? ''}
                  onFr={(v) => setObjective(i, { objectiveFr: v })}
                  onAr={(v) => setObjective(i, { objectiveAr: v })}
                  errorFr={errors[`objectives.${i}.objectiveFr`]}
                  errorAr={errors[`objectives.${i}.objectiveAr`]}
                />
                <Group align="flex-end" wrap="nowrap">
                  <Select
                    label={t('evaluations.form.frequency')}
                    placeholder={t('evaluations.form.choose')}
                    allowDeselect={false}
                    data={FREQUENCIES.map((f) => ({ value: f, label: t(`evaluations.frequencies.${f}`) }))}
                    value={o.frequency ?? null}
                    onChange={(v) => v && setObjective(i, { frequency: v as Objective['frequency'] })}
                    error={err(`objectives.${i}.frequency`, o.frequency)}
                    style={{ flex: 1 }}
                  />
                  <Select
                    label={t('evaluations.form.autonomyLabel')}
                    placeholder={t('evaluations.form.choose')}
                    allowDeselect={false}
                    data={AUTONOMY.map((a) => ({ value: a, label: t(`evaluations.autonomy.${a}`) }))}
                    value={o.autonomy ?? null}
                    onChange={(v) => v && setObjective(i, { autonomy: v as Objective['autonomy'] })}
                    error={err(`objectives.${i}.autonomy`, o.autonomy)}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    aria-label={t('evaluations.form.removeObjective', { n })}
                    title={t('evaluations.form.removeObjective', { n })}
                    onClick={() =>
                      set(
                        'objectives',
                        objectives.filter((_, j) => j !== i),
                      )
                    }
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() =>
              set('objectives', [
                ...objectives,
                { objectiveFr: '', objectiveAr: '', frequency: unset<Objective['frequency']>(), autonomy: unset<Objective['autonomy']>() },
              ])
            }
          >
            {t('evaluations.form.addObjective')}
          </Button>
        </Group>
      </Stack>

      <Checkbox.Group
        label={t('evaluations.form.obstacles')}
        value={values.obstacles ?? []}
        onChange={(v) => set('obstacles', v as Values['obstacles'])}
      >
        <Group mt={6} gap="md">
          {OBSTACLES.map((o) => (
            <Checkbox key={o} value={o} label={t(`evaluations.obstacles.${o}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t('evaluations.form.obstaclesText')}
        autosize
        minRows={2}
        value={values.obstaclesText ?? ''}
        onChange={(e) => set('obstaclesText', e.currentTarget.value)}
      />
      <Radio.Group
        label={t('evaluations.form.decision')}
        withAsterisk
        value={values.decision ?? null}
        onChange={(v) => set('decision', v as Values['decision'])}
        error={err('decision', values.decision)}
      >
        <Group mt={6} gap="md">
          {FOLLOW_UP_DECISIONS.map((d) => (
            <Radio key={d} value={d} label={t(`evaluations.decisions.${d}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('evaluations.form.comment')}
        autosize
        minRows={2}
        value={values.comment ?? ''}
        onChange={(e) => set('comment', e.currentTarget.value)}
      />

      <Paper withBorder p="sm" data-testid="new-level">
        <Title order={3} size="h5">
          {t('evaluations.form.newLevel')}
        </Title>
        {!fu.staffId ? (
          <Text size="sm" c="dimmed" mt={4}>
            {t('evaluations.form.associationNoLevel')}
          </Text>
        ) : fu.competencies.length === 0 ? (
          <Text size="sm" c="dimmed" mt={4}>
            {t('evaluations.form.noCompetencies')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed" mb={6}>
              {t('evaluations.form.newLevelHint')}
            </Text>
            <Group grow align="flex-start">
              <Select
                label={t('evaluations.form.competency')}
                placeholder={t('evaluations.form.noCompetencyChoice')}
                clearable
                data={fu.competencies.map((c) => ({
                  value: c.id,
                  label: `${c.code} ${pickName(c.nameFr, c.nameAr, lang)} (${
                    c.currentLevel === null ? t('evaluations.form.notAssessed') : t('evaluations.form.current', { level: c.currentLevel })
                  })`,
                }))}
                value={values.competencyId ?? null}
                onChange={(v) => {
                  set('competencyId', v);
                  if (!v) set('newLevel', null);
                }}
                error={err('competencyId', true)}
              />
              <Select
                label={t('evaluations.form.level')}
                disabled={!chosen}
                clearable
                data={levels.map((l) => ({ value: String(l.level), label: `${l.level} — ${pickName(l.nameFr, l.nameAr, lang)}` }))}
                value={values.newLevel === null || values.newLevel === undefined ? null : String(values.newLevel)}
                onChange={(v) => set('newLevel', v ? Number(v) : null)}
                error={err('newLevel', true)}
              />
            </Group>
          </>
        )}
      </Paper>
    </RecordForm>
  );
}
