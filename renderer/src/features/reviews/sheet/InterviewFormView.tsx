import type { TFunction } from 'i18next';
import type { Campaign, Review } from '../../../../../api/channels/reviews';
import type { Output } from '../../../../../api/contract';
import type { Language } from '../../../i18n';
import { formatDate, otherName, pickName } from '../../../lib/format';

interface Props {
  review: Review;
  campaign: Campaign;
  framework: Output<'framework.get'>;
  commune: string;
  lang: Language;
  t: TFunction;
}

/** A few empty lines to write on. */
const Lines = ({ n }: { n: number }) => (
  <div className="iv-lines" aria-hidden>
    {Array.from({ length: n }, (_, i) => (
      <span key={i} />
    ))}
  </div>
);

/**
 * One person's interview form, as filled in on paper during the interview: who and for which
 * campaign, the instructions, the scale, the job's requirements with columns for the three
 * levels and the justification (levels already recorded are printed), the comments, the date
 * and the two signatures.
 */
export function InterviewFormView({ review: r, campaign: c, framework, commune, lang, t }: Props) {
  const pick = (fr: string, ar: string) => pickName(fr, ar, lang);
  const instructions = pick(c.instructionsFr, c.instructionsAr);
  const levelName = (n: number | null) => {
    const l = framework.levels.find((x) => x.level === n);
    return n === null ? '' : l ? `${n} — ${pick(l.nameFr, l.nameAr)}` : String(n);
  };
  const other = otherName(r.nameFr, r.nameAr, lang);
  const dash = (v: string) => v || '—';
  return (
    <article className="interview-form">
      <header>
        <p className="iv-commune">{t('reviews.sheet.heading', { commune })}</p>
        <h1>{t('reviews.sheet.title')}</h1>
        <p className="iv-campaign">
          <bdi dir="ltr">{c.code}</bdi> — {pick(c.titleFr, c.titleAr)} ·{' '}
          {t('reviews.period', { start: formatDate(c.periodStart), end: formatDate(c.periodEnd) })}
        </p>
        <dl>
          <dt>{t('reviews.review.person')}</dt>
          <dd>
            {pick(r.nameFr, r.nameAr)}
            {other && (
              <>
                {' '}
                <bdi className="iv-other">({other})</bdi>
              </>
            )}
          </dd>
          <dt>{t('reviews.columns.matricule')}</dt>
          <dd>
            <bdi dir="ltr" className="iv-matricule">
              {r.matricule}
            </bdi>
          </dd>
          <dt>{t('reviews.columns.unit')}</dt>
          <dd>{dash(pick(r.unitNameFr, r.unitNameAr))}</dd>
          <dt>{t('reviews.columns.job')}</dt>
          <dd>
            {r.jobCode ? (
              <>
                <bdi dir="ltr">{r.jobCode}</bdi> {pick(r.jobTitleFr, r.jobTitleAr)}
              </>
            ) : (
              t('reviews.review.noJob')
            )}
          </dd>
          <dt>{t('reviews.review.assessor')}</dt>
          <dd>{dash(pick(r.assessorNameFr, r.assessorNameAr))}</dd>
          <dt>{t('reviews.review.interviewDate')}</dt>
          <dd>{r.interviewDate ? formatDate(r.interviewDate) : '…… / …… / ………'}</dd>
        </dl>
      </header>

      {instructions && (
        <section>
          <h2>{t('reviews.sheet.instructions')}</h2>
          <p className="iv-text">{instructions}</p>
        </section>
      )}

      <section>
        <h2>{t('reviews.sheet.scale')}</h2>
        <table className="iv-scale">
          <tbody>
            {framework.levels.map((l) => (
              <tr key={l.level}>
                <th scope="row">
                  {l.level} — {pick(l.nameFr, l.nameAr)}
                </th>
                <td>{pick(l.descriptorFr, l.descriptorAr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('reviews.sheet.competencies')}</h2>
        <table className="iv-items">
          <thead>
            <tr>
              <th>{t('reviews.review.competency')}</th>
              <th className="iv-narrow">{t('reviews.sheet.requiredLevel')}</th>
              <th className="iv-narrow">{t('reviews.sheet.importance')}</th>
              <th className="iv-level">{t('reviews.review.self')}</th>
              <th className="iv-level">{t('reviews.review.manager')}</th>
              <th className="iv-level">{t('reviews.review.agreed')}</th>
              <th className="iv-just">{t('reviews.review.justification')}</th>
            </tr>
          </thead>
          <tbody>
            {r.items.map((it) => (
              <tr key={it.competencyId}>
                <td>
                  <bdi dir="ltr" className="iv-code">
                    {it.code}
                  </bdi>{' '}
                  {pick(it.nameFr, it.nameAr)}
                  {it.notApplicable && <span className="iv-note"> · {t('reviews.review.notApplicableLong')}</span>}
                </td>
                <td className="iv-narrow">{it.requiredLevel === null ? t('reviews.review.outside') : levelName(it.requiredLevel)}</td>
                <td className="iv-narrow">{it.importance ? t(`jobs.importances.${it.importance}`) : ''}</td>
                <td className="iv-level">{it.selfLevel ?? ''}</td>
                <td className="iv-level">{it.managerLevel ?? ''}</td>
                <td className="iv-level">{it.agreedLevel ?? ''}</td>
                <td className="iv-just">{it.justification}</td>
              </tr>
            ))}
            {/* Room for a competency added during the interview. */}
            {[0, 1].map((i) => (
              <tr key={`blank-${i}`} className="iv-blank">
                <td />
                <td className="iv-narrow">{t('reviews.review.outside')}</td>
                <td className="iv-narrow" />
                <td className="iv-level" />
                <td className="iv-level" />
                <td className="iv-level" />
                <td className="iv-just" />
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="iv-comments">
        <div>
          <h2>{t('reviews.review.personComment')}</h2>
          {r.personComment ? <p className="iv-text">{r.personComment}</p> : <Lines n={4} />}
        </div>
        <div>
          <h2>{t('reviews.review.assessorComment')}</h2>
          {r.assessorComment ? <p className="iv-text">{r.assessorComment}</p> : <Lines n={4} />}
        </div>
      </section>

      <section className="iv-signatures">
        <div>
          <p className="iv-sign-title">{t('reviews.sheet.signPerson')}</p>
          <p>
            {t('reviews.sheet.signedOn')} {r.personSignedOn ? formatDate(r.personSignedOn) : '…… / …… / ………'}
          </p>
        </div>
        <div>
          <p className="iv-sign-title">{t('reviews.sheet.signAssessor')}</p>
          <p>
            {t('reviews.sheet.signedOn')} {r.assessorSignedOn ? formatDate(r.assessorSignedOn) : '…… / …… / ………'}
          </p>
        </div>
      </section>
    </article>
  );
}
