import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../../../api/channels/dashboard';
import { useCall } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { unitOptions } from '../../lib/unit-tree';
import { renderUnitOption } from '../../components/UnitOption';
import { currentYear, narrowing } from './dashboard-query';

interface Props {
  filters: DashboardFilters;
  onChange: (patch: Partial<DashboardFilters>) => void;
  onReset: () => void;
  /** A partner's aggregates: only the year can be chosen (the partner computed the rest). */
  yearOnly: boolean;
}

/** The years offered: ten back from next year, and the one shown if a link asked for an older one. */
function years(shown: number): { value: string; label: string }[] {
  const next = currentYear() + 1;
  const list = Array.from({ length: 11 }, (_, i) => next - i);
  if (!list.includes(shown)) list.push(shown);
  return list.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
}

/** The dashboard's filters on one line: year, unit (with the units below it), gender, population, plan, and Reset. */
export function DashboardToolbar({ filters, onChange, onReset, yearOnly }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const units = useCall('units.list', { includeArchived: false }, { enabled: !yearOnly });
  const plans = useCall('plans.list', {}, { enabled: !yearOnly });
  return (
    <Group gap="xs" wrap="wrap" mb="sm" role="group" aria-label={t('dashboard.filters.label')} className="no-print">
      <Select
        label={t('dashboard.filters.year')}
        w={96}
        data={years(filters.year)}
        value={String(filters.year)}
        onChange={(v) => v && onChange({ year: Number(v) })}
        allowDeselect={false}
        size="xs"
      />
      {!yearOnly && (
        <>
          <Select
            label={t('dashboard.filters.unit')}
            placeholder={t('dashboard.filters.allUnits')}
            w={240}
            data={unitOptions(units.data ?? [], lang)}
            renderOption={renderUnitOption}
            value={filters.unitId}
            onChange={(v) => onChange({ unitId: v })}
            clearable
            searchable
            size="xs"
            comboboxProps={{ width: 320 }}
          />
          <Select
            label={t('dashboard.filters.gender')}
            w={110}
            data={[
              { value: 'all', label: t('dashboard.filters.allGenders') },
              { value: 'f', label: t('dashboard.genders.f') },
              { value: 'm', label: t('dashboard.genders.m') },
            ]}
            value={filters.gender ?? 'all'}
            onChange={(v) => onChange({ gender: v === 'f' || v === 'm' ? v : null })}
            allowDeselect={false}
            size="xs"
          />
          <Select
            label={t('dashboard.filters.population')}
            w={150}
            data={(['all', 'staff', 'associations'] as const).map((p) => ({ value: p, label: t(`dashboard.populations.${p}`) }))}
            value={filters.population}
            onChange={(v) => v && onChange({ population: v as DashboardFilters['population'] })}
            allowDeselect={false}
            size="xs"
          />
          <Select
            label={t('dashboard.filters.plan')}
            placeholder={t('dashboard.filters.allPlans')}
            w={220}
            data={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.year} — ${pickName(p.titleFr, p.titleAr, lang)}` }))}
            value={filters.planId}
            onChange={(v) => onChange({ planId: v })}
            clearable
            size="xs"
            comboboxProps={{ width: 320 }}
          />
          <Button size="xs" variant="default" onClick={onReset} disabled={!narrowing(filters)} style={{ alignSelf: 'flex-end' }}>
            {t('dashboard.filters.reset')}
          </Button>
        </>
      )}
    </Group>
  );
}
