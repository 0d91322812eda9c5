import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../api/channels/plans';
import type { Result } from '../../../../api/result';
import { FormError } from '../../components/FormError';
import { needsChangeNote } from './plan-format';

interface Props {
  plan: Pick<Plan, 'version'>;
  /** Writes the change with the note; the dialog closes when it succeeds (and says the refusal otherwise). */
  run: (note: string) => Promise<Result<unknown> | null>;
  onClose: () => void;
  /** The change is a deletion: the button says so. */
  deleting?: boolean;
  /** What the deletion removes, said above the note. */
  what?: string;
}

/** "What changes and why": asked before any change to an adopted plan, which becomes its next version. */
export function ChangeNoteDialog({ plan, run, onClose, deleting, what }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<Extract<Result<unknown>, { ok: false }>['error'] | null>(null);
  const [busy, setBusy] = useState(false);
  const version = plan.version + 1;
  const submit = async () => {
    if (note.trim().length < 3) return setError('errors.changeNoteRequired');
    setBusy(true);
    const result = await run(note.trim());
    setBusy(false);
    if (!result) return;
    if (result.ok) return onClose();
    setRefused(result.error);
  };
  return (
    <Modal opened onClose={onClose} title={t('plans.note.title')} centered size="lg">
      <Stack>
        {what && (
          <Text size="sm" fw={600}>
            {what}
          </Text>
        )}
        <Text size="sm">{t('plans.note.text', { version })}</Text>
        <Textarea
          label={t('plans.note.label')}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          value={note}
          onChange={(e) => (setNote(e.currentTarget.value), setError(null))}
          error={error ? t(error) : undefined}
        />
        <FormError error={refused} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={deleting ? 'red' : undefined} loading={busy} onClick={() => void submit()}>
            {t(deleting ? 'plans.note.deleteConfirm' : 'plans.note.confirm', { version })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Wires the change note into a record form (useRecordForm's `hold`): on an adopted plan, Save
 * first asks the note, then saves with it. `hold` and `dialog` go to the form.
 */
export function useChangeNote<V>(
  plan: Pick<Plan, 'status' | 'version'> | null,
  saveWithNote: (note: string) => Promise<{ value: V } | null>,
  onSaved: (value: V) => void,
) {
  const [asking, setAsking] = useState(false);
  const hold = () => {
    if (!plan || !needsChangeNote(plan)) return false;
    setAsking(true);
    return true;
  };
  const dialog =
    asking && plan ? (
      <ChangeNoteDialog
        plan={plan}
        onClose={() => setAsking(false)}
        run={async (note) => {
          const saved = await saveWithNote(note);
          setAsking(false);
          if (saved) onSaved(saved.value);
          // The form shows a refusal beside its fields.
          return null;
        }}
      />
    ) : null;
  return { hold, dialog };
}
