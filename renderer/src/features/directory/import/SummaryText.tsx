import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../api/contract';
import { problemText } from '../../../lib/problem-text';

/** What an import did (or would do, in a dry run): imported, duplicates, rejected lines with their reason. */
export function SummaryText({ summary }: { summary: Output<'directory.import'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" data-testid="import-summary">
        {t(summary.dryRun ? 'directory.import.wouldImport' : 'directory.import.imported', { count: summary.imported })} ·{' '}
        {t('directory.import.duplicates', { count: summary.duplicates })}
        {summary.merged ? ` · ${t('directory.import.merged', { count: summary.merged })}` : ''} ·{' '}
        {t('directory.import.rejected', { count: summary.rejected.length })}
      </Text>
      {summary.rejected.length > 0 && (
        <List size="sm" mt="xs">
          {summary.rejected.slice(0, 50).map((r) => (
            <List.Item key={r.line}>
              {t('directory.import.line', { line: r.line })} {r.problemKeys.map((p) => problemText(t, p)).join(' ')}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
