import i18n from 'i18next';
import type { Campaign, Review } from '../../../../../api/channels/reviews';
import type { Output } from '../../../../../api/contract';
import { Ar, Both, Fr, type Voice } from '../../../components/Bilingual';
import { Ltr } from '../../../components/Ltr';
import { formatDate, otherName, pickName } from '../../../lib/format';

interface Props {
  review: Review;
  campaign: Campaign;
  framework: Output<'framework.get'>;
  /** The commune's names (French, Arabic). */
  communeFr: string;
  communeAr: string;
  /** The language the form is printed in: one, or both side by side. */
  v: Voice;
}

/** A few empty lines to write on. */
const Lines = ({ n }: { n: number }) => (
  <div className="iv-lines" aria-hidden>
    {Array.from({ length: n }, (_, i) => (
      <span key={i} />
    ))}
  </div>
);

const BLANK_DATE = '…… / …… / ………';

/**
 * One person's interview form, as filled in on paper during the interview: who and for which
 * campaign, the instructions, the scale, the job's requirements with columns for the three
 * levels and the justification (levels already recorded are printed), the comments, the date
 * and the two signatures. In both languages (`v.lang === 'both'`) every label says it in French
 * and Arabic, names show in both scripts, the instructions and the scale's descriptors in two
 * columns, French on the left.
 */
