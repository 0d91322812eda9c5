import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteQuery } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { FollowUpsTab } from './FollowUpsTab';
import { QuestionnairesTab } from './QuestionnairesTab';
import { AnnualReportTab } from '../reports/AnnualReportTab';

type Tab = 'followUps' | 'questionnaires' | 'annualReport';
const TABS: readonly Tab[] = ['followUps', 'questionnaires', 'annualReport'];

/**
 * "Évaluations": the level-3 follow-ups owed by managers (`#/evaluations?tab=followUps`, where
 * the navigation's count of follow-ups due leads), and the questionnaires the evaluation rounds
 * use, and the annual report (`#/evaluations?tab=annualReport`: the year's lessons, and the report
 * printed). A session's own rounds and answers are on the session's page.
 */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const route = useRouteQuery();
  const asked = TABS.find((x) => x === route.get('tab')) ?? 'followUps';
  const [tab, setTab] = useState<Tab>(asked);
  // The navigation's count links here while another tab may be on show.
  const [seen, setSeen] = useState(route.get('tab'));
  if (route.get('tab') !== seen) {
    setSeen(route.get('tab'));
    setTab(asked);
  }
  return (
    <div className="fill-page">
      <PageHeader subtitle={t('evaluations.subtitle')} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="followUps">{t('evaluations.tabs.followUps')}</Tabs.Tab>
          <Tabs.Tab value="questionnaires">{t('evaluations.tabs.questionnaires')}</Tabs.Tab>
          <Tabs.Tab value="annualReport">{t('reports.lessons.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="followUps">
          <FollowUpsTab />
        </Tabs.Panel>
        <Tabs.Panel value="questionnaires">
          <QuestionnairesTab />
        </Tabs.Panel>
        <Tabs.Panel value="annualReport">
          <AnnualReportTab />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
