import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Editable } from './Editable';

interface Props {
  title: string;
  hint: string;
  action?: string;
  onAction?: () => void;
  /** A second way to start (import a file beside adding one by one). */
  other?: { label: string; onAction: () => void };
}

/** An empty list says what to do next. */
export function Empty({ title, hint, action, onAction, other }: Props) {
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        <Text c="dimmed" size="sm">
          {hint}
        </Text>
        <Editable>
          <Group mt="sm" gap="sm" justify="center">
            {action && onAction && <Button onClick={onAction}>{action}</Button>}
            {other && (
              <Button variant="default" onClick={other.onAction}>
                {other.label}
              </Button>
            )}
          </Group>
        </Editable>
      </Stack>
    </Paper>
  );
}
