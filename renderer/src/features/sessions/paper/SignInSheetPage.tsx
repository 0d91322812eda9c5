import { Loader } from '@mantine/core';
import i18n from 'i18next';
import { SEATED } from '../../../../../api/channels/session-enums';
import type { Enrolment, SessionDetail } from '../../../../../api/channels/sessions';
import { useCall } from '../../../bridge/queries';
import { voice } from '../../../components/Bilingual';
import { Ltr } from '../../../components/Ltr';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { readSessionPaperOptions } from './paper-options';
import { dateSpan, formatHours, partKey, sortByName } from './session-format';
import './paper.css';

/** Signature columns on one sheet (landscape A4): more slots go on further sheets, the same people again. */
const SLOTS_PER_PAGE = 6;
/** Lines on one sheet, leaving room for the header and the trainer's box. */
const ROWS_PER_PAGE = 10;
/** Blank lines for people who come without being enrolled. */
const WALK_INS = 5;

const chunk = <T,>(items: readonly T[], size: number): T[][] =>
  items.length ? Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size)) : [[]];

/**
 * The sign-in sheet of a session (a document of app/documents.ts), landscape A4: the session's
 * header, its seated participants sorted by name in the document's script, one signature column
 * per slot headed by its date and half-day, five blank lines for walk-ins and the trainer's
 * signature. The pages are counted here rather than by the printer, so every sheet carries
 * "page n / N" and the session's code, and a scan of a signed sheet can be matched to it.
 */
export function SignInSheetPage({ path }: { path: string }) {
  const { sessionId, lang: printLang } = readSessionPaperOptions(path);
  const v = voice(printLang);
  const lang = v.main;
  const t = i18n.getFixedT(lang);
  const session = useCall('sessions.get', { id: sessionId }, { enabled: Boolean(sessionId) });
  const enrolments = useCall('enrolments.list', { sessionId }, { enabled: Boolean(sessionId) });
  const settings = useCall('settings.get', {});
  if (!session.data || !enrolments.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const s = session.data;
  const people: (Enrolment | null)[] = [
    ...sortByName(
      enrolments.data.filter((e) => SEATED.includes(e.status)),
      lang,
    ),
    ...Array<null>(WALK_INS).fill(null),
  ];
  const slotGroups = chunk(
    [...s.slots].sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`)),
    SLOTS_PER_PAGE,
  );
  const rowGroups = chunk(people, ROWS_PER_PAGE);
  const pages = slotGroups.flatMap((slots) => rowGroups.map((rows, r) => ({ slots, rows, first: r * ROWS_PER_PAGE })));
  const commune = (lng: 'fr' | 'ar') => pickName(settings.data.communeFr, settings.data.communeAr, lng);

  return (
    <div className={`sp-doc sp-landscape${printLang === 'both' ? ' sp-both' : ''}`} dir={v.dir} lang={lang}>
      {pages.map((page, p) => (
        <section className="sp-page" key={p} aria-label={t('sessionPaper.pageOf', { page: p + 1, pages: pages.length })}>
          <div className="sp-head">
            <div>
              <p className="sp-meta">{v.t('sessionPaper.communeService', (lng) => ({ commune: commune(lng) }), 'inline')}</p>
              <h1>{v.t('sessionPaper.sheet.title', undefined, 'inline')}</h1>
            </div>
            <span className="sp-code">{s.code}</span>
          </div>
          <SessionFacts session={s} printLang={printLang} />
          <table className="sp-table sp-sign">
            <thead>
              <tr>
                <th className="sp-num">#</th>
                <th className="sp-person">{v.t('sessionPaper.sheet.participant', undefined, 'stacked')}</th>
                <th className="sp-group">{v.t('sessionPaper.sheet.group', undefined, 'stacked')}</th>
                {page.slots.map((slot) => (
                  <th key={slot.id}>
                    <span className="sp-ltr">{formatDate(slot.date)}</span>
                    <br />
                    {v.t(partKey(slot.part), undefined, 'inline')}
                    <br />
                    <span className="sp-ltr sp-small">
                      {slot.startTime}–{slot.endTime}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((e, i) => (
                <tr key={e?.id ?? `blank-${i}`}>
                  <td className="sp-num">{formatNumber(page.first + i + 1, lang)}</td>
                  <td className="sp-person">
                    {e && (
                      <>
                        {v.name(e.nameFr, e.nameAr, 'inline')}
                        {e.matricule && (
                          <span className="sp-small">
                            {' '}
                            <Ltr>{e.matricule}</Ltr>
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td className="sp-small sp-group">{e && v.name(e.groupFr, e.groupAr, 'inline')}</td>
                  {page.slots.map((slot) => (
                    <td key={slot.id} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="sp-signatures">
            <div>
              <p>
                <strong>{v.t('sessionPaper.sheet.trainerSignature', undefined, 'inline')}</strong>
              </p>
              <p className="sp-small">
                {s.trainers
                  .map((tr) => v.name(tr.nameFr, tr.nameAr, 'inline'))
                  .reduce<React.ReactNode[]>((a, x, i) => (i ? [...a, ' · ', x] : [x]), [])}
              </p>
            </div>
          </div>
          <div className="sp-foot">
            <span>
              {v.t('sessionPaper.sheet.footer', undefined, 'inline')} <span className="sp-ltr">{s.code}</span>
            </span>
            <span className="sp-ltr">{t('sessionPaper.pageOf', { page: p + 1, pages: pages.length })}</span>
          </div>
        </section>
      ))}
    </div>
  );
}

/** The facts every sheet and letter of a session starts with: action, course, trainers, venue, dates, hours. */
export function SessionFacts({ session: s, printLang }: { session: SessionDetail; printLang: 'fr' | 'ar' | 'both' }) {
  const v = voice(printLang);
  const span = dateSpan(s.slots);
  const fact = (key: string, value: React.ReactNode) => (
    <div>
      <dt>{v.t(key, undefined, 'inline')}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  return (
    <dl className="sp-facts">
      {fact(
        'sessionPaper.facts.course',
        <>
          <Ltr>{s.course.code}</Ltr> {v.name(s.titleFr || s.course.titleFr, s.titleAr || s.course.titleAr, 'inline')}
        </>,
      )}
      {fact(
        'sessionPaper.facts.action',
        s.action ? (
          <>
            <Ltr>{s.action.code}</Ltr> {v.name(s.action.titleFr, s.action.titleAr, 'inline')}
          </>
        ) : (
          v.t('sessionPaper.facts.outsidePlan', undefined, 'inline')
        ),
      )}
      {fact(
        'sessionPaper.facts.trainers',
        s.trainers.length
          ? s.trainers.map((tr, i) => (
              <span key={tr.id}>
                {i ? ' · ' : ''}
                {v.name(tr.nameFr, tr.nameAr, 'inline')}
              </span>
            ))
          : null,
      )}
      {fact('sessionPaper.facts.venue', s.venue ? v.name(s.venue.nameFr, s.venue.nameAr, 'inline') : null)}
      {fact('sessionPaper.facts.dates', <span className="sp-ltr">{span}</span>)}
      {fact(
        'sessionPaper.facts.hours',
        v.t('sessionPaper.hoursValue', (lng) => ({ hours: formatHours(s.hours, lng) }), 'inline'),
      )}
    </dl>
  );
}
