import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../api/channels/staff';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualList } from '../../components/BilingualList';
import { FormDialog } from '../../components/FormDialog';
import { FormError } from '../../components/FormError';
import { GradeForm } from './GradeForm';

/**
 * The grades of the civil service, a bilingual list the staff records choose from: added,
 * renamed, archived (an archived grade leaves the choices, not the records that have it).
 */
export function GradesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const grades = useCall('grades.list', { includeArchived: true });
  const [editing, setEditing] = useState<{ grade: Grade | null } | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const toggle = async (grade: Grade) => {
    const result = await invoke('grades.setArchived', { id: grade.id, archived: !grade.archivedAt });
    setError(result.ok ? null : result.error);
  };

  return (
    <FormDialog title={t('staff.grades.title')} size="xl" onClose={onClose}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('staff.grades.intro')}
        </Text>
        <FormError error={error} />
        <BilingualList
          title={t('staff.grades.list')}
          addLabel={t('staff.grades.add')}
          items={grades.data ?? []}
          onAdd={() => setEditing({ grade: null })}
          onEdit={(grade) => setEditing({ grade })}
          onToggleArchived={(grade) => void toggle(grade)}
        >
          {editing && <GradeForm grade={editing.grade} onClose={() => setEditing(null)} />}
        </BilingualList>
      </Stack>
    </FormDialog>
  );
}
