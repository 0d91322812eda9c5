import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteQuery } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { FollowUpsTab } from './FollowUpsTab';
import { QuestionnairesTab } from './QuestionnairesTab';

type Tab = 'followUps' | 'questionnaires';

/**
 * "Évaluations": the level-3 follow-ups owed by managers (`#/evaluations?tab=followUps`, where
 * the navigation's count of follow-ups due leads), and the questionnaires the evaluation rounds
 * use. A session's own rounds and answers are on the session's page.
 */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const route = useRouteQuery();
  const asked = route.get('tab') === 'questionnaires' ? 'questionnaires' : 'followUps';
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
        </Tabs.List>
        <Tabs.Panel value="followUps">
          <FollowUpsTab />
        </Tabs.Panel>
        <Tabs.Panel value="questionnaires">
          <QuestionnairesTab />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
