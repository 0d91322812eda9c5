import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { BilingualList } from '../../../components/BilingualList';
import type { Term, TermKind } from '../terms';
import { TermForm } from './TermForm';

interface Props {
  kind: TermKind;
  terms: Term[];
  onError: (error: AppError | null) => void;
}

/**
 * One bilingual list (domains, publics, languages, legal statuses or quartiers). A term's code
 * (what imports and exports recognise) is shown in its edit form only: experts look for it there.
 */
export function TermList({ kind, terms, onError }: Props) {
  const { t } = useTranslation();
  // { term: null } adds a term; a term edits it.
  const [editing, setEditing] = useState<{ term: Term | null } | null>(null);

  const toggle = async (term: Term) => {
    const result = await invoke('terms.setArchived', { id: term.id, archived: !term.archivedAt });
    onError(result.ok ? null : result.error);
  };

  return (
    <BilingualList
      title={t(`directory.lists.kinds.${kind}`)}
      addLabel={t(`directory.lists.add.${kind}`)}
      items={terms}
      onAdd={() => setEditing({ term: null })}
      onEdit={(term) => setEditing({ term })}
      onToggleArchived={(term) => void toggle(term)}
    >
      {editing && <TermForm kind={kind} term={editing.term} onClose={() => setEditing(null)} />}
    </BilingualList>
  );
}
