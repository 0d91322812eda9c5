import type { Language } from '../../i18n';
import type { OrgRow } from './filters';
import type { Terms } from './terms';

/** The domains an organisation works in, named in the interface language (`terms`: read once for the whole list). */
export const rowDomains = (row: OrgRow, terms: Terms, lang: Language) => (
  <span className="list-text">{row.domainIds.map((id) => terms.label(id, lang)).join(' · ')}</span>
);

export const rowScore = (row: OrgRow) => <span className="list-text">{row.qualityScore == null ? '—' : `${row.qualityScore}%`}</span>;
