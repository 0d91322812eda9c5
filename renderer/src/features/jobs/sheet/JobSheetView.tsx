import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { JOB_TEXT_SECTIONS, type JobProfile, type JobSummary } from '../../../../../api/channels/jobs';
import type { Output } from '../../../../../api/contract';
import type { Language } from '../../../i18n';
import { formatNumber, otherName, pickName } from '../../../lib/format';
import './job-sheet.css';

interface Props {
  job: JobProfile;
  framework: Output<'framework.get'> | undefined;
  /** The other sheets, for the title of the job this one reports to. */
  jobs: JobSummary[];
  /** The language the sheet is read in (the screen's, or the one chosen for print). */
  lang: Language;
  t: TFunction;
  /** How the holders are shown: a link to them on screen, their number on paper. */
  holders?: ReactNode;
  /** The level of the sheet's title (1 on paper; 3 in the drawer, under its own title); sections one below. */
  level: 1 | 3;
}

/**
 * A job sheet laid out like the communes' paper ones, to be read: identity, the description's
 * sections, the required competencies with their level and importance. The same view is the
 * drawer's first page and the printed sheet; a text missing in the chosen language shows in
 * the other one.
 */
export function JobSheetView({ job, framework, jobs, lang, t, holders, level }: Props) {
  const Title = `h${level}` as const;
  const Section = `h${level + 1}` as 'h2' | 'h4';
  const title = pickName(job.titleFr, job.titleAr, lang) || job.code;
  const other = otherName(job.titleFr, job.titleAr, lang);
  const boss = jobs.find((j) => j.id === job.reportsToId);
  const competency = (id: string) => framework?.competencies.find((c) => c.id === id);
  const scaleLevel = (n: number) => framework?.levels.find((l) => l.level === n);
  const sections = JOB_TEXT_SECTIONS.map((s) => ({ s, text: pickName(job[`${s}Fr`], job[`${s}Ar`], lang) })).filter((x) => x.text);

  return (
    <article className="job-sheet" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <div className="job-sheet-head">
        <p className="job-sheet-code">
          <bdi dir="ltr">{job.code}</bdi>
        </p>
        <Title className="job-sheet-title">{title}</Title>
        {other && <p className="job-sheet-other">{other}</p>}
        <dl>
          <dt>{t('jobs.reportsTo')}</dt>
          <dd>{boss ? `${pickName(boss.titleFr, boss.titleAr, lang) || boss.code}` : t('jobs.reportsToNone')}</dd>
          <dt>{t('jobs.holders')}</dt>
          <dd>{holders ?? t('jobs.holderCount', { count: job.holders, formatted: formatNumber(job.holders, lang) })}</dd>
        </dl>
      </div>
      {sections.map(({ s, text }) => (
        <section key={s}>
          <Section>{t(`jobs.sections.${s}`)}</Section>
          <p className="job-sheet-text">{text}</p>
        </section>
      ))}
      <section>
        <Section>{t('jobs.requirements')}</Section>
        {!job.requirements.length ? (
          <p>{t('jobs.sheet.noRequirements')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('jobs.sheet.competency')}</th>
                <th>{t('jobs.requiredLevel')}</th>
                <th>{t('jobs.importance')}</th>
              </tr>
            </thead>
            <tbody>
              {job.requirements.map((r) => {
                const c = competency(r.competencyId);
                const l = scaleLevel(r.requiredLevel);
                return (
                  <tr key={r.competencyId}>
                    <td>
                      {c && (
                        <bdi dir="ltr" className="job-sheet-code">
                          {c.code}
                        </bdi>
                      )}{' '}
                      {c ? pickName(c.nameFr, c.nameAr, lang) : ''}
                    </td>
                    <td>{l ? `${r.requiredLevel} — ${pickName(l.nameFr, l.nameAr, lang)}` : r.requiredLevel}</td>
                    <td>{t(`jobs.importances.${r.importance}`)}</td>
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
