import { Button, Group, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { ConfirmDiscard } from '../../components/ConfirmDiscard';

/**
 * Under a keyboard-first grid (attendance marks, evaluation sheets): what the grid holds — red
 * while changes are unsaved —, Discard (asked first) and Save. Saving stays with the grid, which
 * also saves on Ctrl+S.
 */
export function GridSaveBar({
  status,
  changes,
  saving,
  readOnly,
  onSave,
  onDiscard,
  saveLabel,
  discardLabel,
}: {
  status: ReactNode;
  changes: number;
  saving: boolean;
  readOnly: boolean;
  onSave: () => void;
  onDiscard: () => void;
  saveLabel: string;
  discardLabel: string;
}) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" c={changes ? 'red.9' : 'dimmed'} role="status">
          {status}
        </Text>
        {!readOnly && (
          <Group gap="xs">
            <Button variant="default" disabled={!changes} onClick={() => setAsking(true)}>
              {discardLabel}
            </Button>
            <Button onClick={onSave} loading={saving} disabled={!changes}>
              {saveLabel}
            </Button>
          </Group>
        )}
      </Group>
      <ConfirmDiscard
        opened={asking}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          onDiscard();
          setAsking(false);
        }}
      />
    </>
  );
}
