import { Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { termCreate } from '../../../../../api/channels/directory-records';
import { invoke } from '../../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { FormActions } from '../../../components/FormActions';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import { useZodForm } from '../../../lib/form';
import type { Term, TermKind } from '../terms';

/**
 * Adds or renames one term of a bilingual list. The code is chosen once (the core derives it
 * from the name when left empty) and then stays: imports and exports recognise terms by it.
 */
export function TermForm({ kind, term, onClose }: { kind: TermKind; term: Term | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useZodForm(termCreate, { kind, code: term?.code ?? '', nameFr: term?.nameFr ?? '', nameAr: term?.nameAr ?? '' });
  const { values, set, errors } = form;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    const result = term
      ? await invoke('terms.update', { id: term.id, nameFr: input.nameFr, nameAr: input.nameAr })
      : await invoke('terms.create', input);
    if (form.showResult(result)) onClose();
  };

  const title = term
    ? t('directory.lists.editTitle', { name: pickName(term.nameFr, term.nameAr, i18n.language as Language) || term.code })
    : t(`directory.lists.newTitle.${kind}`);
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <BilingualInput label={t('directory.lists.name')} required {...bilingualField(form, 'name')} />
          <TextInput
            label={t('directory.lists.code')}
            description={t(term ? 'directory.lists.codeFixed' : 'directory.lists.codeHint')}
            name="code"
            dir="ltr"
            w={260}
            value={values.code ?? ''}
            disabled={Boolean(term)}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code && t(errors.code)}
          />
          <FormActions error={form.formError} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
