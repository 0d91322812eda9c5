import { Loader } from '@mantine/core';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import type { EnrolmentStatus } from '../../../../../api/channels/session-enums';
import type { Enrolment, SessionDetail } from '../../../../../api/channels/sessions';
import { useCall } from '../../../bridge/queries';
import { Fr, Ar } from '../../../components/Bilingual';
import type { Language } from '../../../i18n';
import { formatDate, pickName } from '../../../lib/format';
import { readSessionPaperOptions } from './paper-options';
import { dateSpan, formatHours, partKey, sortByName } from './session-format';
import './paper.css';

/** Who receives a letter: those approved or holding a place (not the waiting list, not those declined or cancelled). */
const INVITED: readonly EnrolmentStatus[] = ['approved', 'booked', 'attended_full', 'attended_partial', 'absent', 'excused'];

/**
 * The letters of a session (a document of app/documents.ts), one A4 page each: the convocation
 * of a staff member, and the invitation sent to the president of an association for one of its
 * workers. Each gives the dates and times of every slot, the venue and its address, and the
 * course's objectives. In both languages the French letter and the Arabic one stand side by side.
 */
export function SessionLettersPage({ path }: { path: string }) {
  const { sessionId, enrolmentId, lang: printLang } = readSessionPaperOptions(path);
  const main: Language = printLang === 'ar' ? 'ar' : 'fr';
  const t = i18n.getFixedT(main);
  const session = useCall('sessions.get', { id: sessionId }, { enabled: Boolean(sessionId) });
  const enrolments = useCall('enrolments.list', { sessionId }, { enabled: Boolean(sessionId) });
  const settings = useCall('settings.get', {});
  if (!session.data || !enrolments.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const people = sortByName(
    enrolments.data.filter((e) => (enrolmentId ? e.id === enrolmentId : INVITED.includes(e.status))),
    main,
  );
  const { communeFr, communeAr } = settings.data;
  const letter = (e: Enrolment, lng: Language) => (
    <Letter session={session.data} enrolment={e} lang={lng} commune={pickName(communeFr, communeAr, lng)} />
  );
  return (
    <div className={`sp-doc sp-portrait${printLang === 'both' ? ' sp-both' : ''}`} dir={printLang === 'ar' ? 'rtl' : 'ltr'} lang={main}>
      {!people.length && <p>{t('sessionPaper.letters.nobody')}</p>}
      {people.map((e) => (
        <section className="sp-page sp-letter" key={e.id}>
          {printLang === 'both' ? (
            <div className="sp-cols">
              <Fr>{letter(e, 'fr')}</Fr>
              <Ar>{letter(e, 'ar')}</Ar>
            </div>
          ) : (
            letter(e, main)
          )}
        </section>
      ))}
    </div>
  );
}

function Letter({
  session: s,
  enrolment: e,
  lang,
  commune,
}: {
  session: SessionDetail;
  enrolment: Enrolment;
  lang: Language;
  commune: string;
}) {
  const t = i18n.getFixedT(lang);
  const name = (fr: string, ar: string) => pickName(fr, ar, lang);
  const staff = e.participantType === 'staff';
  const title = name(s.titleFr || s.course.titleFr, s.titleAr || s.course.titleAr);
  const objectives = name(s.course.objectivesFr || s.action?.objectivesFr || '', s.course.objectivesAr || s.action?.objectivesAr || '');
  const slots = [...s.slots].sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
  const block = (label: string, body: ReactNode) => (
    <div>
      <h2>{label}</h2>
      {body}
    </div>
  );
  return (
    <div dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <p className="sp-meta">{t('sessionPaper.communeService', { commune })}</p>
      <p className="sp-meta">{t('sessionPaper.letters.date', { date: formatDate(new Date().toISOString()) })}</p>
      <h1>{t(staff ? 'sessionPaper.letters.convocation' : 'sessionPaper.letters.invitation')}</h1>
      <p>
        <strong>{t('sessionPaper.letters.to')}</strong>{' '}
        {staff ? name(e.nameFr, e.nameAr) : t('sessionPaper.letters.president', { organization: name(e.groupFr, e.groupAr) })}
        {staff && e.matricule ? ` (${e.matricule})` : ''}
      </p>
      <p>
        {staff
          ? t('sessionPaper.letters.staffBody', { title, code: s.code })
          : t('sessionPaper.letters.associationBody', { name: name(e.nameFr, e.nameAr), title, code: s.code })}
      </p>
      {block(
        t('sessionPaper.letters.when', { span: dateSpan(slots), hours: formatHours(s.hours, lang) }),
        <ul>
          {slots.map((slot) => (
            <li key={slot.id}>
              <span className="sp-ltr">{formatDate(slot.date)}</span> · {t(partKey(slot.part))} ·{' '}
              <span className="sp-ltr">
                {slot.startTime}–{slot.endTime}
              </span>
            </li>
          ))}
        </ul>,
      )}
      {block(
        t('sessionPaper.letters.where'),
        s.venue ? (
          <p>
            <strong>{name(s.venue.nameFr, s.venue.nameAr)}</strong>
            {s.venue.address && <span className="sp-pre">{`\n${s.venue.address}`}</span>}
          </p>
        ) : (
          <p>{t('sessionPaper.letters.venueLater')}</p>
        ),
      )}
      {objectives && block(t('sessionPaper.letters.objectives'), <p className="sp-pre">{objectives}</p>)}
      {s.trainers.length > 0 &&
        block(
          t('sessionPaper.facts.trainers'),
          <p>{s.trainers.map((tr) => name(tr.nameFr, tr.nameAr)).join(lang === 'ar' ? '، ' : ', ')}</p>,
        )}
      <p>{t(staff ? 'sessionPaper.letters.staffClosing' : 'sessionPaper.letters.associationClosing')}</p>
      <p className="sp-small">{t('sessionPaper.letters.localTime')}</p>
      <div className="sp-signatures">
        <div>
          <p>
            <strong>{t('sessionPaper.letters.signature')}</strong>
          </p>
        </div>
      </div>
    </div>
  );
}
