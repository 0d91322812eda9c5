import { Stack, type MantineSpacing } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { Result } from '../../../api/result';
import { ConfirmDelete } from './ConfirmDelete';
import { useDialogGuard } from './dialog-guard';
import { EditableFields } from './Editable';
import { FormActions } from './FormActions';
import type { RecordFormState } from './useRecordForm';

interface Props {
  /** From useRecordForm. */
  form: RecordFormState;
  /** The fields. */
  children: ReactNode;
  /** Cancel. By default the enclosing FormDialog's close, which asks first about unsaved edits. */
  onCancel?: () => void;
  /** The saved record's name: what Delete and Archive say they act on. */
  name?: string;
  /** Delete, for a saved record: confirmed first, archiving instead when something still refers to it. */
  remove?: {
    title: string;
    run: (archiveInstead: boolean) => Promise<Result<{ deleted: boolean; archived: boolean }>>;
    /** After deleting or archiving; by default the dialog closes. */
    onDone?: () => void;
  } | null;
  /** Archive or restore, for a saved record that can be archived. */
  archive?: { archived: boolean; run: () => void } | null;
  gap?: MantineSpacing;
}

/**
 * A record's form, create or update: its fields, then what was refused and Delete / Archive,
 * Cancel, Save. On a read-only dataset (a partner's) the fields show but cannot change and the
 * actions that write are hidden. Errors beside each field come from useRecordForm.
 */
export function RecordForm({ form, children, onCancel, name = '', remove, archive, gap }: Props) {
  const guard = useDialogGuard();
  const [deleting, setDeleting] = useState(false);
  const cancel = onCancel ?? guard?.requestClose ?? (() => {});
  return (
    <>
      <form onSubmit={form.submit} noValidate>
        <Stack gap={gap}>
          <EditableFields>
            <Stack gap={gap}>{children}</Stack>
          </EditableFields>
          {/* Outside the read-only fieldset: closing a record one may not change must still work. */}
          <FormActions
            error={form.formError}
            busy={form.busy}
            onCancel={cancel}
            name={name}
            onDelete={remove ? () => setDeleting(true) : undefined}
            archive={archive ?? undefined}
          />
        </Stack>
      </form>
      {remove && (
        <ConfirmDelete
          opened={deleting}
          title={remove.title}
          what={name}
          onClose={() => setDeleting(false)}
          onDelete={remove.run}
          onDone={remove.onDone ?? guard?.close ?? cancel}
        />
      )}
    </>
  );
}
