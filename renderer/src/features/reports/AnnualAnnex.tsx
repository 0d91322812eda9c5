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
  const say = (key: string, options: Record<string, unknown> = {}) =>
    v.t(`reports.annex.${key}`, (lng) => withNames(options, lng), 'stacked');
  // A number with its noun, agreed in each language (in Arabic "جمعيتان", "3 جمعيات", "11 شخصا").
  const c = (noun: string, count: number): Counted => ({ noun, count });
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
            say('campaign', {
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
                ? say('planAdopted', {
                    year: a.year,
                    version: p.version,
                    date: formatDate(p.decisionDate),
                    reference: p.decisionReference || '—',
                    fromNeeds: n(p.actionsFromNeeds),
                    actions: n(p.actions),
                    audienceKey: p.audience,
                  })
                : say('planNotAdopted', {
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
      value: say('directoryValue', { courses: c('courses', a.directory.courses), trainers: c('trainers', a.directory.trainers) }),
      proofs: [
        say('directory', {
          courses: c('courses', a.directory.courses),
          trainers: c('trainers', a.directory.trainers),
          shared: n(a.directory.trainersShared),
          venues: c('venues', a.directory.venues),
        }),
      ],
    },
    {
      result: 'R4.1',
      indicator: 'guide',
      value: n(a.guide.organizations),
      proofs: [
        say('guide', {
          organizations: c('organizations', a.guide.organizations),
          quartiers: c('quartiers', a.guide.quartiers),
          verified: n(a.guide.verifiedInYear),
          year: a.year,
        }),
      ],
    },
    {
      result: 'R4.2 / R4.4',
      indicator: 'associations',
      value: say('associationsValue', {
        trainees: c('persons', a.associations.trainees),
        organizations: c('associations', a.associations.organizations),
      }),
      proofs: [
        say('associations', {
          trainees: c('persons', a.associations.trainees),
          organizations: c('associations', a.associations.organizations),
          sessions: c('sessions', a.associations.sessions),
          hours: c('hours', a.associations.hours),
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

/** A count and the noun it counts (`reports.annex.counts.<noun>`, plural forms of each language). */
interface Counted {
  noun: string;
  count: number;
}
const isCounted = (x: unknown): x is Counted => typeof x === 'object' && x !== null && 'noun' in x && 'count' in x;

/**
 * A sentence's options in one language: `titleFr`/`titleAr` become `title`, a `…Key` option
 * (a plan's audience or status) its translated word, and a counted noun its phrase.
 */
function withNames(options: Record<string, unknown>, lng: 'fr' | 'ar'): Record<string, unknown> {
  const out: Record<string, unknown> = { ...options };
  if ('titleFr' in options) out.title = lng === 'ar' ? options.titleAr : options.titleFr;
  const t = i18n.getFixedT(lng);
  for (const [key, value] of Object.entries(options)) {
    if (isCounted(value)) out[key] = t(`reports.annex.counts.${value.noun}`, { count: value.count, n: formatNumber(value.count, lng) });
  }
  if (typeof options.audienceKey === 'string') out.audience = t(`plans.audiences.${options.audienceKey}`);
  if (typeof options.statusKey === 'string') out.status = t(`plans.statuses.${options.statusKey}`);
  return out;
}
