import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Holder, Result } from '../../../api/result';
import { isolated, joinList } from './Ltr';
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
  /** What is known to hold the record before anything is tried: said at once, with Archive offered instead. */
  holders?: Holder[];
}

/**
 * Confirmation before deleting. When something still refers to the record, says what holds it
 * and offers to archive instead, so no link is ever broken.
 */
export function ConfirmDelete({ opened, title, what, onClose, onDelete, onDone, holders }: Props) {
  const { t, i18n } = useTranslation();
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

  const known = holders?.filter((h) => h.count > 0) ?? [];
  const held = error?.code === 'conflict' && error.holders?.length ? error.holders : known.length ? known : null;
  const names = (h: Holder) => (i18n.language === 'ar' && h.examplesAr ? h.examplesAr : h.examples);
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        {!held && <Text>{t('common.confirmDelete', { what })}</Text>}
        {held ? (
          <Alert color="orange" title={t('common.stillUsedTitle')}>
            <Text size="sm">{t('common.stillUsed', { what })}</Text>
            <List size="sm" mt="xs">
              {held.map((h) => (
                <List.Item key={h.kind}>
                  {t(`holders.${h.kind}`, { count: h.count })}
                  {names(h).length ? ` (${joinList(names(h).map(isolated), i18n.language)}${h.count > names(h).length ? '…' : ''})` : ''}
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
