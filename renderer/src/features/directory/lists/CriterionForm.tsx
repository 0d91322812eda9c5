import { Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { criterionCreate } from '../../../../../api/channels/directory-records';
import type { Output } from '../../../../../api/contract';
import { invoke } from '../../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { FormActions } from '../../../components/FormActions';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import { useZodForm } from '../../../lib/form';

export type Criterion = Output<'criteria.list'>[number];

/**
 * Adds or edits one criterion of the quality checklist: its name in both scripts, its weight in
 * the score and how long a check stays valid (empty: for good). The code, as for terms, is set once.
 */
export function CriterionForm({ criterion, onClose }: { criterion: Criterion | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useZodForm(criterionCreate, {
    code: criterion?.code ?? '',
    nameFr: criterion?.nameFr ?? '',
    nameAr: criterion?.nameAr ?? '',
    weight: criterion?.weight ?? 1,
    validityMonths: criterion?.validityMonths ?? null,
  });
  const { values, set, errors } = form;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    const { code: _code, ...fields } = input;
    const result = criterion ? await invoke('criteria.update', { id: criterion.id, ...fields }) : await invoke('criteria.create', input);
    if (form.showResult(result)) onClose();
  };

  const title = criterion
    ? t('directory.lists.editTitle', { name: pickName(criterion.nameFr, criterion.nameAr, i18n.language as Language) || criterion.code })
    : t('directory.lists.newCriterion');
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <BilingualInput label={t('directory.lists.criterionName')} required multiline {...bilingualField(form, 'name')} />
          <Group grow align="flex-start">
            <NumberInput
              label={t('directory.lists.weight')}
              description={t('directory.lists.weightHint')}
              name="weight"
              min={1}
              max={10}
              allowDecimal={false}
              value={values.weight ?? 1}
              onChange={(v) => set('weight', typeof v === 'number' ? v : 1)}
              error={errors.weight && t(errors.weight)}
            />
            <NumberInput
              label={t('directory.lists.validity')}
              description={t('directory.lists.validityHint')}
              name="validityMonths"
              min={1}
              max={120}
              allowDecimal={false}
              value={values.validityMonths ?? ''}
              onChange={(v) => set('validityMonths', typeof v === 'number' ? v : null)}
              error={errors.validityMonths && t(errors.validityMonths)}
            />
          </Group>
          <TextInput
            label={t('directory.lists.code')}
            description={t(criterion ? 'directory.lists.codeFixed' : 'directory.lists.codeHint')}
            name="code"
            dir="ltr"
            w={260}
            value={values.code ?? ''}
            disabled={Boolean(criterion)}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code && t(errors.code)}
          />
          <FormActions error={form.formError} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
