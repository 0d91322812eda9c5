import { Alert, Button, Loader, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../../../api/channels/dashboard';
import { routeHref } from '../../../../api/routes';
import { annualReportTab } from '../../app/links';
import { useRouteQuery } from '../../app/router';
import { useCall } from '../../bridge/queries';
import { PageHeader } from '../../components/PageHeader';
import { queryErrorSentence } from '../../lib/errors';
import { AssociationsPanel } from './AssociationsPanel';
import { DashboardCharts } from './DashboardCharts';
import { DashboardToolbar } from './DashboardToolbar';
import { filtersQuery, narrowing, readFilters, resetFilters } from './dashboard-query';
import { IndicatorCards } from './IndicatorCards';
import { PlanPanel } from './PlanPanel';
import { QualityPanel } from './QualityPanel';
import { OpenRecords, type RecordsRequest } from './records-context';
import { RecordsDrawer } from './RecordsDrawer';
import { ReviewsPanel } from './ReviewsPanel';
import './dashboard.css';

/**
 * The dashboard of a year (issue 12): the headline indicators, data-quality flags, charts,
 * reviews, plan execution and associations, under filters kept in the address. Every figure
 * opens the records it counts, each a link to its own screen. On a partner's aggregates only
 * the indicators the partner computed are shown.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const route = useRouteQuery();
  const routeKey = route.toString();
  const [filters, setFilters] = useState<DashboardFilters>(() => readFilters(route));
  // A link to this screen with other filters replaces them (the screen's own changes do not come back this way).
  const [seenRoute, setSeenRoute] = useState(routeKey);
  if (seenRoute !== routeKey) {
    setSeenRoute(routeKey);
    setFilters(readFilters(new URLSearchParams(routeKey)));
  }
  const [records, setRecords] = useState<RecordsRequest | null>(null);

  const apply = (next: DashboardFilters) => {
    setFilters(next);
    // The address follows the filters without a history entry per change (Back leaves the screen);
    // replaceState raises no hashchange, so the route seen above stays the one a link brought.
    window.history.replaceState(null, '', routeHref('dashboard', filtersQuery(next)));
  };
  const change = (patch: Partial<DashboardFilters>) => apply({ ...filters, ...patch });

  const dashboard = useCall('dashboard.year', filters, { keepPrevious: true });
  const data = dashboard.data;
  const aggregatesOnly = data?.aggregatesOnly ?? false;

  return (
    <div className="dashboard">
      <PageHeader subtitle={t('dashboard.subtitle', { year: filters.year })}>
        <Button component="a" variant="default" className="no-print" href={annualReportTab(filters.year)}>
          {t('dashboard.annualReport')}
        </Button>
        <Button variant="default" className="no-print" onClick={() => window.print()}>
          {t('dashboard.print')}
        </Button>
      </PageHeader>
      <DashboardToolbar filters={filters} onChange={change} onReset={() => apply(resetFilters(filters))} yearOnly={aggregatesOnly} />
      {aggregatesOnly && (
        <Alert color="blue" mb="sm" role="status">
          {t('dashboard.aggregatesOnly')}
        </Alert>
      )}
      {!aggregatesOnly && (data?.filtered || narrowing(filters)) && (
        <Alert color="orange" variant="light" py={6} mb="xs" role="status" data-testid="dashboard-filtered">
          {t('dashboard.filtered')}
        </Alert>
      )}
      {dashboard.error && (
        <Alert color="red" role="alert" mb="sm">
          {queryErrorSentence(t, dashboard.error)}
        </Alert>
      )}
      {dashboard.isPending && !dashboard.error && <Loader size="sm" aria-label={t('common.loading')} />}
      {data && (
        <OpenRecords.Provider value={setRecords}>
          <div aria-busy={dashboard.isFetching} data-year={data.indicators.year}>
            <IndicatorCards indicators={data.indicators} clickable={!aggregatesOnly} />
            {!aggregatesOnly && (
              <>
                <QualityPanel quality={data.quality} />
                <SimpleGrid cols={2} spacing="sm" mb="sm" className="dashboard-charts">
                  <DashboardCharts charts={data.charts} />
                  <ReviewsPanel reviews={data.reviews} filters={filters} onChange={change} />
                  <PlanPanel plan={data.plan} sessions={data.sessions} />
                  <AssociationsPanel associations={data.associations} />
                </SimpleGrid>
              </>
            )}
          </div>
        </OpenRecords.Provider>
      )}
      {records && <RecordsDrawer request={records} filters={filters} onClose={() => setRecords(null)} />}
    </div>
  );
}
