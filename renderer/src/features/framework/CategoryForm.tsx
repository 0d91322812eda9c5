import { Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryCreate } from '../../../../api/channels/competencies';
import type { Output } from '../../../../api/contract';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { FormActions } from '../../components/FormActions';
import { useZodForm } from '../../lib/form';
import { EditableFields } from '../../components/Editable';

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
  const form = useZodForm(categoryCreate, {
    code: category?.code ?? '',
    nameFr: category?.nameFr ?? '',
    nameAr: category?.nameAr ?? '',
    position: category?.position ?? nextPosition,
  });
  const { values, set, errors } = form;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    const result = category ? await invoke('categories.update', { id: category.id, ...input }) : await invoke('categories.create', input);
    if (form.showResult(result)) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={category ? t('framework.editCategory') : t('framework.newCategory')} size="lg">
      <form onSubmit={submit} noValidate>
        <EditableFields>
          <Stack>
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
            <FormActions error={form.formError} onCancel={onClose} />
          </Stack>
        </EditableFields>
      </form>
    </Modal>
  );
}
