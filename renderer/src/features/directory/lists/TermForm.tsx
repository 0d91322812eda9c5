import { useTranslation } from 'react-i18next';
import { termCreate } from '../../../../../api/channels/directory-records';
import { invoke } from '../../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { CodeField } from './CodeField';
import { FormDialog } from '../../../components/FormDialog';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import type { Term, TermKind } from '../terms';

/**
 * Adds or renames one term of a bilingual list. The code is chosen once (the core derives it
 * from the name when left empty) and then stays: imports and exports recognise terms by it.
 */
interface Props {
  kind: TermKind;
  term: Term | null;
  onClose: () => void;
  /** After a save, instead of closing: a form that asked for a new term picks it. */
  onSaved?: (term: Term) => void;
}

export function TermForm({ kind, term, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const form = useRecordForm(
    termCreate,
    { kind, code: term?.code ?? '', nameFr: term?.nameFr ?? '', nameAr: term?.nameAr ?? '' },
    {
      save: (input) =>
        term ? invoke('terms.update', { id: term.id, nameFr: input.nameFr, nameAr: input.nameAr }) : invoke('terms.create', input),
      onSaved: onSaved ?? onClose,
    },
  );
  const { values, set, errors } = form;

  const title = term
    ? t('directory.lists.editTitle', { name: pickName(term.nameFr, term.nameAr, i18n.language as Language) || term.code })
    : t(`directory.lists.newTitle.${kind}`);
  return (
    <FormDialog title={title} size="lg" onClose={onClose} dirty={form.dirty}>
      <RecordForm form={form}>
        <BilingualInput label={t('directory.lists.name')} required {...bilingualField(form, 'name')} />
        <CodeField fixed={Boolean(term)} value={values.code} onChange={(code) => set('code', code)} error={errors.code} />
      </RecordForm>
    </FormDialog>
  );
}
