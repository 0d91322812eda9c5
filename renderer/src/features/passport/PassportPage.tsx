import { Loader } from '@mantine/core';
import i18n from 'i18next';
import { useCall } from '../../bridge/queries';
import { Both, voice } from '../../components/Bilingual';
import { Ltr } from '../../components/Ltr';
import { formatDate, pickName } from '../../lib/format';
import { readPassportOptions } from '../sessions/paper/paper-options';
import { passportTotals } from './PassportTable';
import { formatHours } from '../sessions/paper/session-format';
import '../sessions/paper/paper.css';

const span = (first: string | null, last: string | null) =>
  first && last && first !== last ? `${formatDate(first)} – ${formatDate(last)}` : formatDate(first ?? last);

/**
 * The training passport of a person (a document of app/documents.ts), A4 portrait, for the
 * personnel file: who, the sessions followed (hours attended, outcome, attestation number), the
 * sessions given as a trainer, and the totals. FR, AR or both (labels in both, names in both).
 */
export function PassportPage({ path }: { path: string }) {
  const { staffId, traineeId, lang: printLang } = readPassportOptions(path);
  const v = voice(printLang);
  const lang = v.main;
  const t = i18n.getFixedT(lang);
  const passport = useCall('passports.get', { staffId, traineeId }, { enabled: Boolean(staffId || traineeId) });
  const settings = useCall('settings.get', {});
  if (!passport.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const p = passport.data;
  return (
    <div className={`sp-doc sp-portrait${printLang === 'both' ? ' sp-both' : ''}`} dir={v.dir} lang={lang}>
      <section>
        <p className="sp-meta">
          {v.t(
            'sessionPaper.communeService',
            (lng) => ({ commune: pickName(settings.data.communeFr, settings.data.communeAr, lng) }),
            'inline',
          )}
        </p>
        <h1>{v.t('passport.documentTitle', undefined, 'inline')}</h1>
        <p className="sp-name">
          <strong>{v.name(p.nameFr, p.nameAr, 'inline')}</strong>
          {p.matricule && (
            <>
              {' '}
              (<Ltr>{p.matricule}</Ltr>)
            </>
          )}
        </p>
        <p className="sp-meta">{v.name(p.groupFr, p.groupAr, 'inline')}</p>
        <p>
          {printLang === 'both' ? (
            <Both fr={passportTotals(p, 'fr')} ar={passportTotals(p, 'ar')} layout="stacked" />
          ) : (
            passportTotals(p, lang)
          )}
        </p>
        <h2>{v.t('passport.followed', undefined, 'inline')}</h2>
        {p.followed.length ? (
          <table className="sp-table">
            <thead>
              <tr>
                <th>{v.t('passport.session', undefined, 'stacked')}</th>
                <th>{v.t('passport.dates', undefined, 'stacked')}</th>
                <th>{v.t('passport.hours', undefined, 'stacked')}</th>
                <th>{v.t('passport.status', undefined, 'stacked')}</th>
                <th>{v.t('passport.attestation', undefined, 'stacked')}</th>
              </tr>
            </thead>
            <tbody>
              {p.followed.map((l) => (
                <tr key={l.enrolmentId}>
                  <td>
                    {v.name(l.titleFr, l.titleAr, 'stacked')} <span className="sp-small sp-ltr">{l.sessionCode}</span>
                  </td>
                  <td className="sp-ltr">{span(l.firstDate, l.lastDate)}</td>
                  <td className="sp-n">
                    {formatHours(l.hoursAttended, lang)} / {formatHours(l.hours, lang)}
                  </td>
                  <td>{v.t(`passport.statuses.${l.status}`, undefined, 'stacked')}</td>
                  <td className="sp-ltr">{l.attestation ? `${l.attestation.number}${l.attestation.revoked ? ' ✗' : ''}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{v.t('passport.noneFollowed', undefined, 'stacked')}</p>
        )}
        {p.given.length > 0 && (
          <>
            <h2>{v.t('passport.givenTitle', undefined, 'inline')}</h2>
            <table className="sp-table">
              <tbody>
                {p.given.map((l) => (
                  <tr key={l.sessionId}>
                    <td>
                      {v.name(l.titleFr, l.titleAr, 'stacked')} <span className="sp-small sp-ltr">{l.sessionCode}</span>
                    </td>
                    <td className="sp-ltr">{span(l.firstDate, l.lastDate)}</td>
                    <td className="sp-n">{formatHours(l.hours, lang)} h</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{v.t('passport.given', (lng) => ({ hours: formatHours(p.totals.hoursGiven, lng) }), 'stacked')}</p>
          </>
        )}
        <div className="sp-foot">
          <span>{v.t('passport.printedOn', { date: formatDate(new Date().toISOString()) }, 'inline')}</span>
        </div>
      </section>
    </div>
  );
}
