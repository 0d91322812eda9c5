import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField } from '../../../../../api/channels/directory-files';
import type { Output } from '../../../../../api/contract';
import type { Mapping } from './types';

interface Props {
  preview: Output<'directory.importPreview'>;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

/** Each source column → a field of the directory (or ignored), with the first values read (keyed by field) as a reminder. */
export function MappingStep({ preview, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const options = [
    { value: '', label: t('directory.import.ignore') },
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: `${t(`directory.import.fields.${f}`)} (${f})` })),
  ];
  const sample = (column: string) =>
    preview.rows
      .slice(0, 3)
      .map((r) => r.values[preview.mapping[column] || column])
      .filter(Boolean)
      .join(' · ');
  return (
    <>
      <Text size="sm">{t('directory.import.mappingHint', { count: preview.totalRows })}</Text>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('directory.import.column')}</Table.Th>
            <Table.Th>{t('directory.import.field')}</Table.Th>
            <Table.Th>{t('directory.import.sample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.columns.map((column) => (
            <Table.Tr key={column}>
              <Table.Td dir="auto">{column}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('directory.import.fieldFor', { column })}
                  data={options}
                  value={mapping[column] ?? ''}
                  onChange={(v) => onChange({ ...mapping, [column]: (v ?? '') as ImportField | '' })}
                  allowDeselect={false}
                  searchable
                  w={260}
                />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" truncate maw={320} dir="auto">
                  {sample(column)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
