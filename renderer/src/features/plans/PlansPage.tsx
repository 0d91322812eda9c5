import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteQuery } from '../../app/router';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import { PlanForm } from './PlanForm';
import { PlanList } from './PlanList';
import { PlanView } from './PlanView';

/** The plan last looked at, for the session: coming back from the printed plan finds it again. */
let lastPlan: string | null = null;

/**
 * "Training plan": the yearly plans (staff, associations, or one joint plan), and the chosen one's
 * page (its axes and actions built from the needs, budget, calendar, coverage, versions). Another
 * screen may link to a plan (`#/plans?plan=…`), or ask for an action built from needs in the
 * current year's plan (`#/plans?needs=id,id`).
 */
export function PlansPage() {
  const { t } = useTranslation();
  const route = useRouteQuery();
  const plans = useCall('plans.list', {});
  const needIds = (route.get('needs') ?? '').split(',').filter(Boolean);
  const year = new Date().getFullYear();
  const list = plans.data ?? [];
  const [chosen, setChosen] = useState<string | null>(route.get('plan') ?? lastPlan);
  const [creating, setCreating] = useState(false);
  // Needs sent from the register go to this year's plan (the joint one first, else the first found).
  const forNeeds = needIds.length
    ? (list.find((p) => p.year === year && p.audience === 'both') ?? list.find((p) => p.year === year))?.id
    : undefined;
  const selectedId = list.find((p) => p.id === (forNeeds ?? chosen))?.id ?? null;
  const select = (id: string | null) => {
    lastPlan = id;
    setChosen(id);
  };

  if (selectedId) return <PlanView key={selectedId} id={selectedId} onBack={() => select(null)} needIds={forNeeds ? needIds : []} />;

  return (
    <div className="fill-page">
      <PageHeader subtitle={t('plans.subtitle')}>
        <Editable>
          <Button onClick={() => setCreating(true)}>{t('plans.newPlan')}</Button>
        </Editable>
      </PageHeader>
      {needIds.length > 0 && plans.data && !forNeeds && (
        <Text c="orange.9" size="sm" mb="sm" role="status">
          {t('errors.noPlanThatYear')}
        </Text>
      )}
      {plans.data && !list.length ? (
        <Empty title={t('plans.emptyTitle')} hint={t('plans.emptyHint')} action={t('plans.newPlan')} onAction={() => setCreating(true)} />
      ) : (
        <PlanList plans={list} loading={plans.isPending} onOpen={select} />
      )}
      {creating && (
        <PlanForm
          plan={null}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            select(id);
          }}
        />
      )}
    </div>
  );
}
