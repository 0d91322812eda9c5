import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { useTerms } from './terms';
import type { OrgRow } from './filters';

/** The domains an organisation works in, named in the interface language. */
export function RowDomains({ row }: { row: OrgRow }) {
  const { i18n } = useTranslation();
  const terms = useTerms();
  return (
    <Text span fz="sm">
      {row.domainIds.map((id) => terms.label(id, i18n.language as Language)).join(' · ')}
    </Text>
  );
}

export function RowScore({ row }: { row: OrgRow }) {
  return (
    <Text span fz="sm">
      {row.qualityScore == null ? '—' : `${row.qualityScore}%`}
    </Text>
  );
}
