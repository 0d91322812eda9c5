import { Loader } from '@mantine/core';
import i18n from 'i18next';
import type { FollowUpRow } from '../../../../../api/channels/evaluation';
import { AUTONOMY, FOLLOW_UP_DECISIONS, FREQUENCIES, OBSTACLES } from '../../../../../api/channels/evaluation-enums';
import { useCall } from '../../../bridge/queries';
import { type Voice, voice } from '../../../components/Bilingual';
import { formatDate } from '../../../lib/format';
import { asFollowUpMoment, byManager, followUpKey } from '../follow-up-format';
import { readFollowUpBatchOptions } from './follow-up-batch-options';
import '../../sessions/paper/paper.css';
import './follow-up-batch.css';

/** "Label :" in French, "Label:" in Arabic: the colon's spacing comes from the translation. */
const labelledIn = (v: Voice, key: string) =>
  v.t('evaluations.batch.labelled', (l) => ({ label: i18n.getFixedT(l)(`evaluations.batch.${key}`) }));

/**
 * The follow-ups due and overdue, as one batch per manager to take round (a document of
 * app/documents.ts): each manager's batch starts a page, then one block per person with the
 * session, the objectives with boxes for how often and how autonomously each is applied, the
 * obstacles, the decision, a line for a new level, and the manager's signature. Forms they
 * return are typed in on the Evaluations screen.
 */
export function FollowUpBatchPage({ path }: { path: string }) {
  const { manager, lang } = readFollowUpBatchOptions(path);
  const v = voice(lang);
  const list = useCall('followUps.list', { status: 'due' });
  const settings = useCall('settings.get', {});
  if (!list.data || !settings.data) return <Loader m="xl" aria-label={i18n.getFixedT(v.main)('common.loading')} />;
  const groups = byManager(list.data).filter((g) => !manager || g.key === manager);
  return (
    <div className="sp-doc sp-portrait fu-batch" dir={v.dir} lang={v.main}>
      {!groups.length && <p>{v.t('evaluations.batch.nothing')}</p>}
      {groups.map((g) => (
        <section className="sp-page" key={g.key} data-manager={g.key}>
          <p className="sp-meta">
            {v.t('sessionPaper.communeService', (l) => ({ commune: l === 'ar' ? settings.data.communeAr : settings.data.communeFr }))}
          </p>
          <h1>{v.t('evaluations.batch.documentTitle')}</h1>
          <p>
            <strong>{labelledIn(v, 'managerLine')}</strong> {v.name(g.fr, g.ar) || v.t('evaluations.followUps.noManager')} ·{' '}
            {v.t('evaluations.batch.countLine', { count: g.rows.length, formatted: String(g.rows.length) })}
          </p>
          <p className="sp-small">{v.t('evaluations.batch.intro')}</p>
          {g.rows.map((r) => (
            <PersonForm key={followUpKey(r)} row={r} v={v} />
          ))}
        </section>
      ))}
    </div>
  );
}

const box = '☐';

/** One person's form, kept on one page when it can be. */
function PersonForm({ row: r, v }: { row: FollowUpRow; v: Voice }) {
  const fu = useCall('followUps.get', { enrolmentId: r.enrolmentId, moment: asFollowUpMoment(r.moment) });
  const data = fu.data;
  const count = data ? Math.max(data.suggestedObjectivesFr.length, data.suggestedObjectivesAr.length) : 0;
  const objectives = Array.from({ length: count }, (_, i) => ({
    fr: data!.suggestedObjectivesFr[i] ?? '',
    ar: data!.suggestedObjectivesAr[i] ?? '',
  }));
  const boxes = (keys: readonly string[], prefix: string) => (
    <span className="fu-boxes">
      {keys.map((k) => (
        <span key={k}>
          {box} {v.t(`${prefix}.${k}`)}
        </span>
      ))}
    </span>
  );
  const labelled = (key: string) => labelledIn(v, key);
  return (
    <div className="fu-person" data-follow-up={followUpKey(r)}>
      <div className="sp-head">
        <h2>{v.name(r.nameFr, r.nameAr)}</h2>
        <span className="sp-code">{r.sessionCode}</span>
      </div>
      <p>
        <strong>{labelled('session')}</strong> {v.name(r.titleFr, r.titleAr)} · {v.t(`evaluations.moments.${r.moment}`)} ·{' '}
        {v.t('evaluations.batch.due')} <span className="sp-ltr">{formatDate(r.dueDate)}</span>
        {r.overdue && <strong> ({v.t('evaluations.batch.overdue')})</strong>}
      </p>
      <table className="sp-table fu-table">
        <thead>
          <tr>
            <th>{v.t('evaluations.batch.objective')}</th>
            <th>{v.t('evaluations.batch.frequency')}</th>
            <th>{v.t('evaluations.batch.autonomy')}</th>
          </tr>
        </thead>
        <tbody>
          {[...objectives, { fr: '', ar: '' }].map((o, i) => (
            <tr key={i}>
              <td>{o.fr || o.ar ? v.name(o.fr, o.ar) : v.t('evaluations.batch.otherObjective')}</td>
              <td>{boxes(FREQUENCIES, 'evaluations.frequencies')}</td>
              <td>{boxes(AUTONOMY, 'evaluations.autonomy')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{labelled('obstacles')}</strong> {boxes(OBSTACLES, 'evaluations.obstacles')}
      </p>
      <p className="fu-line">{labelled('obstaclesDetail')}</p>
      <p>
        <strong>{labelled('decision')}</strong> {boxes(FOLLOW_UP_DECISIONS, 'evaluations.decisions')}
      </p>
      <p className="fu-line">{labelled('comment')}</p>
      <p>{r.staffId ? v.t('evaluations.batch.newLevel') : v.t('evaluations.batch.newLevelNone')}</p>
      <div className="fu-sign">
        <span>{labelled('date')} ……/……/…………</span>
        <span>{labelled('signature')}</span>
      </div>
    </div>
  );
}
