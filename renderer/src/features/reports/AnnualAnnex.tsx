import i18n from 'i18next';
import type { ReactNode } from 'react';
import type { Dashboard } from '../../../../api/channels/dashboard';
import type { AnnualAnnex as Annex } from '../../../../api/channels/reports';
import type { Voice } from '../../components/Bilingual';
import { formatDate, formatNumber } from '../../lib/format';
import { percent } from './report-format';

interface Row {
  result: string;
  indicator: string;
  value: ReactNode;
  /** The records that prove it, one line each, named as the app names them. */
  proofs: ReactNode[];
}

/**
 * The annex of the annual report: per programme result, the indicator, its value for the year,
 * and the document of the app that proves it ("Plan de formation 2026, version 3, adopté le
 * 12/02/2026"), so the partner can ask for the record behind each line.
 */
export function AnnualAnnexTable({ a, d, v }: { a: Annex; d: Dashboard; v: Voice }) {
  const lang = v.main;
  const n = (x: number) => formatNumber(x, lang);
  const say = (key: string, options: Record<string, unknown> = {}) => v.t(`reports.annex.${key}`, options, 'stacked');
  const line = (key: string, options: Record<string, unknown> = {}) =>
    v.t(`reports.annex.${key}`, (lng) => withNames(options, lng), 'stacked');
  const e = a.evaluation;
  const rows: Row[] = [
    {
      result: 'R3.6',
      indicator: 'reviews',
      value: a.reviews.reviews
        ? v.t(
            'reports.ofTotalShare',
            { n: n(a.reviews.validated), total: n(a.reviews.reviews), share: percent(a.reviews.completion, lang) },
            'stacked',
          )
        : '—',
      proofs: a.reviews.campaigns.length
        ? a.reviews.campaigns.map((c) =>
            line('campaign', {
              titleFr: c.titleFr || c.code,
              titleAr: c.titleAr || c.titleFr || c.code,
              code: c.code,
              validated: n(c.validated),
              reviews: n(c.reviews),
            }),
          )
        : [say('noCampaign', { year: a.year })],
    },
    {
      result: 'R3.7',
      indicator: 'plan',
      value: percent(a.needs.coverage, lang),
      proofs: [
        ...(a.plans.length
          ? a.plans.map((p) =>
              p.decisionDate
                ? line('planAdopted', {
                    year: a.year,
                    version: p.version,
                    date: formatDate(p.decisionDate),
                    reference: p.decisionReference || '—',
                    fromNeeds: n(p.actionsFromNeeds),
                    actions: n(p.actions),
                    audienceKey: p.audience,
                  })
                : line('planNotAdopted', {
                    year: a.year,
                    statusKey: p.status,
                    fromNeeds: n(p.actionsFromNeeds),
                    actions: n(p.actions),
                    audienceKey: p.audience,
                  }),
            )
          : [say('noPlan', { year: a.year })]),
        say('needs', { covered: n(a.needs.covered), open: n(a.needs.open) }),
      ],
    },
    {
      result: 'R3.8',
      indicator: 'evaluation',
      value: v.t('reports.ofTotal', { n: n(e.sessionsWithSheets), total: n(e.sessionsDelivered) }, 'stacked'),
      proofs: [
        say('procedure', { questionnaires: n(e.questionnairesPublished) }),
        say('sheets', { sheets: n(e.endSheets), sessions: n(e.sessionsWithSheets), delivered: n(e.sessionsDelivered) }),
        say('tests', { tested: n(e.testedParticipants), gain: percent(d.indicators.meanNormalisedGain, lang) }),
        say('followUps', { done: n(e.followUpsDone), owed: n(e.followUpsOwed) }),
        say('scans', { scanned: n(e.sessionsScanned), delivered: n(e.sessionsDelivered) }),
      ],
    },
    {
      result: 'R3.9',
      indicator: 'directory',
      value: say('directoryValue', { courses: n(a.directory.courses), trainers: n(a.directory.trainers) }),
      proofs: [
        say('directory', {
          courses: n(a.directory.courses),
          trainers: n(a.directory.trainers),
          shared: n(a.directory.trainersShared),
          venues: n(a.directory.venues),
        }),
      ],
    },
    {
      result: 'R4.1',
      indicator: 'guide',
      value: n(a.guide.organizations),
      proofs: [
        say('guide', {
          organizations: n(a.guide.organizations),
          quartiers: n(a.guide.quartiers),
          verified: n(a.guide.verifiedInYear),
          year: a.year,
        }),
      ],
    },
    {
      result: 'R4.2 / R4.4',
      indicator: 'associations',
      value: say('associationsValue', { trainees: n(a.associations.trainees), organizations: n(a.associations.organizations) }),
      proofs: [
        say('associations', {
          trainees: n(a.associations.trainees),
          organizations: n(a.associations.organizations),
          sessions: n(a.associations.sessions),
          hours: n(a.associations.hours),
        }),
        say('associationNeeds', { needs: n(a.associations.needs) }),
      ],
    },
  ];
  return (
    <table className="rp-table rp-annex-table">
      <thead>
        <tr>
          <th>{v.t('reports.annex.result', undefined, 'stacked')}</th>
          <th>{v.t('reports.annex.indicator', undefined, 'stacked')}</th>
          <th>{v.t('reports.annex.value', { year: a.year }, 'stacked')}</th>
          <th>{v.t('reports.annex.proof', undefined, 'stacked')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.result} data-result={r.result}>
            <td className="rp-result">
              <span dir="ltr">{r.result}</span>
            </td>
            <td>{v.t(`reports.annex.indicators.${r.indicator}`, undefined, 'stacked')}</td>
            <td className="rp-value">{r.value}</td>
            <td>
              {r.proofs.map((p, i) => (
                <span key={i} className="rp-block">
                  {p}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A sentence's options in one language: `titleFr`/`titleAr` become `title`, and a `…Key` option
 * (a plan's audience or status) its translated word.
 */
function withNames(options: Record<string, unknown>, lng: 'fr' | 'ar'): Record<string, unknown> {
  const out: Record<string, unknown> = { ...options };
  if ('titleFr' in options) out.title = lng === 'ar' ? options.titleAr : options.titleFr;
  const t = i18n.getFixedT(lng);
  if (typeof options.audienceKey === 'string') out.audience = t(`plans.audiences.${options.audienceKey}`);
  if (typeof options.statusKey === 'string') out.status = t(`plans.statuses.${options.statusKey}`);
  return out;
}
