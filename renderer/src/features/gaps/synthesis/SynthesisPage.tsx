import { Loader } from '@mantine/core';
import i18n from 'i18next';
import { useCall } from '../../../bridge/queries';
import { voice } from '../../../components/Bilingual';
import { Ltr } from '../../../components/Ltr';
import type { Language } from '../../../i18n';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { readSynthesisOptions } from '../gaps-options';
import { CELL_STATUSES, cellStatus, cellText, fitText } from '../levels';
import '../gaps.css';
import './synthesis.css';

/**
 * "Service synthesis" (a document of app/documents.ts), A4 landscape, in French or Arabic
 * whatever the screen's, or both (headings side by side, names in both scripts, the Arabic under
 * the French): the matrix of the chosen unit and job with its black-and-white key,
 * the competencies one departure would leave uncovered, and the needs by priority with the
 * parts of their score.
 */
export function SynthesisPage({ path }: { path: string }) {
  const { unitId, jobId, lang: printLang } = readSynthesisOptions(path);
  const v = voice(printLang);
  const both = printLang === 'both';
  const lang = v.main;
  const t = i18n.getFixedT(lang);
  const { t: vt, name } = v;
  const matrix = useCall('gaps.matrix', { unitId, jobId });
  const priorities = useCall('needs.priorities', { population: null });
  const units = useCall('units.list', { includeArchived: true });
  const jobs = useCall('jobs.list', { includeArchived: true });
  const settings = useCall('settings.get', {});
  if (!matrix.data || !priorities.data || !settings.data || !units.data || !jobs.data)
    return <Loader m="xl" aria-label={t('common.loading')} />;
  const m = matrix.data;
  const n = (x: number, digits = 0, lng: Language = lang) => formatNumber(x, lng, { min: digits, max: digits });
  const { communeFr, communeAr } = settings.data;
  const date = formatDate(new Date().toISOString());
  const unit = units.data.find((u) => u.id === unitId);
  const job = jobs.data.find((j) => j.id === jobId);
  const scope = (
    <>
      {unit ? vt('gaps.synthesis.unitScope', (lng) => ({ name: pickName(unit.nameFr, unit.nameAr, lng) })) : vt('gaps.allUnits')}
      {' · '}
      {job ? name(job.titleFr, job.titleAr) : vt('gaps.allJobs')}
    </>
  );
  const sample: Record<(typeof CELL_STATUSES)[number], [number | null, number | null]> = {
    met: [3, 3],
    oneBelow: [2, 3],
    twoBelow: [1, 3],
    notAssessed: [null, 3],
    notRequired: [2, null],
  };

  return (
    <div className={both ? 'synthesis synthesis-both' : 'synthesis'} dir={v.dir} lang={lang}>
      <header>
        <p className="synthesis-commune">
          {vt('gaps.synthesis.heading', (lng) => ({ commune: pickName(communeFr, communeAr, lng), date }), 'columns')}
        </p>
        <h1>{vt('gaps.synthesis.title', undefined, 'columns')}</h1>
        <p className="synthesis-scope">
          {scope} — {vt('gaps.matrix.count', (lng) => ({ count: m.people.length, formatted: n(m.people.length, 0, lng) }))}
        </p>
      </header>

      <section>
        <h2>{vt('gaps.matrix.title', undefined, 'columns')}</h2>
        <div className="lv-legend">
          {CELL_STATUSES.map((s) => (
            <span key={s}>
              <span className={`lv lv-${s}`}>{cellText(...sample[s])}</span>
              {vt(`gaps.status.${s}`)}
            </span>
          ))}
          <span>{vt('gaps.matrix.holdersHint', { level: m.proficientLevel }, 'stacked')}</span>
        </div>
        {m.people.length && m.competencies.length ? (
          <table className="synthesis-matrix">
            <thead>
              <tr>
                <th>{vt('gaps.matrix.person', undefined, 'stacked')}</th>
                <th>{vt('gaps.fit', undefined, 'stacked')}</th>
                <th>{vt('gaps.matrix.versatilityShort', undefined, 'stacked')}</th>
                {m.competencies.map((c) => (
                  <th key={c.id} className="synthesis-code">
                    <span>{c.code}</span>
                  </th>
                ))}
              </tr>
              <tr>
                <th colSpan={3}>{vt('gaps.matrix.holders')}</th>
                {m.competencies.map((c) => (
                  <th key={c.id} className={c.vulnerable ? 'matrix-vulnerable' : undefined}>
                    {c.vulnerable ? `⚠${c.holders}` : c.holders}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.people.map((p) => (
                <tr key={p.id}>
                  <td className="synthesis-name">{name(p.nameFr, p.nameAr, 'stacked')}</td>
                  <td>{p.fit === null ? '–' : fitText(p.fit, lang, t)}</td>
                  <td>{p.versatility}</td>
                  {m.competencies.map((c, i) => (
                    <td key={c.id}>
                      {(p.levels[i] !== null || p.required[i] !== null) && (
                        <span className={`lv lv-${cellStatus(p.levels[i], p.required[i])}`}>{cellText(p.levels[i], p.required[i])}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{vt('gaps.matrix.empty', undefined, 'columns')}</p>
        )}
        <p className="synthesis-note">
          {m.competencies.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ' · '}
              <Ltr>{c.code}</Ltr> {name(c.nameFr, c.nameAr)}
            </span>
          ))}
        </p>
      </section>

      <section>
        <h2>{vt('gaps.matrix.vulnerabilities', { count: m.vulnerabilities.length }, 'columns')}</h2>
        <p className="synthesis-note">{vt('gaps.matrix.vulnerabilitiesHint', { level: m.proficientLevel }, 'columns')}</p>
        {m.vulnerabilities.length ? (
          <table className="synthesis-list">
            <thead>
              <tr>
                <th>{vt('gaps.unit', undefined, 'stacked')}</th>
                <th>{vt('gaps.competency', undefined, 'stacked')}</th>
                <th>{vt('gaps.matrix.holders', undefined, 'stacked')}</th>
                <th>{vt('gaps.synthesis.requiredBy', undefined, 'stacked')}</th>
              </tr>
            </thead>
            <tbody>
              {m.vulnerabilities.map((v) => (
                <tr key={`${v.unitId} ${v.competencyId}`}>
                  <td>{name(v.unitNameFr, v.unitNameAr, 'stacked')}</td>
                  <td>
                    <Ltr>{v.code}</Ltr> {name(v.nameFr, v.nameAr, 'stacked')}
                  </td>
                  <td>{v.holders}</td>
                  <td>{v.requiredBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{vt('gaps.matrix.noVulnerability', undefined, 'columns')}</p>
        )}
      </section>

      <section>
        <h2>{vt('gaps.priorities.title', undefined, 'columns')}</h2>
        <p className="synthesis-note">{vt('gaps.priorities.formula', undefined, 'columns')}</p>
        {priorities.data.length ? (
          <table className="synthesis-list">
            <thead>
              <tr>
                <th>{vt('gaps.competency', undefined, 'stacked')}</th>
                <th>{vt('gaps.needs.population', undefined, 'stacked')}</th>
                <th>{vt('gaps.priorities.people', undefined, 'stacked')}</th>
                <th>{vt('gaps.priorities.meanGap', undefined, 'stacked')}</th>
                <th>{vt('gaps.priorities.highestImportance', undefined, 'stacked')}</th>
                <th>{vt('gaps.priorities.score', undefined, 'stacked')}</th>
                <th>{vt('gaps.priorities.needs', undefined, 'stacked')}</th>
              </tr>
            </thead>
            <tbody>
              {priorities.data.map((r) => (
                <tr key={`${r.competencyId ?? r.nameFr} ${r.population}`}>
                  <td>
                    {r.code && <Ltr>{r.code}</Ltr>} {name(r.nameFr, r.nameAr, 'stacked')}
                  </td>
                  <td>{vt(`gaps.populations.${r.population}`)}</td>
                  <td>{n(r.people)}</td>
                  <td>{n(r.meanGap, 1)}</td>
                  <td>{vt(`jobs.importances.${r.highestImportance}`)}</td>
                  <td>
                    <strong>{n(r.score)}</strong>
                  </td>
                  <td>{n(r.needs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{vt('gaps.priorities.none', undefined, 'columns')}</p>
        )}
      </section>
    </div>
  );
}