export function InterviewFormView({ review: r, campaign: c, framework, communeFr, communeAr, v }: Props) {
  const both = v.lang === 'both';
  const { t, name } = v;
  const instructionsFr = c.instructionsFr.trim();
  const instructionsAr = c.instructionsAr.trim();
  const levelName = (n: number | null) => {
    const l = framework.levels.find((x) => x.level === n);
    if (n === null) return '';
    if (!l) return String(n);
    return both ? (
      <Both fr={`${n} — ${l.nameFr}`} ar={`${n} — ${l.nameAr || l.nameFr}`} layout="stacked" />
    ) : (
      <>
        {n} — {name(l.nameFr, l.nameAr)}
      </>
    );
  };
  const other = both ? '' : otherName(r.nameFr, r.nameAr, v.main);
  const dash = (fr: string, ar: string) => (fr || ar ? name(fr, ar, 'stacked') : '—');
  const period = { start: formatDate(c.periodStart), end: formatDate(c.periodEnd) };
  return (
    <article className={both ? 'interview-form iv-both' : 'interview-form'}>
      <header>
        <p className="iv-commune">{t('reviews.sheet.heading', (lng) => ({ commune: pickName(communeFr, communeAr, lng) }), 'columns')}</p>
        <h1>{t('reviews.sheet.title', undefined, 'columns')}</h1>
        {both ? (
          <p className="iv-campaign bi-cols">
            <Fr>
              <Ltr>{c.code}</Ltr> — {c.titleFr || c.titleAr} · {i18n.getFixedT('fr')('reviews.period', period)}
            </Fr>
            <Ar>
              <Ltr>{c.code}</Ltr> — {c.titleAr || c.titleFr} · {i18n.getFixedT('ar')('reviews.period', period)}
            </Ar>
          </p>
        ) : (
          <p className="iv-campaign">
            <Ltr>{c.code}</Ltr> — {name(c.titleFr, c.titleAr)} · {t('reviews.period', period)}
          </p>
        )}
        <dl>
          <dt>{t('reviews.review.person', undefined, 'stacked')}</dt>
          <dd>
            {name(r.nameFr, r.nameAr, 'stacked')}
            {other && (
              <>
                {' '}
                <bdi className="iv-other">({other})</bdi>
              </>
            )}
          </dd>
          <dt>{t('reviews.columns.matricule', undefined, 'stacked')}</dt>
          <dd>
            <bdi dir="ltr" className="iv-matricule">
              {r.matricule}
            </bdi>
          </dd>
          <dt>{t('reviews.columns.unit', undefined, 'stacked')}</dt>
          <dd>{dash(r.unitNameFr, r.unitNameAr)}</dd>
          <dt>{t('reviews.columns.job', undefined, 'stacked')}</dt>
          <dd>
            {r.jobCode ? (
              <>
                <Ltr>{r.jobCode}</Ltr> {name(r.jobTitleFr, r.jobTitleAr, 'stacked')}
              </>
            ) : (
              t('reviews.review.noJob', undefined, 'stacked')
            )}
          </dd>
          <dt>{t('reviews.review.assessor', undefined, 'stacked')}</dt>
          <dd>{dash(r.assessorNameFr, r.assessorNameAr)}</dd>
          <dt>{t('reviews.review.interviewDate', undefined, 'stacked')}</dt>
          <dd>{r.interviewDate ? <Ltr>{formatDate(r.interviewDate)}</Ltr> : BLANK_DATE}</dd>
        </dl>
      </header>

      {(instructionsFr || instructionsAr) && (
        <section>
          <h2>{t('reviews.sheet.instructions', undefined, 'columns')}</h2>
          {both ? (
            <div className="bi-cols">
              <p className="iv-text" lang="fr" dir="ltr">
                {instructionsFr}
              </p>
              <p className="iv-text" lang="ar" dir="rtl">
                {instructionsAr}
              </p>
            </div>
          ) : (
            <p className="iv-text">{name(instructionsFr, instructionsAr)}</p>
          )}
        </section>
      )}

      <section>
        <h2>{t('reviews.sheet.scale', undefined, 'columns')}</h2>
        <table className="iv-scale">
          <tbody>
            {framework.levels.map((l) => (
              <tr key={l.level}>
                {both ? (
                  <>
                    <th scope="row" className="iv-scale-n">
                      {l.level}
                    </th>
                    <td lang="fr" dir="ltr">
                      <strong>{l.nameFr}</strong> : {l.descriptorFr}
                    </td>
                    <td lang="ar" dir="rtl">
                      <strong>{l.nameAr || l.nameFr}</strong>: {l.descriptorAr}
                    </td>
                  </>
                ) : (
                  <>
                    <th scope="row">{levelName(l.level)}</th>
                    <td>{name(l.descriptorFr, l.descriptorAr)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('reviews.sheet.competencies', undefined, 'columns')}</h2>
        <table className="iv-items">
          <thead>
            <tr>
              <th>{t('reviews.review.competency', undefined, 'stacked')}</th>
              <th className="iv-narrow">{t('reviews.sheet.requiredLevel', undefined, 'stacked')}</th>
              <th className="iv-narrow">{t('reviews.sheet.importance', undefined, 'stacked')}</th>
              <th className="iv-level">{t('reviews.review.self', undefined, 'stacked')}</th>
              <th className="iv-level">{t('reviews.review.manager', undefined, 'stacked')}</th>
              <th className="iv-level">{t('reviews.review.agreed', undefined, 'stacked')}</th>
              <th className="iv-just">{t('reviews.review.justification', undefined, 'stacked')}</th>
            </tr>
          </thead>
          <tbody>
            {r.items.map((it) => (
              <tr key={it.competencyId}>
                <td>
                  <bdi dir="ltr" className="iv-code">
                    {it.code}
                  </bdi>{' '}
                  {both ? (
                    <>
                      <Fr>{it.nameFr}</Fr>
                      {it.nameAr && <Ar className="iv-name-ar">{it.nameAr}</Ar>}
                    </>
                  ) : (
                    name(it.nameFr, it.nameAr)
                  )}
                  {it.notApplicable && <span className="iv-note"> · {t('reviews.review.notApplicableLong')}</span>}
                </td>
                <td className="iv-narrow">
                  {it.requiredLevel === null ? t('reviews.review.outside', undefined, 'stacked') : levelName(it.requiredLevel)}
                </td>
                <td className="iv-narrow">{it.importance ? t(`jobs.importances.${it.importance}`, undefined, 'stacked') : ''}</td>
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
                <td className="iv-narrow">{t('reviews.review.outside', undefined, 'stacked')}</td>
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
          <h2>{t('reviews.review.personComment', undefined, 'stacked')}</h2>
          {r.personComment ? <p className="iv-text">{r.personComment}</p> : <Lines n={both ? 3 : 4} />}
        </div>
        <div>
          <h2>{t('reviews.review.assessorComment', undefined, 'stacked')}</h2>
          {r.assessorComment ? <p className="iv-text">{r.assessorComment}</p> : <Lines n={both ? 3 : 4} />}
        </div>
      </section>

      <section className="iv-signatures">
        <div>
          <p className="iv-sign-title">{t('reviews.sheet.signPerson', undefined, 'stacked')}</p>
          <p>
            {t('reviews.sheet.signedOn')} {r.personSignedOn ? <Ltr>{formatDate(r.personSignedOn)}</Ltr> : BLANK_DATE}
          </p>
        </div>
        <div>
          <p className="iv-sign-title">{t('reviews.sheet.signAssessor', undefined, 'stacked')}</p>
          <p>
            {t('reviews.sheet.signedOn')} {r.assessorSignedOn ? <Ltr>{formatDate(r.assessorSignedOn)}</Ltr> : BLANK_DATE}
          </p>
        </div>
      </section>
    </article>
  );
}
