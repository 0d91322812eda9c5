import { Loader } from '@mantine/core';
import i18n from 'i18next';
import type { Attestation, AttestationContent } from '../../../../../api/channels/attestations';
import { useCall } from '../../../bridge/queries';
import { Ar, Fr } from '../../../components/Bilingual';
import { ltr } from '../../../components/Ltr';
import type { Language } from '../../../i18n';
import { formatDate, pickName } from '../../../lib/format';
import { readSessionPaperOptions } from './paper-options';
import { formatHours } from './session-format';
import './paper.css';

/**
 * Attestations (a document of app/documents.ts), one A4 page each: a session's batch, or the
 * ones chosen. Everything printed comes from the attestation's signed content (not from the
 * records as they are today), so the paper says what the verification code vouches for. The
 * code is printed with the sentence telling the partner's coordinator how to check it. In both
 * languages the French text and the Arabic one stand side by side; Arabic is shaped by the
 * browser's text engine (real glyphs in the PDF, not "????"), digits Western.
 */
export function AttestationsPage({ path }: { path: string }) {
  const { sessionId, attestationIds, lang: printLang } = readSessionPaperOptions(path);
  const main: Language = printLang === 'ar' ? 'ar' : 'fr';
  const t = i18n.getFixedT(main);
  const list = useCall('attestations.list', { sessionId: sessionId || null, enrolmentIds: [] }, { enabled: Boolean(sessionId) });
  if (!list.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  // A batch leaves revoked ones out; one asked for by name is printed, marked revoked.
  const chosen = attestationIds.length ? list.data.filter((a) => attestationIds.includes(a.id)) : list.data.filter((a) => !a.revokedAt);
  const sorted = [...chosen].sort((a, b) => a.number.localeCompare(b.number));
  const page = (a: Attestation, lng: Language) => <AttestationText attestation={a} lang={lng} />;
  return (
    <div className={`sp-doc sp-portrait${printLang === 'both' ? ' sp-both' : ''}`} dir={printLang === 'ar' ? 'rtl' : 'ltr'} lang={main}>
      {!sorted.length && <p>{t('sessionPaper.attestation.none')}</p>}
      {sorted.map((a) => (
        <section className="sp-page sp-attestation" key={a.id}>
          {printLang === 'both' ? (
            <div className="sp-cols">
              <Fr>{page(a, 'fr')}</Fr>
              <Ar>{page(a, 'ar')}</Ar>
            </div>
          ) : (
            page(a, main)
          )}
        </section>
      ))}
    </div>
  );
}

function AttestationText({ attestation: a, lang }: { attestation: Attestation; lang: Language }) {
  const t = i18n.getFixedT(lang);
  const c: AttestationContent = a.content;
  const name = (fr: string, ar: string) => pickName(fr, ar, lang);
  const span = c.firstDate === c.lastDate ? formatDate(c.firstDate) : `${formatDate(c.firstDate)} – ${formatDate(c.lastDate)}`;
  const objectives = name(c.objectivesFr, c.objectivesAr);
  return (
    <div dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <p className="sp-meta">{t('sessionPaper.communeService', { commune: name(c.communeFr, c.communeAr) })}</p>
      <p className="sp-meta">
        {t('sessionPaper.attestation.number')} <span className="sp-ltr">{c.number}</span>
      </p>
      <h1>{t(c.kind === 'achievement' ? 'sessionPaper.attestation.titleAchievement' : 'sessionPaper.attestation.title')}</h1>
      {a.revokedAt && (
        <p>
          <strong>{t('sessionPaper.attestation.revoked', { date: formatDate(a.revokedAt), reason: a.revokeReason })}</strong>
        </p>
      )}
      <p>{t('sessionPaper.attestation.certifies', { commune: name(c.communeFr, c.communeAr) })}</p>
      <p className="sp-name">{name(c.nameFr, c.nameAr)}</p>
      <p>
        {c.participantType === 'staff'
          ? t('sessionPaper.attestation.staff', { matricule: ltr(c.matricule), organization: name(c.organizationFr, c.organizationAr) })
          : t('sessionPaper.attestation.association', { organization: name(c.organizationFr, c.organizationAr) })}
      </p>
      <p>{t(c.kind === 'achievement' ? 'sessionPaper.attestation.followedPassed' : 'sessionPaper.attestation.followed')}</p>
      <p className="sp-name">
        {name(c.titleFr, c.titleAr)}{' '}
        <span className="sp-small sp-ltr">
          ({c.courseCode} · {c.sessionCode})
        </span>
      </p>
      <p>
        {t('sessionPaper.attestation.period', { span })} ·{' '}
        {t('sessionPaper.attestation.hours', { attended: formatHours(c.hoursAttended, lang), hours: formatHours(c.hours, lang) })}
      </p>
      {objectives && (
        <>
          <h2>{t('sessionPaper.letters.objectives')}</h2>
          <p className="sp-pre">{objectives}</p>
        </>
      )}
      <p>{t('sessionPaper.attestation.issuedOn', { date: formatDate(c.issuedOn) })}</p>
      <div className="sp-signatures">
        {(c.signatories.length ? c.signatories : [null]).map((s, i) => (
          <div key={i}>
            {s ? (
              <>
                <p>
                  <strong>{name(s.titleFr, s.titleAr)}</strong>
                </p>
                <p>{name(s.nameFr, s.nameAr)}</p>
              </>
            ) : (
              <p>{t('sessionPaper.attestation.signature')}</p>
            )}
          </div>
        ))}
      </div>
      <div className="sp-verify">
        <p>
          {t('sessionPaper.attestation.code')} <span className="sp-code-text">{a.verificationCode}</span>
        </p>
        <p className="sp-small">{t('sessionPaper.attestation.howToVerify', { number: ltr(c.number) })}</p>
      </div>
    </div>
  );
}
