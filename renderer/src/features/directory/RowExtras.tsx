import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { useTerms } from './terms';

/**
 * Domains and quality score of one visible row. The search rows do not carry them (reported
 * to the core), so each visible row reads its record; the list is virtualised, so only the
 * dozen rows on screen ask, and the cache keeps what was read.
 */
export function RowExtras({ id }: { id: string }) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  const org = useCall('organizations.get', { id });
  const terms = useTerms();
  const domains = (org.data?.termIds ?? []).filter((tid) => terms.byId.get(tid)?.kind === 'domain').map((tid) => terms.label(tid, lang));
  const score = org.data?.qualityScore;
  return (
    <>
      <span role="cell">
        <Text span fz="sm">
          {domains.join(' · ')}
        </Text>
      </span>
      <span role="cell">
        <Text span fz="sm">
          {score == null ? '—' : `${score}%`}
        </Text>
      </span>
    </>
  );
}
