import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { errorSentence } from '../../lib/errors';

/** Forgets a partner's dataset after a confirmation: its copy here and its pinned signing key. */
export function RemovePartner({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const remove = async () => {
    setBusy(true);
    const result = await invoke('partners.remove', { id });
    setBusy(false);
    if (result.ok) setOpen(false);
    else setError(result.error);
  };
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => setOpen(true)}
        aria-label={t('partners.remove.named', { name })}
      >
        {t('partners.remove.action')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('partners.remove.title')} centered>
        <Stack>
          <Text size="sm">{t('partners.remove.confirm', { name })}</Text>
          {error && (
            <Alert color="red" role="alert">
              {errorSentence(t, error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void remove()} data-autofocus>
              {t('partners.remove.action')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
