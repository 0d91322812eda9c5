import { Loader } from '@mantine/core';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import type { Plan, PlanAction } from '../../../../../api/channels/plans';
import { useCall } from '../../../bridge/queries';
import { Both, voice } from '../../../components/Bilingual';
import { Ltr } from '../../../components/Ltr';
import type { Language } from '../../../i18n';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { budgetLines } from '../BudgetTab';
import { eur, mad, monthsOf } from '../plan-format';
import { readPlanDocumentOptions } from './plan-document-options';
import './plan-document.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The training plan as presented to the council and sent to the partner (a document of
 * app/documents.ts), A4 portrait, in French, Arabic, or both side by side: context, the axes
 * with their action table, the budget summary (by axis, by funder, total against the budget,
 * EUR), the calendar, the evaluation arrangements and the adoption block with its signatures.
 * Sober and readable in black and white: rules and bold, the calendar marked with ■.
 */
export function PlanDocumentPage({ path }: { path: string }) {
  const { planId, lang: printLang } = readPlanDocumentOptions(path);
  const v = voice(printLang);
  const both = printLang === 'both';
  const lang = v.main;
  const t = i18n.getFixedT(lang);
  const { t: vt, name } = v;
  const query = useCall('plans.get', { id: planId }, { enabled: Boolean(planId) });
  const settings = useCall('settings.get', {});
  if (!query.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const plan = query.data;
  const n = (x: number, lng: Language = lang) => formatNumber(x, lng);
  const { communeFr, communeAr } = settings.data;
  const today = formatDate(new Date().toISOString());
  // Versions start at adoption: a draft has none yet.
  const versioned = plan.status !== 'draft' && plan.status !== 'submitted';
  const axisOf = (id: string | null) => plan.axes.find((a) => a.id === id);
  const sections = [
    ...plan.axes.map((a) => ({ axis: a as Plan['axes'][number] | null, actions: plan.actionList.filter((x) => x.axisId === a.id) })),
    { axis: null, actions: plan.actionList.filter((x) => !x.axisId) },
  ].filter((s) => s.axis || s.actions.length);
  // Budget lines are named in the main language; the bilingual version names both below.
  const b = budgetLines(plan, lang, t);
  const funderName = (id: string | null) => {
    const f = plan.funders.find((x) => x.id === id);
    return f ? name(f.nameFr, f.nameAr) : vt('plans.actions.noFunder');
  };
  const period = (a: PlanAction) =>
    a.periodKind === 'month' ? vt(`plans.monthsLong.${a.periodValue}`) : vt(`plans.quarters.${a.periodValue}`);
  const actionTitle = (a: PlanAction) =>
    a.titleFr || a.titleAr ? name(a.titleFr, a.titleAr, 'stacked') : name(a.courseTitleFr, a.courseTitleAr, 'stacked') || a.courseCode;
  const text = (fr: string, ar: string): ReactNode =>
    both ? (
      <div className="pd-cols">
        <p lang="fr" dir="ltr">
          {fr || '—'}
        </p>
        <p lang="ar" dir="rtl">
          {ar || '—'}
        </p>
      </div>
    ) : (
      <p className="pd-text">{pickName(fr, ar, lang) || '—'}</p>
    );
  const amount = (c: number) => <span className="pd-num">{mad(c)}</span>;

  /**
   * A line of the document made of several translated pieces, whole in each language: side by
   * side, the French line above the Arabic one (pieces of both mixed in one line read in a
   * jumbled order).
   */
  const perLanguage = (line: (lng: Language) => string): ReactNode =>
    both ? <Both fr={line('fr')} ar={line('ar')} layout="stacked" /> : line(lang);
  const actionDetails = (a: PlanAction, lng: Language) => {
    const tl = i18n.getFixedT(lng);
    const provider = lng === 'ar' ? a.providerAr || a.providerFr : a.providerFr || a.providerAr;
    return [
      tl(`plans.modalities.${a.modality}`),
      provider ? `${tl('plans.document.provider')} ${provider}` : '',
      `${tl('plans.document.evaluationShort')} ${tl(`plans.evaluationLevels.${a.evaluationLevel}`)}`,
    ]
      .filter(Boolean)
      .join(' · ');
  };
  const headCounts = (a: PlanAction, lng: Language) => {
    const tl = i18n.getFixedT(lng);
    return `${tl('plans.actions.womenMen', { women: n(a.women, lng), men: n(a.men, lng) })} · ${tl('plans.actions.staffAssoc', {
      staff: n(a.staffCount, lng),
      assoc: n(a.associationCount, lng),
    })}`;
  };
  const metaLine = (lng: Language) => {
    const tl = i18n.getFixedT(lng);
    return [
      tl('plans.document.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) }),
      tl('plans.document.audience', { audience: tl(`plans.audiences.${plan.audience}`) }),
      tl('plans.document.status', { status: tl(`plans.statuses.${plan.status}`), version: versioned ? plan.version : '—' }),
    ].join(' · ');
  };

  return (
    <div className={both ? 'plan-doc plan-doc-both' : 'plan-doc'} dir={v.dir} lang={lang}>
      <header>
        <p className="pd-commune">{vt('plans.document.heading', (lng) => ({ commune: pickName(communeFr, communeAr, lng) }), 'columns')}</p>
        <h1>{vt('plans.document.yearTitle', { year: plan.year }, 'columns')}</h1>
        {(plan.titleFr || plan.titleAr) && <p className="pd-title">{name(plan.titleFr, plan.titleAr, 'columns')}</p>}
        {/* One line per language (a French and an Arabic sentence in one line would read in a jumbled order). */}
        <p className="pd-meta">{both ? <Both fr={metaLine('fr')} ar={metaLine('ar')} layout="columns" /> : metaLine(lang as Language)}</p>
      </header>

      <section>
        <h2>{vt('plans.document.context', undefined, 'columns')}</h2>
        {text(plan.contextFr, plan.contextAr)}
      </section>

      <section>
        <h2>{vt('plans.document.axes', undefined, 'columns')}</h2>
        {sections.map((s) => (
          <div key={s.axis?.id ?? 'none'} className="pd-axis">
            <h3>
              {s.axis ? (
                <>
                  <Ltr>{s.axis.code}</Ltr> — {name(s.axis.titleFr, s.axis.titleAr)}
                </>
              ) : (
                vt('plans.axes.none')
              )}
            </h3>
            {s.axis && (s.axis.programmeResult || s.axis.actionPlanRef) && (
              <p className="pd-meta">
                {s.axis.programmeResult && vt('plans.document.axisResult', { result: s.axis.programmeResult })}
                {s.axis.programmeResult && s.axis.actionPlanRef && ' · '}
                {s.axis.actionPlanRef && vt('plans.document.axisRef', { ref: s.axis.actionPlanRef })}
              </p>
            )}
            {s.actions.length ? (
              <table className="pd-table">
                <thead>
                  <tr>
                    <th>{vt('plans.actions.code', undefined, 'stacked')}</th>
                    <th>{vt('plans.actions.title', undefined, 'stacked')}</th>
                    <th>{vt('plans.actions.people', undefined, 'stacked')}</th>
                    <th>{vt('plans.actions.sessions', undefined, 'stacked')}</th>
                    <th>{vt('plans.actions.hours', undefined, 'stacked')}</th>
                    <th>{vt('plans.actions.period', undefined, 'stacked')}</th>
                    <th>{vt('plans.actions.cost', undefined, 'stacked')}</th>
                    <th>{vt('plans.actions.funders', undefined, 'stacked')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.actions.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Ltr>{a.code}</Ltr>
                      </td>
                      <td className="pd-action">
                        <strong>{actionTitle(a)}</strong>
                        {a.courseCode && (
                          <span className="pd-small">
                            {' '}
                            (<Ltr>{a.courseCode}</Ltr>)
                          </span>
                        )}
                        {(a.objectivesFr || a.objectivesAr) && (
                          <span className="pd-small pd-block">
                            {vt('plans.document.objectives')} {name(a.objectivesFr, a.objectivesAr, 'stacked')}
                          </span>
                        )}
                        <span className="pd-small pd-block">{perLanguage((lng) => actionDetails(a, lng))}</span>
                      </td>
                      <td>
                        <strong>{n(a.staffCount + a.associationCount)}</strong>
                        <span className="pd-small pd-block">{perLanguage((lng) => headCounts(a, lng))}</span>
                      </td>
                      <td className="pd-n">{n(a.sessions)}</td>
                      <td className="pd-n">{n(a.hours)}</td>
                      <td>{period(a)}</td>
                      <td className="pd-n">{amount(a.totalCentimes)}</td>
                      <td>
                        {[...new Set(a.costs.map((c) => c.funderId))].map((id) => (
                          <span key={id ?? 'none'} className="pd-block">
                            {funderName(id)}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="pd-meta">{vt('plans.axes.empty')}</p>
            )}
          </div>
        ))}
      </section>

      <section className="pd-keep">
        <h2>{vt('plans.document.budget', undefined, 'columns')}</h2>
        <p className="pd-meta">
          {vt('plans.budget.rate', { rate: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 }).format(plan.eurRate) })}
        </p>
        <div className="pd-two">
          <table className="pd-table">
            <thead>
              <tr>
                <th>{vt('plans.budget.axis', undefined, 'stacked')}</th>
                <th>{vt('plans.budget.planned', undefined, 'stacked')}</th>
                <th>{vt('plans.budget.eur', undefined, 'stacked')}</th>
              </tr>
            </thead>
            <tbody>
              {b.byAxis.map((r) => {
                const axis = axisOf(r.key);
                return (
                  <tr key={r.key}>
                    <td>
                      {axis ? (
                        <>
                          <Ltr>{axis.code}</Ltr> {name(axis.titleFr, axis.titleAr, 'stacked')}
                        </>
                      ) : (
                        vt('plans.axes.none')
                      )}
                    </td>
                    <td className="pd-n">{amount(r.planned)}</td>
                    <td className="pd-n">{eur(r.planned, plan.eurRate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <table className="pd-table">
            <thead>
              <tr>
                <th>{vt('plans.budget.funder', undefined, 'stacked')}</th>
                <th>{vt('plans.budget.committed', undefined, 'stacked')}</th>
                <th>{vt('plans.budget.planned', undefined, 'stacked')}</th>
                <th>{vt('plans.budget.eur', undefined, 'stacked')}</th>
              </tr>
            </thead>
            <tbody>
              {b.byFunder.map((r) => (
                <tr key={r.key}>
                  <td>{funderName(r.key === 'none' ? null : r.key)}</td>
                  <td className="pd-n">{r.committed === null ? '—' : amount(r.committed)}</td>
                  <td className="pd-n">{amount(r.planned)}</td>
                  <td className="pd-n">{eur(r.planned, plan.eurRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <table className="pd-table pd-total">
          <tbody>
            <tr>
              <th>{vt('plans.document.budgetLine')}</th>
              <td className="pd-n">{amount(plan.budgetCentimes)}</td>
              <td className="pd-n">{eur(plan.budgetCentimes, plan.eurRate)} EUR</td>
            </tr>
            <tr>
              <th>{vt('plans.document.plannedLine')}</th>
              <td className="pd-n">{amount(b.total)}</td>
              <td className="pd-n">{eur(b.total, plan.eurRate)} EUR</td>
            </tr>
            <tr>
              <th>{vt('plans.document.remainingLine')}</th>
              <td className="pd-n">
                <span className="pd-num">
                  {plan.budgetCentimes - b.total < 0 ? `−${mad(b.total - plan.budgetCentimes)}` : mad(plan.budgetCentimes - b.total)}
                </span>
              </td>
              <td className="pd-n">{eur(plan.budgetCentimes - b.total, plan.eurRate)} EUR</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="pd-keep">
        <h2>{vt('plans.document.calendar', undefined, 'columns')}</h2>
        <table className="pd-table pd-calendar">
          <thead>
            <tr>
              <th>{vt('plans.calendar.action', undefined, 'stacked')}</th>
              {MONTHS.map((m) => (
                <th key={m}>{vt(`plans.months.${m}`, undefined, 'stacked')}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.actionList
              .filter((a) => a.status !== 'cancelled')
              .map((a) => {
                const months = monthsOf(a);
                return (
                  <tr key={a.id}>
                    <td>
                      <Ltr>{a.code}</Ltr>
                    </td>
                    {MONTHS.map((m) => (
                      <td key={m} className={months.includes(m) ? 'pd-on' : undefined}>
                        {months.includes(m) ? '■' : ''}
                      </td>
                    ))}
                  </tr>
                );
              })}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{vt('plans.document.evaluation', undefined, 'columns')}</h2>
        {text(plan.evaluationFr, plan.evaluationAr)}
      </section>

      <section className="pd-keep pd-adoption">
        <h2>{vt('plans.document.adoption', undefined, 'columns')}</h2>
        <p>
          {plan.decisionReference ? (
            <strong>{vt('plans.document.decision', { reference: plan.decisionReference, date: formatDate(plan.decisionDate) })}</strong>
          ) : (
            vt('plans.document.notAdopted')
          )}
          {versioned && (
            <>
              {' · '}
              {vt('plans.versionN', { version: plan.version })}
            </>
          )}
        </p>
        <div className="pd-signatures">
          <div>
            <p>{vt('plans.document.signHead', undefined, 'stacked')}</p>
          </div>
          <div>
            <p>{vt('plans.document.signPresident', undefined, 'stacked')}</p>
          </div>
        </div>
        <p className="pd-meta pd-small">{vt('plans.document.printedOn', { date: today })}</p>
      </section>
    </div>
  );
}
