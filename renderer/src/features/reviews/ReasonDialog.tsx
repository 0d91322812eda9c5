import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../api/result';
import { FormError } from '../../components/FormError';
import { issuesToErrors } from '../../lib/form';

interface Props {
  title: string;
  text: string;
  label: string;
  confirm: string;
  /** Writes with the reason; the dialog closes when it succeeds. */
  run: (reason: string) => Promise<Result<unknown>>;
  onClose: () => void;
  danger?: boolean;
}

/** A step that needs a written reason (reopening a campaign, cancelling a review): at least 3 characters, said beside the field. */
export function ReasonDialog({ title, text, label, confirm, run, onClose, danger }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<Extract<Result<unknown>, { ok: false }>['error'] | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (reason.trim().length < 3) return setError('errors.reasonRequired');
    setBusy(true);
    const result = await run(reason.trim());
    setBusy(false);
    if (result.ok) return onClose();
    const fields = issuesToErrors(result.error.issues);
    if (fields.reason) setError(fields.reason);
    else setRefused(result.error);
  };

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <Stack>
        <Text size="sm">{text}</Text>
        <Textarea
          label={label}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          onChange={(e) => (setReason(e.currentTarget.value), setError(null))}
          error={error ? t(error) : undefined}
        />
        <FormError error={refused} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('reviews.keep')}
          </Button>
          <Button color={danger ? 'red' : undefined} loading={busy} onClick={() => void submit()}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
