import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  /** Back to the form, edits kept (also Escape and a click outside). */
  onKeep: () => void;
  /** Close the form and lose the edits. */
  onDiscard: () => void;
  /** Once the question has left the screen. */
  onClosed?: () => void;
}

/**
 * Asked when a drawer or dialog holding unsaved edits is about to close. Keeping the edits is
 * the safe answer: it has the focus, and Escape gives it too.
 */
export function ConfirmDiscard({ opened, onKeep, onDiscard, onClosed }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onKeep} onExitTransitionEnd={onClosed} title={t('common.discardTitle')} centered zIndex={300}>
      <Stack>
        <Text>{t('common.discardText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} data-autofocus>
            {t('common.keepEditing')}
          </Button>
          <Button color="red" onClick={onDiscard}>
            {t('common.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
