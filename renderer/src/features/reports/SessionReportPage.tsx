import { Loader } from '@mantine/core';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import type { SessionReport } from '../../../../api/channels/reports';
import { useCall } from '../../bridge/queries';
import { type Voice, voice } from '../../components/Bilingual';
import { formatAmount } from '../../lib/amount';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { SessionFacts } from '../sessions/paper/SignInSheetPage';
import { readSessionReportOptions } from './report-options';
import { percent } from './report-format';
import '../sessions/paper/paper.css';
import './reports.css';

/**
 * A session's report (a document of app/documents.ts), portrait A4, in French, Arabic or both:
 * who came and for how long, what the participants thought (level 1: indices per thing measured
 * and how every scale question was answered), what they learnt (level 2), their comments without
 * names, and the costs against the action's plan by funder. A figure nobody typed in prints "—"
 * (not known), never 0.
 */
export function SessionReportPage({ path }: { path: string }) {
  const { sessionId, lang: printLang } = readSessionReportOptions(path);
  const v = voice(printLang);
  const lang = v.main;
  const t = i18n.getFixedT(lang);
  const report = useCall('sessions.report', { sessionId }, { enabled: Boolean(sessionId) });
  const session = useCall('sessions.get', { id: sessionId }, { enabled: Boolean(sessionId) });
  const settings = useCall('settings.get', {});
  if (!report.data || !session.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const r = report.data;
  const commune = (lng: 'fr' | 'ar') => pickName(settings.data.communeFr, settings.data.communeAr, lng);
  const n = (x: number) => formatNumber(x, lang);

  return (
    <div className={`sp-doc sp-portrait rp-doc${printLang === 'both' ? ' sp-both' : ''}`} dir={v.dir} lang={lang}>
      <section className="sp-page">
        <div className="sp-head">
          <div>
            <p className="sp-meta">{v.t('sessionPaper.communeService', (lng) => ({ commune: commune(lng) }), 'inline')}</p>
            <h1>{v.t('reports.session.title', undefined, 'stacked')}</h1>
            <p className="sp-meta">
              {v.t(`sessions.statuses.${r.status}`, undefined, 'inline')} ·{' '}
              {v.t('reports.printedOn', { date: formatDate(new Date().toISOString()) }, 'inline')}
            </p>
          </div>
          <span className="sp-code">{session.data.code}</span>
        </div>
        <SessionFacts session={session.data} printLang={printLang} />

        <h2>{v.t('reports.session.attendance', undefined, 'inline')}</h2>
        <Attendance a={r.attendance} v={v} n={n} />

        <h2>{v.t('reports.session.reaction', undefined, 'inline')}</h2>
        {r.reaction ? (
          <Reaction l1={r.reaction} v={v} n={n} />
        ) : (
          <p className="sp-meta">{v.t('reports.session.noReaction', undefined, 'stacked')}</p>
        )}

        <h2>{v.t('reports.session.learning', undefined, 'inline')}</h2>
        {r.learning ? (
          <Learning l2={r.learning} v={v} n={n} />
        ) : (
          <p className="sp-meta">{v.t('reports.session.noLearning', undefined, 'stacked')}</p>
        )}

        <h2>{v.t('reports.session.comments', undefined, 'inline')}</h2>
        {r.comments.length ? (
          r.comments.map((c) => (
            <div key={c.questionId} className="rp-comments">
              <p className="rp-question">
                {v.t(`evaluations.moments.${c.moment}`, undefined, 'inline')} — {v.name(c.textFr, c.textAr, 'inline')}
              </p>
              <ul>
                {c.texts.map((text, i) => (
                  // A comment is shown in the script it was written in, whatever the page's language.
                  <li key={i} dir="auto">
                    {text}
                  </li>
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p className="sp-meta">{v.t('reports.session.noComments', undefined, 'stacked')}</p>
        )}

        <h2>{v.t('reports.session.costs', undefined, 'inline')}</h2>
        <Costs c={r.costs} v={v} />

        <p className="sp-small rp-note">{v.t('reports.unknownNote', undefined, 'stacked')}</p>
        <div className="sp-foot">
          <span>
            {v.t('reports.session.footer', undefined, 'inline')} <span className="sp-ltr">{session.data.code}</span>
          </span>
        </div>
      </section>
    </div>
  );
}

type Props<T> = T & { v: Voice; n: (x: number) => string };

/** A two-column table of figures: label, value. */
function Figures({ rows }: { rows: [ReactNode, ReactNode][] }) {
  return (
    <table className="sp-table rp-figures">
      <tbody>
        {rows.map(([label, value], i) => (
          <tr key={i}>
            <th scope="row">{label}</th>
            <td className="rp-n">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Attendance({ a, v, n }: Props<{ a: SessionReport['attendance'] }>) {
  const outcomes = a.outcomes.filter((o) => o.count > 0);
  return (
    <>
      <Figures
        rows={[
          [v.t('reports.session.enrolled', undefined, 'stacked'), n(a.enrolled)],
          [v.t('reports.session.attended', undefined, 'stacked'), n(a.attended)],
          [v.t('reports.session.hours', undefined, 'stacked'), n(a.hours)],
          [v.t('reports.session.hoursAttended', undefined, 'stacked'), n(a.hoursAttended)],
          [v.t('reports.session.attendanceRate', undefined, 'stacked'), percent(a.attendanceRate, v.main)],
        ]}
      />
      {outcomes.length > 0 && (
        <p className="sp-small">
          {v.t('reports.session.outcomes', undefined, 'inline')}{' '}
          {outcomes.map((o, i) => (
            <span key={o.status}>
              {i > 0 && ' · '}
              {v.t(`sessions.enrolmentStatuses.${o.status}`, undefined, 'inline')} <span className="sp-ltr">{n(o.count)}</span>
            </span>
          ))}
        </p>
      )}
    </>
  );
}

function Reaction({ l1, v, n }: Props<{ l1: NonNullable<SessionReport['reaction']> }>) {
  const maxPoints = Math.max(0, ...l1.scales.map((s) => s.points));
  const points = Array.from({ length: maxPoints }, (_, i) => i + 1);
  return (
    <>
      <Figures
        rows={[
          [
            v.t('reports.session.sheets', undefined, 'stacked'),
            v.t('reports.ofTotal', { n: n(l1.sheets), total: n(l1.expected) }, 'inline'),
          ],
          [v.t('reports.session.responseRate', undefined, 'stacked'), percent(l1.responseRate, v.main)],
          [
            <strong key="s">{v.t('reports.session.satisfaction', undefined, 'stacked')}</strong>,
            <strong key="v" data-figure="satisfaction">
              {percent(l1.satisfactionIndex, v.main)}
            </strong>,
          ],
        ]}
      />
      {l1.byMeasure.length > 0 && (
        <table className="sp-table rp-table">
          <thead>
            <tr>
              <th>{v.t('reports.session.measure', undefined, 'stacked')}</th>
              <th>{v.t('reports.session.answers', undefined, 'stacked')}</th>
              <th>{v.t('reports.session.index', undefined, 'stacked')}</th>
            </tr>
          </thead>
          <tbody>
            {l1.byMeasure.map((m) => (
              <tr key={m.measure}>
                <td>{v.t(`evaluations.questionnaires.measureNames.${m.measure}`, undefined, 'inline')}</td>
                <td className="rp-n">{n(m.answers)}</td>
                <td className="rp-n">{percent(m.index, v.main)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {l1.scales.length > 0 && (
        <>
          <h3>{v.t('reports.session.distribution', undefined, 'inline')}</h3>
          <table className="sp-table rp-table rp-dist">
            <thead>
              <tr>
                <th>{v.t('reports.session.question', undefined, 'stacked')}</th>
                {points.map((p) => (
                  <th key={p} className="rp-n">
                    <span className="sp-ltr">{n(p)}</span>
                  </th>
                ))}
                <th>{v.t('reports.session.answers', undefined, 'stacked')}</th>
                <th>{v.t('reports.session.index', undefined, 'stacked')}</th>
              </tr>
            </thead>
            <tbody>
              {l1.scales.map((s) => (
                <tr key={s.questionId}>
                  <td>
                    <span className="sp-ltr">Q{n(s.position + 1)}</span> {v.name(s.textFr, s.textAr, 'stacked')}
                    <span className="sp-small rp-block">
                      1 = {v.name(s.lowFr, s.lowAr, 'inline')} · {n(s.points)} = {v.name(s.highFr, s.highAr, 'inline')}
                    </span>
                  </td>
                  {points.map((p) => (
                    <td key={p} className="rp-n">
                      {p <= s.points ? n(s.counts[p - 1]) : ''}
                    </td>
                  ))}
                  <td className="rp-n">{n(s.answers)}</td>
                  <td className="rp-n">{percent(s.index, v.main)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

function Learning({ l2, v, n }: Props<{ l2: NonNullable<SessionReport['learning']> }>) {
  return (
    <Figures
      rows={[
        [v.t('reports.session.preSheets', undefined, 'stacked'), n(l2.preSheets)],
        [v.t('reports.session.postSheets', undefined, 'stacked'), n(l2.postSheets)],
        [v.t('reports.session.bothTests', undefined, 'stacked'), n(l2.participants)],
        [v.t('reports.session.meanPre', undefined, 'stacked'), percent(l2.meanPre, v.main)],
        [v.t('reports.session.meanPost', undefined, 'stacked'), percent(l2.meanPost, v.main)],
        [
          <strong key="g">{v.t('reports.session.gain', undefined, 'stacked')}</strong>,
          <strong key="v" data-figure="gain">
            {percent(l2.meanNormalisedGain, v.main)}
          </strong>,
        ],
        [v.t('reports.session.threshold', undefined, 'stacked'), percent(l2.passThreshold, v.main)],
        [
          v.t('reports.session.passed', undefined, 'stacked'),
          v.t('reports.ofTotalShare', { n: n(l2.passed), total: n(l2.postScored), share: percent(l2.passRate, v.main) }, 'inline'),
        ],
      ]}
    />
  );
}

function Costs({ c, v }: { c: SessionReport['costs']; v: Voice }) {
  const mad = (centimes: number) => <span className="sp-ltr">{formatAmount(centimes)}</span>;
  // No cost line typed in: the actual cost is not known, which is not "0,00".
  const actual = (centimes: number) => (c.lines.length ? mad(centimes) : '—');
  const funder = (f: { funderId: string | null; nameFr: string; nameAr: string }) =>
    f.funderId ? v.name(f.nameFr, f.nameAr, 'inline') : v.t('plans.actions.noFunder', undefined, 'inline');
  return (
    <>
      <p className="sp-small">
        {c.action ? (
          <>
            {v.t('reports.session.actionPlanned', { sessions: c.action.sessions }, 'inline')}{' '}
            <span className="sp-ltr">{c.action.code}</span> {v.name(c.action.titleFr, c.action.titleAr, 'inline')}
          </>
        ) : (
          v.t('reports.session.outsidePlan', undefined, 'inline')
        )}
      </p>
      <table className="sp-table rp-table">
        <thead>
          <tr>
            <th>{v.t('reports.session.funder', undefined, 'stacked')}</th>
            <th>{v.t('reports.session.plannedAction', undefined, 'stacked')}</th>
            <th>{v.t('reports.session.plannedSession', undefined, 'stacked')}</th>
            <th>{v.t('reports.session.actual', undefined, 'stacked')}</th>
          </tr>
        </thead>
        <tbody>
          {c.byFunder.map((f) => (
            <tr key={f.funderId ?? 'none'}>
              <td>{funder(f)}</td>
              <td className="rp-n">{mad(f.plannedCentimes)}</td>
              <td className="rp-n">{mad(f.plannedPerSessionCentimes)}</td>
              <td className="rp-n">{actual(f.actualCentimes)}</td>
            </tr>
          ))}
          <tr className="rp-total">
            <th scope="row">{v.t('reports.total', undefined, 'inline')}</th>
            <td className="rp-n">{mad(c.plannedCentimes)}</td>
            <td className="rp-n">{mad(c.plannedPerSessionCentimes)}</td>
            <td className="rp-n">{actual(c.actualCentimes)}</td>
          </tr>
        </tbody>
      </table>
      {!c.lines.length && <p className="sp-small">{v.t('reports.session.noActual', undefined, 'inline')}</p>}
      {c.lines.length > 0 && (
        <table className="sp-table rp-table">
          <thead>
            <tr>
              <th>{v.t('reports.session.item', undefined, 'stacked')}</th>
              <th>{v.t('reports.session.funder', undefined, 'stacked')}</th>
              <th>{v.t('reports.session.amount', undefined, 'stacked')}</th>
            </tr>
          </thead>
          <tbody>
            {c.lines.map((l, i) => (
              <tr key={i}>
                <td>{v.t(`plans.costItems.${l.item}`, undefined, 'inline')}</td>
                <td>{funder(l)}</td>
                <td className="rp-n">{mad(l.amountCentimes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
