import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { useTerms } from './terms';

/**
 * Domains and quality score of one visible row. The search rows do not carry them, so each
 * visible row reads its record; the list is virtualised, so only the dozen rows on screen ask,
 * and the cache keeps what was read (both cells share one read).
 */
function useRowExtras(id: string) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  const org = useCall('organizations.get', { id });
  const terms = useTerms();
  const domains = (org.data?.termIds ?? []).filter((tid) => terms.byId.get(tid)?.kind === 'domain').map((tid) => terms.label(tid, lang));
  return { domains, score: org.data?.qualityScore };
}

export function RowDomains({ id }: { id: string }) {
  return (
    <Text span fz="sm">
      {useRowExtras(id).domains.join(' · ')}
    </Text>
  );
}

export function RowScore({ id }: { id: string }) {
  const { score } = useRowExtras(id);
  return (
    <Text span fz="sm">
      {score == null ? '—' : `${score}%`}
    </Text>
  );
}
