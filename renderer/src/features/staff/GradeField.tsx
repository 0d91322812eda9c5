import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { GradeForm } from './GradeForm';

interface Props {
  value: string | null;
  onChange: (gradeId: string | null) => void;
  error?: string;
}

/** A staff member's grade, chosen from the bilingual list; a grade missing from it is added here. */
export function GradeField({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const grades = useCall('grades.list', { includeArchived: true });
  const [adding, setAdding] = useState(false);
  // Archived grades leave the choices, except the one this record already has.
  const data = (grades.data ?? [])
    .filter((g) => !g.archivedAt || g.id === value)
    .map((g) => ({ value: g.id, label: pickName(g.nameFr, g.nameAr, lang) }));
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        style={{ flex: 1 }}
        label={t('staff.grade')}
        name="gradeId"
        data={data}
        value={value}
        onChange={onChange}
        error={error}
        nothingFoundMessage={t('staff.grades.notListed')}
        searchable
        clearable
      />
      <Editable>
        <Button variant="subtle" size="xs" mb={error ? 24 : 4} onClick={() => setAdding(true)}>
          {t('staff.grades.addShort')}
        </Button>
      </Editable>
      {adding && <GradeForm grade={null} onClose={() => setAdding(false)} onSaved={(g) => (onChange(g.id), setAdding(false))} />}
    </Group>
  );
}
