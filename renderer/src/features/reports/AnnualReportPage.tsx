import { Alert, Loader } from '@mantine/core';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import type { Dashboard } from '../../../../api/channels/dashboard';
import type { AnnualAnnex as Annex } from '../../../../api/channels/reports';
import { useCall } from '../../bridge/queries';
import { type Voice, voice } from '../../components/Bilingual';
import { formatAmount } from '../../lib/amount';
import { queryErrorSentence } from '../../lib/errors';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { AnnualAnnexTable } from './AnnualAnnex';
import { AnnualCharts } from './AnnualCharts';
import { INDICATOR_ROWS, indicatorText } from './annual-figures';
import { readAnnualReportOptions } from './report-options';
import { percent } from './report-format';
import './reports.css';

/**
 * The annual report (a document of app/documents.ts), portrait A4, in French, Arabic or both: the
 * plan realised against what was planned, costs by funder, the year's indicators and their
 * charts, the associations reached, the lessons the Service recorded, and the annex that proves,
 * per programme result (R3.6 to R4.4), what was done with the app's own records. The figures are
 * the dashboard's (`dashboard.year` without filters equals `indicators.year`).
 */
export function AnnualReportPage({ path }: { path: string }) {
  const { year, lang: printLang } = readAnnualReportOptions(path);
  const v = voice(printLang);
  const lang = v.main;
  const t = i18n.getFixedT(lang);
  const dashboard = useCall('dashboard.year', { year });
  const annex = useCall('annualReport.annex', { year });
  const lessons = useCall('lessons.get', { year });
  const settings = useCall('settings.get', {});
  const failed = dashboard.error ?? annex.error ?? lessons.error;
  if (failed)
    return (
      <Alert color="red" m="xl">
        {queryErrorSentence(t, failed)}
      </Alert>
    );
  if (!dashboard.data || !annex.data || !lessons.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const d = dashboard.data;
  const a = annex.data;
  const both = printLang === 'both';
  const commune = (lng: 'fr' | 'ar') => pickName(settings.data.communeFr, settings.data.communeAr, lng);
  const n = (x: number) => formatNumber(x, lang);
  const text = (fr: string, ar: string): ReactNode =>
    both ? (
      <div className="rp-cols">
        <p lang="fr" dir="ltr" className="rp-text">
          {fr || '—'}
        </p>
        <p lang="ar" dir="rtl" className="rp-text">
          {ar || '—'}
        </p>
      </div>
    ) : (
      <p className="rp-text">{(lang === 'ar' ? ar : fr) || v.t('reports.annual.noLessons', undefined, 'inline')}</p>
    );

  return (
    <div className={`rp-annual${both ? ' rp-both' : ''}`} dir={v.dir} lang={lang}>
      <header>
        <p className="rp-meta">{v.t('reports.annual.heading', (lng) => ({ commune: commune(lng) }), 'columns')}</p>
        <h1>{v.t('reports.annual.title', { year }, 'columns')}</h1>
        <p className="rp-meta">{v.t('reports.printedOn', { date: formatDate(new Date().toISOString()) }, 'inline')}</p>
      </header>

      <section>
        <h2>{v.t('reports.annual.planSection', undefined, 'columns')}</h2>
        <PlanRealised d={d} a={a} v={v} n={n} />
      </section>

      <section className="rp-keep">
        <h2>{v.t('reports.annual.costsSection', undefined, 'columns')}</h2>
        <CostsByFunder plan={d.plan} v={v} />
      </section>

      <section>
        <h2>{v.t('reports.annual.indicatorsSection', undefined, 'columns')}</h2>
        <table className="rp-table rp-indicators">
          <tbody>
            {INDICATOR_ROWS.map(([key, kind]) => (
              <tr key={key} data-indicator={key}>
                <th scope="row">{v.t(`reports.indicators.${key}`, undefined, 'stacked')}</th>
                <td className="rp-n">{indicatorText(d.indicators[key], kind, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="rp-small">{v.t('reports.unknownNote', undefined, 'stacked')}</p>
        <AnnualCharts charts={d.charts} v={v} />
      </section>

      <section className="rp-keep">
        <h2>{v.t('reports.annual.associationsSection', undefined, 'columns')}</h2>
        <Associations d={d} v={v} n={n} />
      </section>

      <section className="rp-keep">
        <h2>{v.t('reports.annual.lessonsSection', undefined, 'columns')}</h2>
        {text(lessons.data.lessonsFr, lessons.data.lessonsAr)}
      </section>

      <section className="rp-annex">
        <h2>{v.t('reports.annex.title', { year }, 'columns')}</h2>
        <AnnualAnnexTable a={a} d={d} v={v} />
      </section>
    </div>
  );
}

type Props = { d: Dashboard; a: Annex; v: Voice; n: (x: number) => string };

const mad = (centimes: number) => <span dir="ltr">{formatAmount(centimes)}</span>;

function PlanRealised({ d, a, v, n }: Props) {
  if (!d.plan && !a.plans.length) return <p className="rp-meta">{v.t('reports.annual.noPlan', { year: a.year }, 'stacked')}</p>;
  const sum = (f: (p: Annex['plans'][number]) => number) => a.plans.reduce((s, p) => s + f(p), 0);
  const row = (key: string, planned: ReactNode, done: ReactNode, rate: number | null) => (
    <tr key={key} data-row={key}>
      <th scope="row">{v.t(`reports.annual.rows.${key}`, undefined, 'stacked')}</th>
      <td className="rp-n">{planned}</td>
      <td className="rp-n">{done}</td>
      <td className="rp-n">{percent(rate, v.main)}</td>
    </tr>
  );
  const ratio = (x: number, y: number) => (y > 0 ? x / y : null);
  const hoursPlanned = sum((p) => p.hoursPlanned);
  const hoursDone = sum((p) => p.hoursDelivered);
  return (
    <>
      {a.plans.map((p, i) => (
        <p key={i} className="rp-meta">
          {v.name(p.titleFr, p.titleAr, 'inline')} · {v.t(`plans.audiences.${p.audience}`, undefined, 'inline')} ·{' '}
          {v.t(`plans.statuses.${p.status}`, undefined, 'inline')}
          {p.decisionDate && <> · {v.t('reports.annual.adoptedOn', { date: formatDate(p.decisionDate), version: p.version }, 'inline')}</>}
        </p>
      ))}
      <table className="rp-table">
        <thead>
          <tr>
            <th />
            <th>{v.t('reports.annual.planned', undefined, 'stacked')}</th>
            <th>{v.t('reports.annual.done', undefined, 'stacked')}</th>
            <th>{v.t('reports.annual.rate', undefined, 'stacked')}</th>
          </tr>
        </thead>
        <tbody>
          {d.plan && row('actions', n(d.plan.actions), n(d.plan.actionsDone), ratio(d.plan.actionsDone, d.plan.actions))}
          {row(
            'sessions',
            n(sum((p) => p.sessionsPlanned)),
            n(sum((p) => p.sessionsDelivered)),
            ratio(
              sum((p) => p.sessionsDelivered),
              sum((p) => p.sessionsPlanned),
            ),
          )}
          {row('hours', n(hoursPlanned), n(hoursDone), ratio(hoursDone, hoursPlanned))}
          {d.plan && row('budget', mad(d.plan.budgetPlannedCentimes), mad(d.plan.budgetExecutedCentimes), d.plan.budgetExecution)}
        </tbody>
      </table>
      <p className="rp-small">
        {v.t(
          'reports.annual.outsidePlan',
          {
            count: d.sessions.outsidePlan,
            n: n(d.sessions.outsidePlan),
            total: n(d.sessions.ofYear),
            share: percent(d.sessions.outsidePlanShare, v.main),
          },
          'stacked',
        )}
      </p>
    </>
  );
}

function CostsByFunder({ plan, v }: { plan: Dashboard['plan']; v: Voice }) {
  if (!plan || !plan.byFunder.length) return <p className="rp-meta">{v.t('reports.annual.noFunders', undefined, 'stacked')}</p>;
  const planned = plan.byFunder.reduce((s, f) => s + f.plannedCentimes, 0);
  const executed = plan.byFunder.reduce((s, f) => s + f.executedCentimes, 0);
  return (
    <table className="rp-table">
      <thead>
        <tr>
          <th>{v.t('reports.session.funder', undefined, 'stacked')}</th>
          <th>{v.t('reports.annual.planned', undefined, 'stacked')}</th>
          <th>{v.t('reports.annual.executed', undefined, 'stacked')}</th>
          <th>{v.t('reports.annual.rate', undefined, 'stacked')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.byFunder.map((f) => (
          <tr key={f.id}>
            <td>{v.name(f.nameFr, f.nameAr, 'inline')}</td>
            <td className="rp-n">{mad(f.plannedCentimes)}</td>
            <td className="rp-n">{mad(f.executedCentimes)}</td>
            <td className="rp-n">{percent(f.plannedCentimes > 0 ? f.executedCentimes / f.plannedCentimes : null, v.main)}</td>
          </tr>
        ))}
        <tr className="rp-total">
          <th scope="row">{v.t('reports.total', undefined, 'inline')}</th>
          <td className="rp-n">{mad(planned)}</td>
          <td className="rp-n">{mad(executed)}</td>
          <td className="rp-n">{percent(planned > 0 ? executed / planned : null, v.main)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Associations({ d, v, n }: Omit<Props, 'a'>) {
  const s = d.associations;
  const domains = s.byDomain.filter((x) => x.trainees > 0 || x.organizations > 0);
  return (
    <>
      <p>
        {v.t(
          'reports.annual.subsidised',
          { n: n(s.subsidisedWithTrainedWorker), total: n(s.subsidised), share: percent(s.subsidisedTrainedShare, v.main) },
          'stacked',
        )}
      </p>
      {domains.length > 0 && (
        <table className="rp-table">
          <thead>
            <tr>
              <th>{v.t('reports.annual.domain', undefined, 'stacked')}</th>
              <th>{v.t('reports.annual.organizations', undefined, 'stacked')}</th>
              <th>{v.t('reports.annual.trainees', undefined, 'stacked')}</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((x) => (
              <tr key={x.id}>
                <td>{v.name(x.nameFr, x.nameAr, 'inline')}</td>
                <td className="rp-n">{n(x.organizations)}</td>
                <td className="rp-n">{n(x.trainees)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
