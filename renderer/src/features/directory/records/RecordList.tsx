import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../bridge/bridge';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { Editable } from '../../../components/Editable';

interface Props<T extends { id: string }> {
  rows: T[] | undefined;
  empty: string;
  addLabel: string;
  deleteTitle: string;
  deleteChannel: 'services.delete' | 'partnerships.delete' | 'subsidies.delete';
  name: (row: T) => string;
  render: (row: T) => ReactNode;
  /** The form for a row (null: a new one); it calls `done` when saved or cancelled. */
  form: (row: T | null, done: () => void) => ReactNode;
}

/** The records hanging off an organisation: each one readable, editable in place, deletable after confirmation. */
export function RecordList<T extends { id: string }>({ rows, empty, addLabel, deleteTitle, deleteChannel, name, render, form }: Props<T>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ row: T | null } | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const done = () => setEditing(null);
  return (
    <Stack>
      {!rows?.length && !editing && (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      )}
      {rows?.map((row) =>
        editing?.row?.id === row.id ? (
          <Paper key={row.id} withBorder p="md">
            {form(row, done)}
          </Paper>
        ) : (
          <Paper key={row.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div style={{ minWidth: 0, flex: 1 }}>{render(row)}</div>
              <Group gap="xs" wrap="nowrap">
                <Editable>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setEditing({ row })}
                    aria-label={t('common.editNamed', { name: name(row) })}
                  >
                    {t('common.edit')}
                  </Button>
                </Editable>
                <Editable>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => setDeleting(row)}
                    aria-label={t('common.deleteNamed', { name: name(row) })}
                  >
                    {t('common.delete')}
                  </Button>
                </Editable>
              </Group>
            </Group>
          </Paper>
        ),
      )}
      {editing && !editing.row ? (
        <Paper withBorder p="md">
          {form(null, done)}
        </Paper>
      ) : (
        <Editable>
          <Button variant="light" w="fit-content" onClick={() => setEditing({ row: null })}>
            {addLabel}
          </Button>
        </Editable>
      )}
      <ConfirmDelete
        opened={Boolean(deleting)}
        title={deleteTitle}
        what={deleting ? name(deleting) : ''}
        onClose={() => setDeleting(null)}
        onDelete={() => invoke(deleteChannel, { id: deleting!.id })}
        onDone={() => setDeleting(null)}
      />
    </Stack>
  );
}
