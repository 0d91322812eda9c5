import { useTranslation } from 'react-i18next';
import { type Grade, gradeCreate } from '../../../../api/channels/staff';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';

interface Props {
  grade: Grade | null;
  onClose: () => void;
  /** After a save, instead of closing: the staff form that asked for a new grade picks it. */
  onSaved?: (grade: Grade) => void;
}

/** Adds or renames a grade, in both scripts. */
export function GradeForm({ grade, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const form = useRecordForm(
    gradeCreate,
    { nameFr: grade?.nameFr ?? '', nameAr: grade?.nameAr ?? '' },
    {
      save: (input) => (grade ? invoke('grades.update', { id: grade.id, ...input }) : invoke('grades.create', input)),
      onSaved: onSaved ?? onClose,
    },
  );
  const title = grade
    ? t('staff.grades.editTitle', { name: pickName(grade.nameFr, grade.nameAr, i18n.language as Language) })
    : t('staff.grades.newTitle');
  return (
    <FormDialog title={title} size="lg" onClose={onClose} dirty={form.dirty}>
      <RecordForm form={form}>
        <BilingualInput label={t('staff.grade')} required {...bilingualField(form, 'name')} />
      </RecordForm>
    </FormDialog>
  );
}
