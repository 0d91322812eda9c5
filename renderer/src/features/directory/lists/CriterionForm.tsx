import { Group, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { criterionCreate } from '../../../../../api/channels/directory-records';
import type { Output } from '../../../../../api/contract';
import { invoke } from '../../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../../components/BilingualInput';
import { CodeField } from './CodeField';
import { FormDialog } from '../../../components/FormDialog';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';

export type Criterion = Output<'criteria.list'>[number];

/**
 * Adds or edits one criterion of the quality checklist: its name in both scripts, its weight in
 * the score and how long a check stays valid (empty: for good). The code, as for terms, is set once.
 */
export function CriterionForm({ criterion, onClose }: { criterion: Criterion | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useRecordForm(
    criterionCreate,
    {
      code: criterion?.code ?? '',
      nameFr: criterion?.nameFr ?? '',
      nameAr: criterion?.nameAr ?? '',
      weight: criterion?.weight ?? 1,
      validityMonths: criterion?.validityMonths ?? null,
    },
    {
      // The code is set once, at creation.
      save: ({ code, ...fields }) =>
        criterion ? invoke('criteria.update', { id: criterion.id, ...fields }) : invoke('criteria.create', { code, ...fields }),
      onSaved: onClose,
    },
  );
  const { values, set, errors } = form;

  const title = criterion
    ? t('directory.lists.editTitle', { name: pickName(criterion.nameFr, criterion.nameAr, i18n.language as Language) || criterion.code })
    : t('directory.lists.newCriterion');
  return (
    <FormDialog title={title} size="lg" onClose={onClose} dirty={form.dirty}>
      <RecordForm form={form}>
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
        <CodeField fixed={Boolean(criterion)} value={values.code} onChange={(code) => set('code', code)} error={errors.code} />
      </RecordForm>
    </FormDialog>
  );
}
