import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../api/result';
import { errorSentence } from '../lib/errors';

interface Props {
  opened: boolean;
  title: string;
  /** What will be deleted, in words ("the unit « Bureau de la formation »"). */
  what: string;
  onClose: () => void;
  /** Deletes, or archives when `archiveInstead`; resolves with the Result. */
  onDelete: (archiveInstead: boolean) => Promise<Result<{ deleted: boolean; archived: boolean }>>;
  onDone: (outcome: { deleted: boolean; archived: boolean }) => void;
}

/**
 * Confirmation before deleting. When something still refers to the record, says what holds it
 * and offers to archive instead, so no link is ever broken.
 */
export function ConfirmDelete({ opened, title, what, onClose, onDelete, onDone }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (archiveInstead: boolean) => {
    setBusy(true);
    const result = await onDelete(archiveInstead);
    setBusy(false);
    if (result.ok) {
      setError(null);
      onDone(result.value);
    } else setError(result.error);
  };

  const close = () => {
    setError(null);
    onClose();
  };

  const held = error?.code === 'conflict' && error.holders?.length;
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        {!held && <Text>{t('common.confirmDelete', { what })}</Text>}
        {held ? (
          <Alert color="orange" title={t('common.stillUsedTitle')}>
            <Text size="sm">{t('common.stillUsed', { what })}</Text>
            <List size="sm" mt="xs">
              {error.holders!.map((h) => (
                <List.Item key={h.kind}>
                  {t(`holders.${h.kind}`, { count: h.count })}
                  {h.examples.length ? ` (${h.examples.join(', ')}${h.count > h.examples.length ? '…' : ''})` : ''}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : error ? (
          <Alert color="red" role="alert">
            {errorSentence(t, error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          {held ? (
            <Button color="orange" loading={busy} onClick={() => run(true)} data-autofocus>
              {t('common.archiveInstead')}
            </Button>
          ) : (
            <Button color="red" loading={busy} onClick={() => run(false)} data-autofocus>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
