import { Button, Group, Modal, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../api/result';
import { FormError } from '../../components/FormError';

interface Props {
  title: string;
  children: ReactNode;
  confirm: string;
  /** Does the step; the dialog closes when it succeeds, and says the refusal otherwise. */
  run: () => Promise<Result<unknown>>;
  onClose: () => void;
  /** Called with the refusal instead of showing it here (the caller shows it on its rows). */
  onRefused?: (result: Extract<Result<unknown>, { ok: false }>) => void;
}

/** "Open / close / validate: are you sure?", with what it will do said in words. */
export function ConfirmStep({ title, children, confirm, run, onClose, onRefused }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Extract<Result<unknown>, { ok: false }>['error'] | null>(null);
  const go = async () => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (result.ok) return onClose();
    if (onRefused) {
      onClose();
      onRefused(result);
    } else setRefused(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <Stack>
        {children}
        <FormError error={refused} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('reviews.keep')}
          </Button>
          <Button loading={busy} onClick={() => void go()} data-autofocus>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
