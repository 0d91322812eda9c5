import { Alert, Anchor, Button, Loader, Tabs } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useRouteQuery } from '../../app/router';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../api/channels/sessions';
import { useCall } from '../../bridge/queries';
import { PageHeader } from '../../components/PageHeader';
import type { Language } from '../../i18n';
import { queryErrorSentence } from '../../lib/errors';
import { AttendanceTab } from './attendance/AttendanceTab';
import { AttestationsTab } from './attestations/AttestationsTab';
import { EvaluationTab } from './evaluation/EvaluationTab';
import { ParticipantsTab } from './ParticipantsTab';
import { SessionDetailsTab } from './SessionDetailsTab';
import { SessionHeader } from './SessionHeader';
import { sessionTitle } from './session-format';
import { sessionsHomeHref } from './SessionsHome';

/** A tab of the session's page: add one with one line in `sessionTabs`. */
export interface SessionTab {
  value: string;
  label: string;
  panel: ReactNode;
}

/** The tabs of a session's page, in order. */
function sessionTabs(session: SessionDetail, t: (k: string) => string): SessionTab[] {
  return [
    { value: 'details', label: t('sessions.tabs.details'), panel: <SessionDetailsTab session={session} /> },
    { value: 'participants', label: t('sessions.tabs.participants'), panel: <ParticipantsTab session={session} /> },
    { value: 'attendance', label: t('attendance.tab'), panel: <AttendanceTab session={session} /> },
    { value: 'attestations', label: t('attestations.tab'), panel: <AttestationsTab session={session} /> },
    { value: 'evaluation', label: t('sessionEvaluation.tab'), panel: <EvaluationTab session={session} /> },
  ];
}

/**
 * One session (`#/sessions/<id>`): its header (code, title, course, action or "outside the plan",
 * venue, trainers, dates and hours, state and its moves, edit, delete, .ics), then its tabs.
 */
export function SessionView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const query = useCall('sessions.get', { id });
  // A link may open a tab (`#/sessions/<id>?tab=evaluation`: the dashboard's data-quality flags).
  const [tab, setTab] = useState(useRouteQuery().get('tab') ?? 'details');
  const session = query.data;
  const back = (
    <Button variant="subtle" component="a" href={sessionsHomeHref()}>
      {t('sessions.all')}
    </Button>
  );
  if (query.error)
    return (
      <div>
        <PageHeader>{back}</PageHeader>
        <Alert color="red" role="alert">
          {queryErrorSentence(t, query.error)} <Anchor href={sessionsHomeHref()}>{t('sessions.all')}</Anchor>
        </Alert>
      </div>
    );
  if (!session) return <Loader m="xl" aria-label={t('common.loading')} />;
  const tabs = sessionTabs(session, t);
  const current = tabs.some((x) => x.value === tab) ? tab : tabs[0].value;
  return (
    <div>
      <PageHeader subtitle={`${session.code} · ${sessionTitle(session, lang)}`}>{back}</PageHeader>
      <SessionHeader session={session} />
      <Tabs value={current} onChange={(v) => v && setTab(v)} keepMounted={false} mt="sm">
        <Tabs.List mb="sm">
          {tabs.map((x) => (
            <Tabs.Tab key={x.value} value={x.value}>
              {x.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((x) => (
          <Tabs.Panel key={x.value} value={x.value}>
            {x.panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}
