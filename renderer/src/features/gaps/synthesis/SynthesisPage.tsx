import { Loader } from '@mantine/core';
import i18n from 'i18next';
import { useCall } from '../../../bridge/queries';
import { Ltr } from '../../../components/Ltr';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { readSynthesisOptions } from '../gaps-options';
import { CELL_STATUSES, cellStatus, cellText, fitText } from '../levels';
import '../gaps.css';
import './synthesis.css';

/**
 * "Service synthesis" (a document of app/documents.ts), A4 landscape, in French or Arabic
 * whatever the screen's: the matrix of the chosen unit and job with its black-and-white key,
 * the competencies one departure would leave uncovered, and the needs by priority with the
 * parts of their score.
 */
export function SynthesisPage({ path }: { path: string }) {
  const { unitId, jobId, lang } = readSynthesisOptions(path);
  const t = i18n.getFixedT(lang);
  const matrix = useCall('gaps.matrix', { unitId, jobId });
  const priorities = useCall('needs.priorities', { population: null });
  const units = useCall('units.list', { includeArchived: true });
  const jobs = useCall('jobs.list', { includeArchived: true });
  const settings = useCall('settings.get', {});
  if (!matrix.data || !priorities.data || !settings.data || !units.data || !jobs.data)
    return <Loader m="xl" aria-label={t('common.loading')} />;
  const m = matrix.data;
  const n = (x: number, digits = 0) =>
    digits
      ? new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : 'fr-MA', {
          numberingSystem: 'latn',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(x)
      : formatNumber(x, lang);
  const commune = pickName(settings.data.communeFr, settings.data.communeAr, lang);
  const unit = units.data.find((u) => u.id === unitId);
  const job = jobs.data.find((j) => j.id === jobId);
  const scope = [
    unit ? t('gaps.synthesis.unitScope', { name: pickName(unit.nameFr, unit.nameAr, lang) }) : t('gaps.allUnits'),
    job ? pickName(job.titleFr, job.titleAr, lang) : t('gaps.allJobs'),
  ].join(' · ');
  const sample: Record<(typeof CELL_STATUSES)[number], [number | null, number | null]> = {
    met: [3, 3],
    oneBelow: [2, 3],
    twoBelow: [1, 3],
    notAssessed: [null, 3],
    notRequired: [2, null],
  };

  return (
    <div className="synthesis" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header>
        <p className="synthesis-commune">{t('gaps.synthesis.heading', { commune, date: formatDate(new Date().toISOString()) })}</p>
        <h1>{t('gaps.synthesis.title')}</h1>
        <p className="synthesis-scope">
          {scope} — {t('gaps.matrix.count', { count: m.people.length, formatted: n(m.people.length) })}
        </p>
      </header>

      <section>
        <h2>{t('gaps.matrix.title')}</h2>
        <div className="lv-legend">
          {CELL_STATUSES.map((s) => (
            <span key={s}>
              <span className={`lv lv-${s}`}>{cellText(...sample[s])}</span>
              {t(`gaps.status.${s}`)}
            </span>
          ))}
          <span>{t('gaps.matrix.holdersHint', { level: m.proficientLevel })}</span>
        </div>
        {m.people.length && m.competencies.length ? (
          <table className="synthesis-matrix">
            <thead>
              <tr>
                <th>{t('gaps.matrix.person')}</th>
                <th>{t('gaps.fit')}</th>
                <th>{t('gaps.matrix.versatilityShort')}</th>
                {m.competencies.map((c) => (
                  <th key={c.id} className="synthesis-code">
                    <span>{c.code}</span>
                  </th>
                ))}
              </tr>
              <tr>
                <th colSpan={3}>{t('gaps.matrix.holders')}</th>
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
                  <td className="synthesis-name">{pickName(p.nameFr, p.nameAr, lang)}</td>
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
          <p>{t('gaps.matrix.empty')}</p>
        )}
        <p className="synthesis-note">
          {m.competencies.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ' · '}
              <Ltr>{c.code}</Ltr> {pickName(c.nameFr, c.nameAr, lang)}
            </span>
          ))}
        </p>
      </section>

      <section>
        <h2>{t('gaps.matrix.vulnerabilities', { count: m.vulnerabilities.length })}</h2>
        <p className="synthesis-note">{t('gaps.matrix.vulnerabilitiesHint', { level: m.proficientLevel })}</p>
        {m.vulnerabilities.length ? (
          <table className="synthesis-list">
            <thead>
              <tr>
                <th>{t('gaps.unit')}</th>
                <th>{t('gaps.competency')}</th>
                <th>{t('gaps.matrix.holders')}</th>
                <th>{t('gaps.synthesis.requiredBy')}</th>
              </tr>
            </thead>
            <tbody>
              {m.vulnerabilities.map((v) => (
                <tr key={`${v.unitId} ${v.competencyId}`}>
                  <td>{pickName(v.unitNameFr, v.unitNameAr, lang)}</td>
                  <td>
                    <Ltr>{v.code}</Ltr> {pickName(v.nameFr, v.nameAr, lang)}
                  </td>
                  <td>{v.holders}</td>
                  <td>{v.requiredBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('gaps.matrix.noVulnerability')}</p>
        )}
      </section>

      <section>
        <h2>{t('gaps.priorities.title')}</h2>
        <p className="synthesis-note">{t('gaps.priorities.formula')}</p>
        {priorities.data.length ? (
          <table className="synthesis-list">
            <thead>
              <tr>
                <th>{t('gaps.competency')}</th>
                <th>{t('gaps.needs.population')}</th>
                <th>{t('gaps.priorities.people')}</th>
                <th>{t('gaps.priorities.meanGap')}</th>
                <th>{t('gaps.priorities.highestImportance')}</th>
                <th>{t('gaps.priorities.score')}</th>
                <th>{t('gaps.priorities.needs')}</th>
              </tr>
            </thead>
            <tbody>
              {priorities.data.map((r) => (
                <tr key={`${r.competencyId ?? r.nameFr} ${r.population}`}>
                  <td>
                    {r.code && <Ltr>{r.code}</Ltr>} {pickName(r.nameFr, r.nameAr, lang)}
                  </td>
                  <td>{t(`gaps.populations.${r.population}`)}</td>
                  <td>{n(r.people)}</td>
                  <td>{n(r.meanGap, 1)}</td>
                  <td>{t(`jobs.importances.${r.highestImportance}`)}</td>
                  <td>
                    <strong>{n(r.score)}</strong>
                  </td>
                  <td>{n(r.needs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('gaps.priorities.none')}</p>
        )}
      </section>
    </div>
  );
}
