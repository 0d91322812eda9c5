import { Drawer, Modal } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { type ReactNode, useCallback, useId, useMemo, useRef, useState } from 'react';
import { ConfirmDiscard } from './ConfirmDiscard';
import { type DialogGuard, DialogGuardContext, useReturnFocus } from './dialog-guard';

interface Props {
  /** A modal dialog (short forms) or a wide drawer on the reading end (records with long texts). */
  kind?: 'modal' | 'drawer';
  title: ReactNode;
  size?: string | number;
  /** Closes the dialog for good: the parent stops rendering it. */
  onClose: () => void;
  /** Unsaved work that is not a useRecordForm form (a wizard half-way through). */
  dirty?: boolean;
  children: ReactNode;
}

/**
 * The frame of every form shown over a screen. However it is closed — Escape, a click outside,
 * the × button, Cancel — it first asks "discard your changes?" when a form inside holds unsaved
 * edits; and when it has closed the focus goes back to what opened it. A record's form is:
 *
 *   <FormDialog kind="drawer" title={…} onClose={close}>
 *     <RecordForm form={useRecordForm(schema, initial, { save, onSaved: close })} name={…} remove={…}>
 *       …the fields, with form.values / form.set / form.errors…
 *     </RecordForm>
 *   </FormDialog>
 *
 * (the hook in a component inside the dialog, which it then tells about its edits; or beside
 * the dialog, which is then given `dirty={form.dirty}`).
 *
 * Escape is handled here rather than by Mantine, which closes every open dialog on one Escape:
 * a confirmation shown over the form (delete, discard) would take the form away with it.
 */
export function FormDialog({ kind = 'modal', title, size, onClose, dirty = false, children }: Props) {
  const id = useId();
  const dirtyForms = useRef(new Set<string>());
  const [asking, setAsking] = useState(false);
  useReturnFocus();

  const requestClose = useCallback(() => {
    if (dirty || dirtyForms.current.size > 0) setAsking(true);
    else onClose();
  }, [dirty, onClose]);

  const guard = useMemo<DialogGuard>(
    () => ({
      report: (formId, isDirty) => void (isDirty ? dirtyForms.current.add(formId) : dirtyForms.current.delete(formId)),
      requestClose,
      close: onClose,
    }),
    [requestClose, onClose],
  );

  // In the capture phase, like Mantine: a select's open list must still be marked as open.
  useWindowEvent(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing || asking) return;
      const target = event.target instanceof Element ? event.target : null;
      // An open list (select, menu) closes first; Mantine marks its input while it is open.
      if (target?.closest('[data-mantine-stop-propagation="true"]')) return;
      // So does an open calendar (components/DateField): its field closes it on Escape.
      if (target?.closest('[data-dates-input]') && document.querySelector('[data-dates-dropdown]')) return;
      // Pressed in another dialog over this one (a confirmation): that one closes, not this.
      const other = target?.closest('[role="dialog"]');
      if (other && !document.getElementById(id)?.contains(other)) return;
      requestClose();
    },
    { capture: true },
  );

  /**
   * The question is leaving the screen. Mantine gives the focus back to what had it before the
   * question (a field, after Escape); after a click outside nothing had it: back into the dialog.
   */
  const refocus = () => {
    const root = document.getElementById(id);
    if (root && !root.contains(document.activeElement)) root.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  };

  const Frame = kind === 'drawer' ? Drawer : Modal;
  return (
    <DialogGuardContext.Provider value={guard}>
      <Frame
        opened
        id={id}
        onClose={requestClose}
        closeOnEscape={false}
        title={title}
        size={size}
        // Mantine mirrors the side in right-to-left, so "right" is the reading end in both languages.
        {...(kind === 'drawer' ? { position: 'right' as const } : {})}
      >
        {children}
      </Frame>
      {/* Beside the frame, not inside it: its events must not reach the frame's handlers. */}
      <ConfirmDiscard opened={asking} onKeep={() => setAsking(false)} onDiscard={onClose} onClosed={refocus} />
    </DialogGuardContext.Provider>
  );
}
