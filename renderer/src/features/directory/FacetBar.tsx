import { Checkbox, Group, MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORG_STATUSES } from '../../../../api/channels/directory';
import type { Output } from '../../../../api/contract';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { DirectoryFilters } from './filters';
import { type TermKind, useTerms } from './terms';

type Facets = NonNullable<Output<'organizations.search'>['facets']>;
type ListKey = 'domainIds' | 'publicIds' | 'languageIds' | 'legalStatusIds' | 'quartierIds';

interface Props {
  filters: DirectoryFilters;
  onChange: (patch: Partial<DirectoryFilters>) => void;
  facets: Facets | null | undefined;
}

/**
 * The facets (the panel under the directory's "Filters" button). Each option shows how many
 * organisations it would match given the search and the other facets (the core counts them),
 * so the user never picks an empty result.
 */
export function FacetBar({ filters, onChange, facets }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const terms = useTerms();
  const n = (count: number | undefined) => formatNumber(count ?? 0, lang);

  const termFacet = (kind: TermKind, key: ListKey, facet: keyof Omit<Facets, 'toVerify'>, label: string) => {
    const counts = new Map((facets?.[facet] ?? []).map((c) => [c.value, c.count]));
    const selected = filters[key] ?? [];
    const data = terms
      .of(kind, selected)
      .filter((term) => counts.has(term.id) || selected.includes(term.id))
      .map((term) => ({ value: term.id, label: `${terms.label(term.id, lang)} (${n(counts.get(term.id))})` }));
    return (
      <MultiSelect
        label={label}
        placeholder={selected.length ? undefined : t('directory.facets.any')}
        data={data}
        value={selected}
        onChange={(v) => onChange({ [key]: v })}
        searchable
        clearable
        w={210}
        comboboxProps={{ withinPortal: true }}
      />
    );
  };

  const statusCounts = new Map((facets?.status ?? []).map((c) => [c.value, c.count]));

  return (
    <Group mb="sm" align="flex-end" wrap="wrap" gap="sm">
      {termFacet('domain', 'domainIds', 'domain', t('directory.fields.domains'))}
      {termFacet('public', 'publicIds', 'public', t('directory.fields.publics'))}
      {termFacet('quartier', 'quartierIds', 'quartier', t('directory.fields.quartier'))}
      {termFacet('legal_status', 'legalStatusIds', 'legalStatus', t('directory.fields.legalStatus'))}
      {termFacet('language', 'languageIds', 'language', t('directory.fields.languages'))}
      <MultiSelect
        label={t('directory.fields.status')}
        placeholder={filters.statuses?.length ? undefined : t('directory.facets.any')}
        data={ORG_STATUSES.map((s) => ({ value: s, label: `${t(`directory.statuses.${s}`)} (${n(statusCounts.get(s))})` }))}
        value={filters.statuses ?? []}
        onChange={(v) => onChange({ statuses: v as DirectoryFilters['statuses'] })}
        clearable
        w={210}
      />
      <Checkbox
        mb={8}
        label={`${t('directory.facets.toVerify')} (${n(facets?.toVerify)})`}
        checked={filters.toVerify ?? false}
        onChange={(e) => onChange({ toVerify: e.currentTarget.checked })}
      />
    </Group>
  );
}
