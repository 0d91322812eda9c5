import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Competency, competencyCreate } from '../../../../api/channels/competencies';
import type { Output } from '../../../../api/contract';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { FormActions } from '../../components/FormActions';
import type { Language } from '../../i18n';
import { useZodForm } from '../../lib/form';
import { pickName } from '../../lib/format';
import { EditableFields } from '../../components/Editable';

interface Props {
  categories: Output<'framework.get'>['categories'];
  competency: Competency | null;
  categoryId: string;
  onClose: () => void;
}

export function CompetencyForm({ categories, competency, categoryId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const form = useZodForm(competencyCreate, {
    categoryId: competency?.categoryId ?? categoryId,
    code: competency?.code ?? '',
    nameFr: competency?.nameFr ?? '',
    nameAr: competency?.nameAr ?? '',
    descriptionFr: competency?.descriptionFr ?? '',
    descriptionAr: competency?.descriptionAr ?? '',
  });
  const { values, set, errors } = form;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    const result = competency
      ? await invoke('competencies.update', { id: competency.id, ...input })
      : await invoke('competencies.create', input);
    if (form.showResult(result)) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={competency ? t('framework.editCompetency') : t('framework.newCompetency')} size="xl">
      <form onSubmit={submit} noValidate>
        <EditableFields>
          <Stack>
            <Group grow align="flex-start">
              <Select
                label={t('framework.category')}
                name="categoryId"
                withAsterisk
                data={categories.map((c) => ({ value: c.id, label: pickName(c.nameFr, c.nameAr, lang) || c.code }))}
                value={values.categoryId}
                onChange={(v) => v && set('categoryId', v)}
                allowDeselect={false}
                error={errors.categoryId && t(errors.categoryId)}
              />
              <TextInput
                label={t('framework.code')}
                name="code"
                dir="ltr"
                withAsterisk
                value={values.code}
                onChange={(e) => set('code', e.currentTarget.value)}
                error={errors.code && t(errors.code)}
              />
            </Group>
            <BilingualInput label={t('framework.competencyName')} required {...bilingualField(form, 'name')} />
            <BilingualInput label={t('framework.description')} multiline {...bilingualField(form, 'description')} />
            <FormActions error={form.formError} onCancel={onClose} />
          </Stack>
        </EditableFields>
      </form>
    </Modal>
  );
}
