import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Competency, competencyCreate } from '../../../../api/channels/competencies';
import type { Output } from '../../../../api/contract';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';

interface Props {
  categories: Output<'framework.get'>['categories'];
  competency: Competency | null;
  categoryId: string;
  onClose: () => void;
}

export function CompetencyForm({ categories, competency, categoryId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const form = useRecordForm(
    competencyCreate,
    {
      categoryId: competency?.categoryId ?? categoryId,
      code: competency?.code ?? '',
      nameFr: competency?.nameFr ?? '',
      nameAr: competency?.nameAr ?? '',
      descriptionFr: competency?.descriptionFr ?? '',
      descriptionAr: competency?.descriptionAr ?? '',
    },
    {
      save: (input) => (competency ? invoke('competencies.update', { id: competency.id, ...input }) : invoke('competencies.create', input)),
      onSaved: onClose,
    },
  );
  const { values, set, errors } = form;

  return (
    <FormDialog
      title={competency ? t('framework.editCompetency') : t('framework.newCompetency')}
      size="xl"
      onClose={onClose}
      dirty={form.dirty}
    >
      <RecordForm form={form}>
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
      </RecordForm>
    </FormDialog>
  );
}
