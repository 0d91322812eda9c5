import { Button, Paper, Stack, Text } from '@mantine/core';
import { Editable } from './Editable';

/** An empty list says what to do next. */
export function Empty({ title, hint, action, onAction }: { title: string; hint: string; action?: string; onAction?: () => void }) {
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        <Text c="dimmed" size="sm">
          {hint}
        </Text>
        {action && onAction && (
          <Editable>
            <Button mt="sm" onClick={onAction}>
              {action}
            </Button>
          </Editable>
        )}
      </Stack>
    </Paper>
  );
}
