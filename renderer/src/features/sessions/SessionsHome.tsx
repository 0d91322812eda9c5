import { Alert, Button, Group, Loader, SegmentedControl } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../../../api/routes';
import { navigate, useRouteQuery } from '../../app/router';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { FilterPill, useFilters } from '../../components/ListFilters';
import { PageHeader } from '../../components/PageHeader';
import { queryErrorSentence } from '../../lib/errors';
import { sessionHref } from '../../app/links';
import { NewSession } from './NewSession';
import { SessionCalendar } from './SessionCalendar';
import { SessionFilterPanel } from './SessionFilterPanel';
import { type SessionFilters, activeFilters, filtersQuery, listInput, readFilters } from './session-filters';
import { SessionList } from './SessionList';

/** The screen's query when last left: "All sessions" from a session finds the same view. */
let lastQuery: Record<string, string> = {};
export const sessionsHomeHref = (): string => routeHref('sessions', lastQuery);

/** Sessions in a calendar (month or week) or a list, with the same filters; "New session" starts one. */
export function SessionsHome() {
  const { t } = useTranslation();
  const route = useRouteQuery();
  const routeKey = route.toString();
  const [filters, setFilters] = useState<SessionFilters>(() => readFilters(route.size ? route : new URLSearchParams(lastQuery)));
  // A link to this screen with other filters (another screen, the menu) replaces them.
  const [seenRoute, setSeenRoute] = useState(routeKey);
  if (seenRoute !== routeKey) {
    setSeenRoute(routeKey);
    if (routeKey) setFilters(readFilters(new URLSearchParams(routeKey)));
  }
  const newFor = route.get('new');
  const [creating, setCreating] = useState(false);
  // The path keeps `new=` after its form closes (no history entry is made): it must not reopen.
  const [doneNew, setDoneNew] = useState<string | null>(null);
  const asked = newFor && newFor !== doneNew ? newFor : null;
  const query = filtersQuery(filters);
  useEffect(() => {
    lastQuery = filtersQuery(filters);
  }, [filters]);

  const change = (patch: Partial<SessionFilters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    // The path follows the filters without a history entry per change (Back leaves the screen).
    window.history.replaceState(null, '', routeHref('sessions', filtersQuery(next)));
  };
  const sessions = useCall('sessions.list', listInput(filters), { keepPrevious: true });
  const panel = useFilters('sessions', activeFilters(filters));
  const open = (id: string) => navigate(sessionHref(id).slice(1));
  const closeNew = () => {
    setCreating(false);
    if (asked) {
      setDoneNew(asked);
      window.history.replaceState(null, '', routeHref('sessions', query));
    }
  };

  return (
    <div>
      <PageHeader>
        <SegmentedControl
          aria-label={t('sessions.display.label')}
          value={filters.view}
          onChange={(v) => change({ view: v as SessionFilters['view'] })}
          data={[
            { value: 'calendar', label: t('sessions.display.calendar') },
            { value: 'list', label: t('sessions.display.list') },
          ]}
        />
        {panel.button}
        <Editable>
          <Button onClick={() => setCreating(true)}>{t('sessions.new')}</Button>
        </Editable>
      </PageHeader>
      {panel.panel(<SessionFilterPanel filters={filters} onChange={change} />)}
      {filters.action && (
        // Set by a link from the plan (an action's sessions): said in words, removable.
        <Group mb="sm">
          <FilterPill
            label={t('sessions.filters.action')}
            value={sessions.data?.[0]?.actionCode ?? '…'}
            onRemove={() => change({ action: null })}
          />
        </Group>
      )}
      {sessions.error && (
        <Alert color="red" role="alert" mb="sm">
          {queryErrorSentence(t, sessions.error)}
        </Alert>
      )}
      {sessions.isPending && !sessions.error && <Loader size="sm" aria-label={t('common.loading')} />}
      {filters.view === 'calendar' ? (
        <SessionCalendar filters={filters} onChange={change} sessions={sessions.data ?? []} onOpen={open} />
      ) : (
        <SessionList sessions={sessions.data ?? []} loaded={Boolean(sessions.data)} onOpen={open} />
      )}
      {(creating || asked) && (
        <NewSession
          actionId={creating ? null : asked}
          planId={creating ? null : route.get('inPlan')}
          onClose={closeNew}
          onCreated={(id) => open(id)}
        />
      )}
    </div>
  );
}
