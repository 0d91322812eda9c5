import { Button, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import type { SessionDetail } from '../../../../../api/channels/sessions';
import { invoke } from '../../../bridge/bridge';
import { FormDialog } from '../../../components/FormDialog';
import { FormError } from '../../../components/FormError';

/**
 * Scheduling a session's evaluation: says what the course's planned level gives (1 the sheet at
 * the end, 2 the tests before and after, 3 the follow-ups), with the follow-ups' days adjustable.
 * Rounds already there stay as they are (rounds.schedule only adds what is missing).
 */
export function ScheduleDialog({ session, onClose }: { session: SessionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const level = session.course.evaluationLevel;
  const [first, setFirst] = useState<number | string>(30);
  const [second, setSecond] = useState<number | string>(90);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const result = await invoke('rounds.schedule', {
      sessionId: session.id,
      firstFollowUpDays: Number(first) || 30,
      secondFollowUpDays: Number(second) || 90,
    });
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error);
  };
  const gives = [
    level >= 1 && t('sessionEvaluation.plan.endSheet'),
    level >= 2 && t('sessionEvaluation.plan.tests'),
    level >= 3 && t('sessionEvaluation.plan.followUps'),
  ].filter((x): x is string => Boolean(x));
  const issue = (path: string) => error?.issues?.find((i) => i.path === path)?.message;
  return (
    <FormDialog title={t('sessionEvaluation.schedule')} onClose={onClose}>
      <Stack>
        <Text size="sm">{t('sessionEvaluation.levelIntro', { level })}</Text>
        {gives.length ? (
          <List size="sm">
            {gives.map((g) => (
              <List.Item key={g}>{g}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sessionEvaluation.levelGives.0')}
          </Text>
        )}
        {level >= 3 && (
          <Group grow>
            <NumberInput
              label={t('sessionEvaluation.plan.firstDays')}
              min={7}
              max={365}
              value={first}
              onChange={setFirst}
              error={issue('firstFollowUpDays') && t(issue('firstFollowUpDays')!)}
            />
            <NumberInput
              label={t('sessionEvaluation.plan.secondDays')}
              min={7}
              max={365}
              value={second}
              onChange={setSecond}
              error={issue('secondFollowUpDays') && t(issue('secondFollowUpDays')!)}
            />
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('sessionEvaluation.plan.keeps')}
        </Text>
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void run()} loading={busy} disabled={!gives.length}>
            {t('sessionEvaluation.plan.confirm')}
          </Button>
        </Group>
      </Stack>
    </FormDialog>
  );
}
