import i18n from 'i18next';
import type { ReactNode } from 'react';
import { JOB_TEXT_SECTIONS, type JobProfile, type JobSummary } from '../../../../../api/channels/jobs';
import type { Output } from '../../../../../api/contract';
import { Ar, Both, Fr } from '../../../components/Bilingual';
import { Ltr } from '../../../components/Ltr';
import { formatNumber } from '../../../lib/format';
import './job-sheet.css';

interface Props {
  job: JobProfile;
  framework: Output<'framework.get'> | undefined;
  /** The other sheets, for the title of the job this one reports to. */
  jobs: JobSummary[];
}

/** Two columns of one row: the French on the left (left to right), the Arabic on the right (right to left). */
function Columns({ fr, ar, className }: { fr: ReactNode; ar: ReactNode; className?: string }) {
  return (
    <div className={`bi-cols ${className ?? ''}`}>
      <div lang="fr" dir="ltr">
        {fr || <span className="job-sheet-missing">—</span>}
      </div>
      <div lang="ar" dir="rtl">
        {ar || <span className="job-sheet-missing">—</span>}
      </div>
    </div>
  );
}

/**
 * The printed job sheet in French and Arabic side by side (`lang=both`), laid out like the
 * communes' bilingual paper forms: every heading and text twice on the same line, the French
 * column on the left and the Arabic on the right, each with its own direction; the code and the
 * required competencies once, in a table whose first name column is French and last Arabic.
 */
export function JobSheetBilingual({ job, framework, jobs }: Props) {
  const fr = i18n.getFixedT('fr');
  const ar = i18n.getFixedT('ar');
  const boss = jobs.find((j) => j.id === job.reportsToId);
  const competency = (id: string) => framework?.competencies.find((c) => c.id === id);
  const scaleLevel = (n: number) => framework?.levels.find((l) => l.level === n);
  const sections = JOB_TEXT_SECTIONS.filter((s) => job[`${s}Fr`] || job[`${s}Ar`]);
  const holders = (t: typeof fr, lang: 'fr' | 'ar') =>
    t('jobs.holderCount', { count: job.holders, formatted: formatNumber(job.holders, lang) });

  return (
    <article className="job-sheet job-sheet-both">
      <div className="job-sheet-head">
        <p className="job-sheet-code">
          <Ltr>{job.code}</Ltr>
        </p>
        <h1 className="job-sheet-title bi-cols">
          <Fr>{job.titleFr || job.code}</Fr>
          <Ar>{job.titleAr || job.code}</Ar>
        </h1>
        <Columns
          fr={
            <dl>
              <dt>{fr('jobs.reportsTo')}</dt>
              <dd>{boss ? boss.titleFr || boss.code : fr('jobs.reportsToNone')}</dd>
              <dt>{fr('jobs.holders')}</dt>
              <dd>{holders(fr, 'fr')}</dd>
            </dl>
          }
          ar={
            <dl>
              <dt>{ar('jobs.reportsTo')}</dt>
              <dd>{boss ? boss.titleAr || boss.code : ar('jobs.reportsToNone')}</dd>
              <dt>{ar('jobs.holders')}</dt>
              <dd>{holders(ar, 'ar')}</dd>
            </dl>
          }
        />
      </div>
      {sections.map((s) => (
        <section key={s}>
          <h2 className="bi-cols">
            <Fr>{fr(`jobs.sections.${s}`)}</Fr>
            <Ar>{ar(`jobs.sections.${s}`)}</Ar>
          </h2>
          <Columns
            fr={job[`${s}Fr`] && <p className="job-sheet-text">{job[`${s}Fr`]}</p>}
            ar={job[`${s}Ar`] && <p className="job-sheet-text">{job[`${s}Ar`]}</p>}
          />
        </section>
      ))}
      <section>
        <h2 className="bi-cols">
          <Fr>{fr('jobs.requirements')}</Fr>
          <Ar>{ar('jobs.requirements')}</Ar>
        </h2>
        {!job.requirements.length ? (
          <Columns fr={<p>{fr('jobs.sheet.noRequirements')}</p>} ar={<p>{ar('jobs.sheet.noRequirements')}</p>} />
        ) : (
          <table>
            <thead>
              <tr>
                <th lang="fr">{fr('jobs.sheet.competency')}</th>
                <th className="job-sheet-narrow">
                  <Both fr={fr('jobs.requiredLevel')} ar={ar('jobs.requiredLevel')} layout="stacked" />
                </th>
                <th className="job-sheet-narrow">
                  <Both fr={fr('jobs.importance')} ar={ar('jobs.importance')} layout="stacked" />
                </th>
                <th lang="ar" dir="rtl">
                  {ar('jobs.sheet.competency')}
                </th>
              </tr>
            </thead>
            <tbody>
              {job.requirements.map((r) => {
                const c = competency(r.competencyId);
                const l = scaleLevel(r.requiredLevel);
                return (
                  <tr key={r.competencyId}>
                    <td lang="fr">
                      {c && (
                        <bdi dir="ltr" className="job-sheet-code">
                          {c.code}
                        </bdi>
                      )}{' '}
                      {c?.nameFr}
                    </td>
                    <td className="job-sheet-narrow">
                      {l ? (
                        <Both fr={`${r.requiredLevel} — ${l.nameFr}`} ar={`${r.requiredLevel} — ${l.nameAr}`} layout="stacked" />
                      ) : (
                        r.requiredLevel
                      )}
                    </td>
                    <td className="job-sheet-narrow">
                      <Both fr={fr(`jobs.importances.${r.importance}`)} ar={ar(`jobs.importances.${r.importance}`)} layout="stacked" />
                    </td>
                    <td lang="ar" dir="rtl">
                      {c?.nameAr || c?.nameFr}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
