import { Button, Group, Select, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../../api/channels/evaluation';
import type { QuestionnaireKind } from '../../../../../api/channels/evaluation-enums';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { DateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { FormError } from '../../../components/FormError';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';

/** The questionnaire kinds a moment takes (as rounds.update checks them). */
const KINDS_OF: Record<Round['moment'], readonly QuestionnaireKind[]> = {
  end_sheet: ['reaction'],
  pre_test: ['test'],
  post_test: ['test'],
  follow_up_30: ['follow_up_trainee', 'follow_up_manager'],
  follow_up_90: ['follow_up_trainee', 'follow_up_manager'],
};

/** A round's questionnaire (a published one of the right kind), due date and anonymity. */
export function RoundDialog({ round, onClose }: { round: Round; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const all = useCall('questionnaires.list', { kind: null });
  const [questionnaireId, setQuestionnaireId] = useState(round.questionnaireId);
  const [dueDate, setDueDate] = useState<string | null>(round.dueDate);
  const [anonymous, setAnonymous] = useState(round.anonymous);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const options = (all.data ?? [])
    .filter((q) => KINDS_OF[round.moment].includes(q.kind) && (q.status === 'published' || q.id === round.questionnaireId))
    .map((q) => ({ value: q.id, label: `${pickName(q.titleFr, q.titleAr, lang)} — ${q.code} v${q.version}` }));
  const issue = (path: string) => {
    const m = error?.issues?.find((i) => i.path === path)?.message;
    return m ? t(m) : undefined;
  };
  const answered = round.responses > 0;
  const save = async () => {
    setBusy(true);
    const result = await invoke('rounds.update', { id: round.id, questionnaireId, dueDate: dueDate ?? '', anonymous });
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error);
  };
  const dirty = questionnaireId !== round.questionnaireId || dueDate !== round.dueDate || anonymous !== round.anonymous;
  return (
    <FormDialog
      title={t('sessionEvaluation.editTitle', { moment: t(`sessionEvaluation.moments.${round.moment}`) })}
      onClose={onClose}
      dirty={dirty}
    >
      <Stack>
        <Select
          label={t('sessionEvaluation.cols.questionnaire')}
          data={options}
          value={questionnaireId}
          onChange={(v) => v && setQuestionnaireId(v)}
          allowDeselect={false}
          disabled={answered}
          description={answered ? t('sessionEvaluation.answeredFixed') : undefined}
          error={issue('questionnaireId')}
        />
        <DateField
          label={t('sessionEvaluation.cols.due')}
          value={dueDate}
          onChange={setDueDate}
          clearable={false}
          error={error?.issues?.find((i) => i.path === 'dueDate')?.message}
        />
        <Switch
          label={t('sessionEvaluation.anonymousSwitch')}
          checked={anonymous}
          onChange={(e) => setAnonymous(e.currentTarget.checked)}
          disabled={answered}
        />
        <FormError error={error?.issues?.length ? null : error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </FormDialog>
  );
}
