import { Alert, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_POLICIES } from '../../../../../api/channels/directory-files';
import type { Output } from '../../../../../api/contract';
import type { Policy } from './types';
import { problemText } from '../../../lib/problem-text';
import { SummaryText } from './SummaryText';

interface Props {
  preview: Output<'directory.importPreview'>;
  dryRun: Output<'directory.import'> | null;
  policy: Policy;
  onPolicy: (policy: Policy) => void;
}

/** The first rows as they will be read, their problems with the line number, and the dry run's count. */
export function PreviewStep({ preview, dryRun, policy, onPolicy }: Props) {
  const { t } = useTranslation();
  const name = (values: Record<string, string>) => [values.nom_fr, values.nom_ar].filter(Boolean).join(' / ');
  return (
    <>
      <Select
        label={t('directory.import.onDuplicate')}
        data={DUPLICATE_POLICIES.map((p) => ({ value: p, label: t(`directory.import.policies.${p}`) }))}
        value={policy}
        onChange={(v) => v && onPolicy(v as Policy)}
        allowDeselect={false}
        w={320}
      />
      {dryRun && (
        <Alert color="blue" title={t('directory.import.dryRunTitle')}>
          <SummaryText summary={dryRun} />
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('directory.import.previewHint', { shown: preview.rows.length, count: preview.totalRows })}
      </Text>
      <div style={{ maxHeight: 320, overflow: 'auto' }}>
        <Table withTableBorder striped stickyHeader aria-label={t('directory.import.stepPreview')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.import.lineHeader')}</Table.Th>
              <Table.Th>{t('directory.fields.name')}</Table.Th>
              <Table.Th>{t('directory.fields.quartier')}</Table.Th>
              <Table.Th>{t('directory.import.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((r) => (
              <Table.Tr key={r.line}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td dir="auto">{name(r.values)}</Table.Td>
                <Table.Td dir="auto">{r.values.quartier ?? ''}</Table.Td>
                <Table.Td>
                  {r.problemKeys.map((p, i) => (
                    <Text key={i} size="sm" c="red.9">
                      {problemText(t, p)}
                    </Text>
                  ))}
                  {r.duplicateOf.length > 0 && (
                    <Text size="sm" c="orange.9">
                      {t('directory.import.looksLike', { count: r.duplicateOf.length })}
                    </Text>
                  )}
                  {!r.problemKeys.length && !r.duplicateOf.length && <Text size="sm">{t('directory.import.ok')}</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
