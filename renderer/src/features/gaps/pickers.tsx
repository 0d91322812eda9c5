import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  /** The chosen record's name, shown before any search (an edited need names its subject). */
  current?: { value: string; label: string } | null;
}

/**
 * Pickers over long lists: what is typed is searched by the core (in either script, the same
 * folding as the lists), twenty answers at a time.
 */
function useSearch(current: Props['current']) {
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  // The chosen option stays offered while the search moves on (its label is then the search).
  const [chosen, setChosen] = useState(current ?? null);
  return { typed, setTyped, query, chosen, setChosen };
}

const keep = (options: { value: string; label: string }[], current: Props['current'], value: string | null) =>
  current && value === current.value && !options.some((o) => o.value === current.value) ? [current, ...options] : options;

/** A staff member, by name or matricule. */
export function StaffPicker({ label, value, onChange, error, current }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const s = useSearch(current);
  const list = useCall('staff.list', { query: s.query, status: 'active', lang, limit: 20 }, { keepPrevious: true });
  const options = (list.data?.rows ?? []).map((r) => ({
    value: r.id,
    label: `${pickName(r.nameFr, r.nameAr, lang)} (${ltr(r.matricule)})`,
  }));
  return (
    <Select
      label={label}
      withAsterisk
      searchable
      filter={({ options: o }) => o}
      data={keep(options, s.chosen, value)}
      value={value}
      onChange={(v) => {
        s.setChosen(options.find((o) => o.value === v) ?? s.chosen);
        onChange(v);
      }}
      onSearchChange={s.setTyped}
      placeholder={t('gaps.needs.typeToSearch')}
      nothingFoundMessage={t('gaps.needs.nobodyFound')}
      error={error}
    />
  );
}

/** An association of the social directory, by name. */
export function OrganizationPicker({ label, value, onChange, error, current }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const s = useSearch(current);
  const list = useCall(
    'organizations.search',
    { query: s.query, lang, limit: 20, withFacets: false, sort: 'name' },
    { keepPrevious: true },
  );
  const options = (list.data?.rows ?? []).map((r) => ({ value: r.id, label: pickName(r.nameFr, r.nameAr, lang) }));
  return (
    <Select
      label={label}
      withAsterisk
      searchable
      filter={({ options: o }) => o}
      data={keep(options, s.chosen, value)}
      value={value}
      onChange={(v) => {
        s.setChosen(options.find((o) => o.value === v) ?? s.chosen);
        onChange(v);
      }}
      onSearchChange={s.setTyped}
      placeholder={t('gaps.needs.typeToSearch')}
      nothingFoundMessage={t('gaps.needs.noOrganizationFound')}
      error={error}
    />
  );
}
