import { Alert, Badge, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../api/contract';
import { Ltr } from '../../../components/Ltr';
import { problemText } from '../../../lib/problem-text';

interface Props {
  preview: Output<'staff.importPreview'>;
  createUnits: boolean;
  onCreateUnits: (on: boolean) => void;
}

const COLORS = { create: 'teal', update: 'blue', rejected: 'red' } as const;

/** What the import will do, row by row (line numbers as in the file), with the count over the whole file. */
export function StaffPreviewStep({ preview, createUnits, onCreateUnits }: Props) {
  const { t } = useTranslation();
  const name = (v: Record<string, string>) =>
    [[v.nom, v.prenom].filter(Boolean).join(' '), [v.nom_ar, v.prenom_ar].filter(Boolean).join(' ')].filter(Boolean).join(' / ');
  return (
    <>
      <Checkbox
        label={t('staff.import.createUnits')}
        description={t('staff.import.createUnitsHint')}
        checked={createUnits}
        onChange={(e) => onCreateUnits(e.currentTarget.checked)}
      />
      <Alert color="blue" title={t('staff.import.dryRunTitle')}>
        <Text size="sm" data-testid="staff-import-counts">
          {t('staff.import.counts', preview.counts)}
        </Text>
      </Alert>
      <Text size="sm" c="dimmed">
        {t('staff.import.previewHint', { shown: preview.rows.length, count: preview.totalRows })}
      </Text>
      <div style={{ maxHeight: 300, overflow: 'auto' }}>
        <Table withTableBorder striped stickyHeader aria-label={t('staff.import.stepPreview')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.import.line')}</Table.Th>
              <Table.Th>{t('staff.matricule')}</Table.Th>
              <Table.Th>{t('staff.name')}</Table.Th>
              <Table.Th>{t('staff.unit')}</Table.Th>
              <Table.Th>{t('staff.import.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((r) => (
              <Table.Tr key={r.line}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td>
                  <Ltr>{r.values.matricule ?? ''}</Ltr>
                </Table.Td>
                <Table.Td dir="auto">{name(r.values)}</Table.Td>
                <Table.Td dir="auto">{r.values.unite ?? ''}</Table.Td>
                <Table.Td>
                  <Badge color={COLORS[r.outcome]} variant="light">
                    {t(`staff.import.outcomes.${r.outcome}`)}
                  </Badge>
                  {r.problemKeys.map((p, i) => (
                    <Text key={i} size="sm" c="red.9">
                      {problemText(t, p)}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
