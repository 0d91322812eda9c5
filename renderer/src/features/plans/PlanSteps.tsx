import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../api/channels/plans';
import type { Result } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { DateField } from '../../components/DateField';
import { Editable } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { issuesToErrors } from '../../lib/form';
import { todayIso } from '../../lib/typed-date';
import { ConfirmStep } from '../reviews/ConfirmStep';

type Step = 'submitted' | 'draft' | 'adopt' | 'in_execution' | 'closed';

/** The plan's next steps: submit (or back to draft), adopt with the council's decision, put in execution, close. */
export function PlanSteps({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Step | null>(null);
  const close = () => setAsking(null);
  const { status } = plan;
  const button = (step: Step, label: string, primary = false) => (
    <Button size="compact-sm" variant={primary ? 'filled' : 'default'} onClick={() => setAsking(step)}>
      {label}
    </Button>
  );
  const texts: Record<Exclude<Step, 'adopt'>, [string, string]> = {
    submitted: [t('plans.steps.submit'), t('plans.steps.submitText')],
    draft: [t('plans.steps.backToDraft'), t('plans.steps.backToDraftText')],
    in_execution: [t('plans.steps.execute'), t('plans.steps.executeText')],
    closed: [t('plans.steps.close'), t('plans.steps.closeText')],
  };
  return (
    <Editable>
      <Group gap="xs" wrap="nowrap">
        {status === 'draft' && button('submitted', t('plans.steps.submit'))}
        {status === 'submitted' && button('draft', t('plans.steps.backToDraft'))}
        {(status === 'draft' || status === 'submitted') && button('adopt', t('plans.steps.adopt'), true)}
        {status === 'adopted' && button('in_execution', t('plans.steps.execute'), true)}
        {status === 'in_execution' && button('closed', t('plans.steps.close'))}
      </Group>
      {asking === 'adopt' && <AdoptDialog plan={plan} onClose={close} />}
      {asking && asking !== 'adopt' && (
        <ConfirmStep
          title={texts[asking][0]}
          confirm={texts[asking][0]}
          run={() => invoke('plans.setStatus', { id: plan.id, status: asking })}
          onClose={close}
        >
          <Text size="sm">{texts[asking][1]}</Text>
        </ConfirmStep>
      )}
    </Editable>
  );
}

/** Adoption: the council's decision reference and date. */
function AdoptDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState(plan.decisionReference);
  const [date, setDate] = useState<string | null>(plan.decisionDate ?? todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<Extract<Result<unknown>, { ok: false }>['error'] | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const missing: Record<string, string> = {};
    if (!reference.trim()) missing.decisionReference = 'errors.required';
    if (!date) missing.decisionDate = 'errors.required';
    if (Object.keys(missing).length) return setErrors(missing);
    setBusy(true);
    const result = await invoke('plans.adopt', { id: plan.id, decisionReference: reference.trim(), decisionDate: date! });
    setBusy(false);
    if (result.ok) return onClose();
    const fields = issuesToErrors(result.error.issues);
    if (Object.keys(fields).length) setErrors(fields);
    else setRefused(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={t('plans.steps.adoptTitle')} centered size="lg">
      <Stack>
        <Text size="sm">{t('plans.steps.adoptText')}</Text>
        <Group grow align="flex-start">
          <TextInput
            label={t('plans.steps.decisionReference')}
            withAsterisk
            data-autofocus
            value={reference}
            onChange={(e) => (setReference(e.currentTarget.value), setErrors({}))}
            error={errors.decisionReference ? t(errors.decisionReference) : undefined}
          />
          <DateField
            label={t('plans.steps.decisionDate')}
            name="decisionDate"
            withAsterisk
            clearable={false}
            value={date}
            onChange={(v) => (setDate(v), setErrors({}))}
            error={errors.decisionDate}
          />
        </Group>
        <FormError error={refused} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()}>
            {t('plans.steps.adoptTitle')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
