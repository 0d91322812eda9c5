import type { ReactNode } from 'react';
import { useCall, useDataset } from '../bridge/queries';

/**
 * True while a partner's dataset is shown: it is a read-only copy of someone else's data, so
 * the screens hide every edit action (the core refuses any write anyway, with `read_only`).
 * The dataset is known at once; `app.info.readOnly` also covers a database opened read-only.
 */
export function useReadOnly(): boolean {
  const dataset = useDataset();
  const info = useCall('app.info', {});
  return dataset !== 'own' || Boolean(info.data?.readOnly);
}

/** Shows its children (create, edit, delete, archive, save…) only where edits are possible. */
export function Editable({ children }: { children: ReactNode }) {
  return useReadOnly() ? null : <>{children}</>;
}

/**
 * A form's fields, shown but not editable on a read-only dataset: a native disabled fieldset
 * disables every control inside it at once (the dialog's own close button stays outside), and
 * `read-only-fields` (app/global.css) makes them read as text, not as greyed-out controls.
 */
export function EditableFields({ children }: { children: ReactNode }) {
  const readOnly = useReadOnly();
  return (
    <fieldset
      disabled={readOnly}
      className={readOnly ? 'read-only-fields' : undefined}
      style={{ border: 0, margin: 0, padding: 0, minInlineSize: 0 }}
    >
      {children}
    </fieldset>
  );
}
