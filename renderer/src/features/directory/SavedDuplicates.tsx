import { useState } from 'react';
import type { Organization } from '../../../../api/channels/directory';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import { DuplicateAlert } from './DuplicateAlert';

/**
 * Duplicates of a saved record (created anyway, or imported): the user can open the other one
 * or merge this record into it, which keeps every non-empty field and link.
 */
export function SavedDuplicates({ org, onOpen }: { org: Organization; onOpen: (id: string) => void }) {
  const matches = useCall('organizations.duplicates', {
    nameFr: org.nameFr,
    nameAr: org.nameAr,
    phones: org.phones,
    email: org.email,
    excludeId: org.id,
  });
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!matches.data?.length) return null;
  const merge = async (keepId: string) => {
    setBusy(true);
    const result = await invoke('organizations.merge', { keepId, mergeId: org.id });
    setBusy(false);
    if (result.ok) onOpen(keepId);
    else setError(result.error);
  };
  return (
    <>
      <DuplicateAlert matches={matches.data} busy={busy} onOpen={onOpen} onMerge={(id) => void merge(id)} />
      <FormError error={error} />
    </>
  );
}
