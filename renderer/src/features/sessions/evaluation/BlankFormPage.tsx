import { Loader } from '@mantine/core';
import i18n from 'i18next';
import type { Question } from '../../../../../api/channels/evaluation';
import { useCall } from '../../../bridge/queries';
import { type Voice, voice } from '../../../components/Bilingual';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { SessionFacts } from '../paper/SignInSheetPage';
import { readBlankFormOptions } from './blank-form-options';
import { namedRows } from './sheet-rows';
import '../paper/paper.css';
import './evaluation-paper.css';

/**
 * A round's blank forms for the room (a document of app/documents.ts), portrait A4: the
 * session's facts, the questionnaire with a box for each answer (a scale's points between its
 * words, choices with their boxes and numbers, as the sheets grid takes them back). An anonymous
 * round prints one copy to photocopy; a named round one copy per participant, with the name.
 */
export function BlankFormPage({ path }: { path: string }) {
  const { roundId, lang: printLang } = readBlankFormOptions(path);
  const v = voice(printLang);
  const lang = v.main;
  const t = i18n.getFixedT(lang);
  const data = useCall('responses.sheets', { roundId }, { enabled: Boolean(roundId) });
  const sessionId = data.data?.round.sessionId ?? '';
  const session = useCall('sessions.get', { id: sessionId }, { enabled: Boolean(sessionId) });
  const enrolments = useCall('enrolments.list', { sessionId }, { enabled: Boolean(sessionId) });
  const settings = useCall('settings.get', {});
  if (!data.data || !session.data || !enrolments.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const { round, questionnaire } = data.data;
  const people = round.anonymous ? [null] : namedRows(enrolments.data, [], lang);
  const copies = people.length ? people : [null];
  const questions = [...questionnaire.questions].sort((a, b) => a.position - b.position);
  const commune = (lng: 'fr' | 'ar') => pickName(settings.data.communeFr, settings.data.communeAr, lng);

  return (
    <div className={`sp-doc sp-portrait ev-form${printLang === 'both' ? ' sp-both' : ''}`} dir={v.dir} lang={lang}>
      {copies.map((person, p) => (
        <section className="sp-page" key={person?.key ?? p}>
          <div className="sp-head">
            <div>
              <p className="sp-meta">{v.t('sessionPaper.communeService', (lng) => ({ commune: commune(lng) }), 'inline')}</p>
              <h1>{v.name(questionnaire.titleFr, questionnaire.titleAr, 'stacked')}</h1>
              <p className="sp-meta">
                {v.t(`sessionEvaluation.moments.${round.moment}`, undefined, 'inline')} ·{' '}
                <span className="sp-ltr">
                  {questionnaire.code} v{questionnaire.version}
                </span>
              </p>
            </div>
            <span className="sp-code">{session.data.code}</span>
          </div>
          <SessionFacts session={session.data} printLang={printLang} />
          <p className="ev-who">
            {person ? (
              <>
                <strong>{v.t('sessionEvaluation.form.participant', undefined, 'inline')}</strong>{' '}
                {v.name(person.nameFr, person.nameAr, 'inline')}
              </>
            ) : (
              v.t('sessionEvaluation.form.anonymous', undefined, 'inline')
            )}
            {' · '}
            {v.t('sessionEvaluation.form.date', undefined, 'inline')} <span className="ev-blankline" />
          </p>
          {(questionnaire.introFr || questionnaire.introAr) && (
            <p className="ev-intro">{v.name(questionnaire.introFr, questionnaire.introAr, 'stacked')}</p>
          )}
          <ol className="ev-questions">
            {questions.map((q, i) => (
              <li key={q.id} className="ev-question">
                <div className="ev-qhead">
                  <span className="ev-qnum sp-ltr">Q{formatNumber(i + 1, 'fr')}</span> {v.name(q.textFr, q.textAr, 'stacked')}
                </div>
                <AnswerBoxes q={q} v={v} />
              </li>
            ))}
          </ol>
          <div className="sp-foot">
            <span>
              {v.t('sessionEvaluation.form.footer', undefined, 'inline')} <span className="sp-ltr">{session.data.code}</span>
            </span>
            <span className="sp-ltr">{formatDate(round.dueDate)}</span>
          </div>
        </section>
      ))}
    </div>
  );
}

const box = <span className="ev-box" aria-hidden="true" />;

/** Where the answer goes on paper, for each kind of question. */
function AnswerBoxes({ q, v }: { q: Question; v: Voice }) {
  const points = Array.from({ length: q.scalePoints ?? 0 }, (_, i) => i + 1);
  switch (q.type) {
    case 'scale':
      return (
        <div className="ev-scale">
          <span className="ev-end">{v.name(q.lowFr, q.lowAr, 'stacked')}</span>
          {points.map((n) => (
            <span key={n} className="ev-point">
              {box}
              <span className="sp-ltr">{n}</span>
            </span>
          ))}
          <span className="ev-end">{v.name(q.highFr, q.highAr, 'stacked')}</span>
        </div>
      );
    case 'grid':
      return (
        <table className="sp-table ev-gridq">
          <thead>
            <tr>
              <th />
              {points.map((n) => (
                <th key={n} className="sp-ltr">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {q.gridRows.map((r, i) => (
              <tr key={i}>
                <td>{v.name(r.fr, r.ar, 'inline')}</td>
                {points.map((n) => (
                  <td key={n} className="ev-boxcell">
                    {box}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <caption className="sp-small">
            {v.name(q.lowFr, q.lowAr, 'inline')} (1) → {v.name(q.highFr, q.highAr, 'inline')} ({points.length})
          </caption>
        </table>
      );
    case 'yes_no':
      return (
        <div className="ev-choices">
          <span className="ev-choice">
            {box} {v.t('sessionEvaluation.form.yes', undefined, 'inline')}
          </span>
          <span className="ev-choice">
            {box} {v.t('sessionEvaluation.form.no', undefined, 'inline')}
          </span>
        </div>
      );
    case 'single':
    case 'multiple':
      return (
        <div className="ev-choices ev-list">
          {q.type === 'multiple' && <span className="sp-small">{v.t('sessionEvaluation.form.several', undefined, 'inline')}</span>}
          {q.options.map((o, i) => (
            <span key={i} className="ev-choice">
              {box} <span className="sp-ltr">{i + 1}.</span> {v.name(o.fr, o.ar, 'inline')}
            </span>
          ))}
        </div>
      );
    case 'number':
      return <span className="ev-numberbox" aria-hidden="true" />;
    default:
      return (
        <div className="ev-lines" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
      );
  }
}
