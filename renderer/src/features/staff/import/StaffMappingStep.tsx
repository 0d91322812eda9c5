import { Alert, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REQUIRED_STAFF_COLUMNS, STAFF_COLUMNS, type StaffColumn } from '../../../../../api/channels/staff-files';
import type { Output } from '../../../../../api/contract';
import { Ltr } from '../../../components/Ltr';

export type StaffMapping = Partial<Record<StaffColumn, string>>;

interface Props {
  preview: Output<'staff.importPreview'>;
  mapping: StaffMapping;
  onChange: (mapping: StaffMapping) => void;
}

const required = (c: StaffColumn) => REQUIRED_STAFF_COLUMNS.some((alternatives) => alternatives.includes(c));

/** Each expected column → the file column that fills it (suggested by the core), with the first values read as a reminder. */
export function StaffMappingStep({ preview, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const options = [{ value: '', label: t('staff.import.none') }, ...preview.header.filter(Boolean).map((h) => ({ value: h, label: h }))];
  const sample = (header: string | undefined) => {
    const i = header ? preview.header.indexOf(header) : -1;
    return i < 0
      ? ''
      : preview.sample
          .map((r) => r.cells[i] ?? '')
          .filter(Boolean)
          .join(' · ');
  };
  const missing = REQUIRED_STAFF_COLUMNS.filter((alternatives) => !alternatives.some((c) => mapping[c]));
  return (
    <>
      <Text size="sm">{t('staff.import.mappingHint', { count: preview.totalRows })}</Text>
      {missing.length > 0 && (
        <Alert color="orange" role="status">
          {t('staff.import.missing', { columns: missing.map((a) => a.join(' / ')).join(', ') })}
        </Alert>
      )}
      <div style={{ maxHeight: 380, overflow: 'auto' }}>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.import.expected')}</Table.Th>
              <Table.Th>{t('staff.import.fileColumn')}</Table.Th>
              <Table.Th>{t('staff.import.sample')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {STAFF_COLUMNS.map((column) => (
              <Table.Tr key={column}>
                <Table.Td>
                  {t(`staff.import.columns.${column}`)} (<Ltr>{column}</Ltr>){required(column) ? ' *' : ''}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('staff.import.columnFor', { column: t(`staff.import.columns.${column}`) })}
                    data={options}
                    value={mapping[column] ?? ''}
                    onChange={(v) => onChange({ ...mapping, [column]: v ?? '' })}
                    allowDeselect={false}
                    searchable
                    w={240}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" truncate maw={320} dir="auto">
                    {sample(mapping[column])}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
