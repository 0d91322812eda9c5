import { readTrainingDirectoryOptions } from './training-directory-options';
import { Loader } from '@mantine/core';
import i18n from 'i18next';
import type { TrainingDirectory } from '../../../../../api/channels/catalogue';
import { useCall } from '../../../bridge/queries';
import { Ltr, joinList } from '../../../components/Ltr';
import { formatDate, pickName } from '../../../lib/format';
import { formatHours } from '../options';
import './training-directory.css';

/** The document's options live in its path (`#/training-directory?lang=ar`). */
/**
 * "Répertoire des formations et des formateurs" (a document of app/documents.ts), A4 portrait,
 * in French or Arabic whatever the screen's: the courses by domain with their objectives, hours,
 * modality and competencies; the trainers with their expertise and languages, and their phone
 * and e-mail only when they consented to be listed.
 */
export function TrainingDirectoryPage({ path }: { path: string }) {
  const { lang } = readTrainingDirectoryOptions(path);
  const t = i18n.getFixedT(lang);
  const data = useCall('catalogue.directory', {});
  const settings = useCall('settings.get', {});
  if (!data.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const commune = pickName(settings.data.communeFr, settings.data.communeAr, lang);
  const byDomain = new Map<string, TrainingDirectory['courses']>();
  for (const c of data.data.courses) {
    const domain = pickName(c.domainFr, c.domainAr, lang) || t('catalogue.directory.noDomain');
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), c]);
  }
  return (
    <div className="training-directory" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header>
        <p className="td-heading">{t('catalogue.directory.heading', { commune, date: formatDate(new Date().toISOString()) })}</p>
        <h1>{t('catalogue.directory.title')}</h1>
      </header>
      <h2>{t('catalogue.directory.courses')}</h2>
      {[...byDomain.entries()].map(([domain, courses]) => (
        <section key={domain}>
          <h3>{domain}</h3>
          {courses.map((c) => (
            <article key={c.id} className="td-course">
              <p className="td-title">
                <span className="td-code">
                  <Ltr>{c.code}</Ltr>
                </span>{' '}
                {pickName(c.titleFr, c.titleAr, lang)}
              </p>
              <p className="td-meta">
                {t('catalogue.directory.courseLine', {
                  hours: formatHours(c.hours, lang),
                  modality: t(`catalogue.modalities.${c.modality}`),
                })}
                {c.competencies.length > 0 && (
                  <>
                    {' · '}
                    {joinList(
                      c.competencies.map((k) => `${pickName(k.nameFr, k.nameAr, lang)} (${k.targetLevel})`),
                      lang,
                    )}
                  </>
                )}
              </p>
              {pickName(c.objectivesFr, c.objectivesAr, lang) && (
                <p className="td-objectives">
                  {t('catalogue.directory.objectivesLine', { text: pickName(c.objectivesFr, c.objectivesAr, lang) })}
                </p>
              )}
            </article>
          ))}
        </section>
      ))}
      <h2>{t('catalogue.directory.trainers')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('catalogue.fields.name')}</th>
            <th>{t('catalogue.fields.expertise')}</th>
            <th>{t('catalogue.fields.languages')}</th>
            <th>{t('catalogue.fields.contact')}</th>
          </tr>
        </thead>
        <tbody>
          {data.data.trainers.map((tr) => (
            <tr key={tr.id}>
              <td>
                <b>{pickName(tr.nameFr, tr.nameAr, lang)}</b>
                <br />
                <span className="td-kind">{t(`catalogue.kinds.${tr.kind}`)}</span>
              </td>
              <td>
                {joinList(
                  tr.expertise.map((e) => pickName(e.nameFr, e.nameAr, lang)),
                  lang,
                )}
              </td>
              <td>
                {joinList(
                  tr.languages.map((l) => t(`catalogue.languages.${l}`)),
                  lang,
                )}
              </td>
              <td>
                {tr.shareConsent ? (
                  <>
                    {tr.phone && <Ltr>{tr.phone}</Ltr>}
                    {tr.phone && tr.email && <br />}
                    {tr.email && <Ltr>{tr.email}</Ltr>}
                  </>
                ) : (
                  <span className="td-kind">{t('catalogue.directory.contactWithheld')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
