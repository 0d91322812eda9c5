import { Checkbox, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POPULATIONS } from '../../../../api/channels/sessions';
import { SESSION_STATUSES, type SessionStatus } from '../../../../api/channels/session-enums';
import { useCall } from '../../bridge/queries';
import { ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { planLabel } from './plan-label';
import type { SessionFilters } from './session-filters';

/** The filters the calendar and the list share: plan, course, trainer, venue, population, state, outside the plan. */
export function SessionFilterPanel({ filters, onChange }: { filters: SessionFilters; onChange: (p: Partial<SessionFilters>) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const plans = useCall('plans.list', {});
  const courses = useCall('courses.list', { includeArchived: true });
  const trainers = useCall('trainers.list', { includeArchived: true });
  const venues = useCall('venues.list', { includeArchived: true });
  const w = 200;
  return (
    <Group gap="sm" mb="sm" align="flex-end" wrap="wrap" data-testid="session-filters">
      <Select
        label={t('sessions.filters.plan')}
        w={w}
        clearable
        searchable
        disabled={filters.outside}
        placeholder={t('sessions.filters.any')}
        data={(plans.data ?? []).map((p) => ({ value: p.id, label: planLabel(p, lang) }))}
        value={filters.plan}
        onChange={(v) => onChange({ plan: v, action: null })}
      />
      <Select
        label={t('sessions.filters.course')}
        w={w}
        clearable
        searchable
        placeholder={t('sessions.filters.any')}
        data={(courses.data ?? []).map((c) => ({ value: c.id, label: `${ltr(c.code)} ${pickName(c.titleFr, c.titleAr, lang)}` }))}
        value={filters.course}
        onChange={(v) => onChange({ course: v })}
      />
      <Select
        label={t('sessions.filters.trainer')}
        w={w}
        clearable
        searchable
        placeholder={t('sessions.filters.any')}
        data={(trainers.data ?? []).map((x) => ({ value: x.id, label: pickName(x.nameFr, x.nameAr, lang) }))}
        value={filters.trainer}
        onChange={(v) => onChange({ trainer: v })}
      />
      <Select
        label={t('sessions.filters.venue')}
        w={w}
        clearable
        searchable
        placeholder={t('sessions.filters.any')}
        data={(venues.data ?? []).map((x) => ({ value: x.id, label: pickName(x.nameFr, x.nameAr, lang) }))}
        value={filters.venue}
        onChange={(v) => onChange({ venue: v })}
      />
      <Select
        label={t('sessions.filters.population')}
        w={170}
        allowDeselect={false}
        data={POPULATIONS.map((p) => ({ value: p, label: t(`sessions.populations.${p}`) }))}
        value={filters.population}
        onChange={(v) => v && onChange({ population: v as SessionFilters['population'] })}
      />
      <Select
        label={t('sessions.filters.status')}
        w={170}
        clearable
        placeholder={t('sessions.filters.any')}
        data={SESSION_STATUSES.map((s) => ({ value: s, label: t(`sessions.statuses.${s}`) }))}
        value={filters.status}
        onChange={(v) => onChange({ status: v as SessionStatus | null })}
      />
      <Checkbox
        mb={8}
        label={t('sessions.filters.outside')}
        checked={filters.outside}
        onChange={(e) => onChange({ outside: e.currentTarget.checked, plan: null, action: null })}
      />
    </Group>
  );
}
