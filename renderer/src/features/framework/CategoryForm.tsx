import { Group, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryCreate } from '../../../../api/channels/competencies';
import type { Output } from '../../../../api/contract';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';

type Category = Output<'categories.create'>;

export function CategoryForm({
  category,
  nextPosition,
  onClose,
}: {
  category: Category | null;
  nextPosition: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useRecordForm(
    categoryCreate,
    {
      code: category?.code ?? '',
      nameFr: category?.nameFr ?? '',
      nameAr: category?.nameAr ?? '',
      position: category?.position ?? nextPosition,
    },
    {
      save: (input) => (category ? invoke('categories.update', { id: category.id, ...input }) : invoke('categories.create', input)),
      onSaved: onClose,
    },
  );
  const { values, set, errors } = form;

  return (
    <FormDialog title={category ? t('framework.editCategory') : t('framework.newCategory')} size="lg" onClose={onClose} dirty={form.dirty}>
      <RecordForm form={form}>
        <Group grow align="flex-start">
          <TextInput
            label={t('framework.code')}
            name="code"
            dir="ltr"
            value={values.code ?? ''}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code && t(errors.code)}
          />
          <NumberInput
            label={t('framework.position')}
            description={t('framework.positionHint')}
            name="position"
            min={0}
            allowDecimal={false}
            value={values.position ?? 0}
            onChange={(v) => set('position', typeof v === 'number' ? v : 0)}
            error={errors.position && t(errors.position)}
          />
        </Group>
        <BilingualInput label={t('framework.categoryName')} required {...bilingualField(form, 'name')} />
      </RecordForm>
    </FormDialog>
  );
}
