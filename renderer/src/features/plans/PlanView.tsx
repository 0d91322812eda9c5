import { Badge, Button, Group, Loader, Menu, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_EXPORT_FORMATS } from '../../../../api/channels/plans';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { isolated } from '../../components/Ltr';
import { PageHeader } from '../../components/PageHeader';
import { PrintMenu } from '../../components/PrintMenu';
import type { Language } from '../../i18n';
import { downloadFile } from '../../lib/files';
import { formatDate } from '../../lib/format';
import { ActionsTab } from './ActionsTab';
import { BudgetTab } from './BudgetTab';
import { CalendarTab } from './CalendarTab';
import { CoverageTab } from './CoverageTab';
import { planDocumentHref } from './document/plan-document-options';
import { EXPORT_MIME, PLAN_STATUS_COLOURS, planName } from './plan-format';
import { PlanForm } from './PlanForm';
import { PlanSteps } from './PlanSteps';
import { VersionsTab } from './VersionsTab';
import { ResultsTab } from './results/ResultsTab';

type Tab = 'actions' | 'budget' | 'calendar' | 'coverage' | 'results' | 'versions';

interface Props {
  id: string;
  onBack: () => void;
  /** Needs sent from the register: the action-from-needs flow opens with them chosen. */
  needIds: string[];
}

/** One plan: its state and next steps, then its axes and actions, budget, calendar, coverage of the needs, result indicators (level 4) and versions. */
export function PlanView({ id, onBack, needIds }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const query = useCall('plans.get', { id });
  const [tab, setTab] = useState<Tab>('actions');
  const [editing, setEditing] = useState(false);
  const [exportError, setExportError] = useState<Parameters<typeof FormError>[0]['error']>(null);
  const plan = query.data;
  if (!plan) return <Loader m="xl" aria-label={t('common.loading')} />;

  const exportAs = async (format: (typeof PLAN_EXPORT_FORMATS)[number]) => {
    const r = await invoke('plans.export', { year: plan.year, format });
    if (!r.ok) return setExportError(r.error);
    setExportError(null);
    downloadFile({ ...r.value, mimeType: EXPORT_MIME[format] });
  };

  return (
    <div>
      <PageHeader subtitle={`${planName(plan, lang, t)} · ${plan.year}`}>
        <Button variant="subtle" onClick={onBack}>
          {t('plans.allPlans')}
        </Button>
      </PageHeader>
      <Group justify="space-between" mb="sm" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Badge
            variant="light"
            color={PLAN_STATUS_COLOURS[plan.status]}
            tt="none"
            size="lg"
            data-testid="plan-status"
            style={{ flexShrink: 0 }}
          >
            {t(`plans.statuses.${plan.status}`)}
          </Badge>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {t(`plans.audiences.${plan.audience}`)}
          </Text>
          {plan.status !== 'draft' && plan.status !== 'submitted' && (
            <Text size="sm" fw={600} data-testid="plan-version" style={{ whiteSpace: 'nowrap' }}>
              {t('plans.versionN', { version: plan.version })}
            </Text>
          )}
          {plan.decisionReference && (
            <Text size="sm" c="dimmed" truncate>
              {t('plans.adoptedOn', { reference: isolated(plan.decisionReference), date: formatDate(plan.decisionDate) })}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <PlanSteps plan={plan} />
          {plan.status !== 'closed' && (
            <Editable>
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                {t('plans.editPlan')}
              </Button>
            </Editable>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="compact-sm" variant="default">
                {t('plans.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportAs('xlsx')}>{t('plans.exportXlsx')}</Menu.Item>
              <Menu.Item onClick={() => void exportAs('csv')}>{t('plans.exportCsv')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <PrintMenu both label={t('plans.print')} href={(l) => planDocumentHref({ planId: plan.id, lang: l })} />
        </Group>
      </Group>
      <FormError error={exportError} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List mb="sm">
          {(['actions', 'budget', 'calendar', 'coverage', 'results', 'versions'] as const).map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`plans.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="actions">
          <ActionsTab plan={plan} needIds={needIds} />
        </Tabs.Panel>
        <Tabs.Panel value="budget">
          <BudgetTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <CalendarTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="coverage">
          <CoverageTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="results">
          <ResultsTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsTab plan={plan} />
        </Tabs.Panel>
      </Tabs>
      {editing && <PlanForm plan={plan} onClose={() => setEditing(false)} onDeleted={onBack} />}
    </div>
  );
}
