import { type FormEvent, useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../../../api/result';
import { useZodForm } from '../lib/form';
import { useDialogGuard } from './dialog-guard';

/** Writes the validated input; null when the caller has shown the outcome itself. */
type Save<S extends z.ZodType, V> = (input: z.output<S>) => Promise<Result<V> | null>;

interface Options<S extends z.ZodType, V> {
  /** Creates or updates the record (`invoke('x.update', …)` or `invoke('x.create', …)`). */
  save: Save<S, V>;
  /** After a successful save: usually closes the form. */
  onSaved: (value: V) => void;
  /**
   * Asked before Save does anything: true keeps the form open, the caller saying why (a field it
   * cannot read yet, a question to answer first). Its answer then saves with `run`.
   */
  hold?: () => boolean;
}

/**
 * The state of a record's form (pair it with <RecordForm>): useZodForm's values and errors,
 * plus `submit` (validate, save, show the refusal beside the fields or close), `busy` while it
 * saves, and `run` for another way of saving (create anyway, merge). Inside a FormDialog it
 * tells the dialog whether it holds unsaved edits, so closing asks first.
 */
export function useRecordForm<S extends z.ZodType, V>(schema: S, initial: z.input<S>, { save, onSaved, hold }: Options<S, V>) {
  const form = useZodForm(schema, initial);
  const guard = useDialogGuard();
  const formId = useId();
  const [busy, setBusy] = useState(false);
  const { dirty } = form;

  useEffect(() => guard?.report(formId, dirty), [guard, formId, dirty]);
  useEffect(() => () => guard?.report(formId, false), [guard, formId]);

  /** Validates and saves with `write`; resolves with the saved value, or null (refused, invalid). */
  const run = async (write: Save<S, V> = save): Promise<{ value: V } | null> => {
    const input = form.validate();
    if (!input) return null;
    setBusy(true);
    form.setFormError(null);
    const result = await write(input);
    setBusy(false);
    if (!result) return null;
    return form.showResult(result) && result.ok ? { value: result.value } : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A form inside another (a record's sub-list) submits itself only.
    event.stopPropagation();
    if (hold?.()) return;
    const saved = await run();
    if (saved) onSaved(saved.value);
  };

  return { ...form, busy, run, submit };
}

export type RecordFormState = Pick<ReturnType<typeof useRecordForm>, 'submit' | 'busy' | 'formError'>;
