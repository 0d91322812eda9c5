import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Saving a session that has conflicts: said once more, then saved only if the user says so. */
export function ConfirmConflicts({
  opened,
  sentences,
  onKeep,
  onSave,
}: {
  opened: boolean;
  sentences: string[];
  onKeep: () => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onKeep} title={t('sessions.form.confirmTitle')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('sessions.form.confirmText')}</Text>
        <List size="sm" spacing={2}>
          {sentences.map((s, i) => (
            <List.Item key={i}>{s}</List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} data-autofocus>
            {t('sessions.form.keepEditing')}
          </Button>
          <Button color="orange" onClick={onSave}>
            {t('sessions.form.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
