import { createContext, useContext, useEffect, useRef, useState } from 'react';

/**
 * What a FormDialog offers the forms inside it. Forms built with useRecordForm report whether
 * they hold unsaved edits, so the dialog knows to ask before it closes, however it is closed.
 */
export interface DialogGuard {
  /** A form (by its id) has, or no longer has, unsaved edits. */
  report: (formId: string, dirty: boolean) => void;
  /** Closes the dialog, after asking when something inside holds unsaved edits (Cancel, Escape, ×). */
  requestClose: () => void;
  /** Closes the dialog at once (after a save or a delete: nothing is left to lose). */
  close: () => void;
}

export const DialogGuardContext = createContext<DialogGuard | null>(null);

/** The enclosing FormDialog's guard, or null for a form that stands on a page. */
export const useDialogGuard = (): DialogGuard | null => useContext(DialogGuardContext);

/**
 * Gives the focus back to what had it when the dialog opened (the button or row that opened
 * it), once the dialog is gone (docs/ARCHITECTURE.md §5). Mantine only does so for a dialog that stays
 * mounted; these dialogs are unmounted when they close, so that a new one starts afresh.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => document.activeElement);
  const pending = useRef(0);
  useEffect(() => {
    // Mounted again at once (React's StrictMode checks): the dialog is still open.
    window.clearTimeout(pending.current);
    return () => {
      pending.current = window.setTimeout(() => {
        const now = document.activeElement;
        // Unless the user (or another dialog) has already put the focus somewhere.
        const lost = !now || now === document.body || !now.isConnected;
        if (lost && opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
      });
    };
  }, [opener]);
}
