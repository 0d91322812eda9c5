import { Loader } from '@mantine/core';
import i18n from 'i18next';
import { useCall } from '../../bridge/queries';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { type UnitNode, buildTree } from '../../lib/unit-tree';
import { readOrgChartOptions } from './org-chart-options';
import './org-chart.css';

/**
 * The printable organisation chart (a document of app/documents.ts), A4 landscape, in French
 * or Arabic whatever the screen's language: the top unit, its units below as columns joined
 * by lines, and within each column the units below as an indented tree. Each unit says its
 * head and its head-counts (its own staff, and its branch's).
 */
export function OrgChartPage({ path }: { path: string }) {
  const options = readOrgChartOptions(path);
  const lang = options.lang;
  const t = i18n.getFixedT(lang);
  const units = useCall('units.list', { includeArchived: options.includeArchived });
  const settings = useCall('settings.get', {});
  if (!units.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;

  const roots = buildTree(units.data);
  const n = (x: number) => formatNumber(x, lang);
  const commune = pickName(settings.data.communeFr, settings.data.communeAr, lang);
  const total = roots.reduce((s, r) => s + r.totalStaffCount, 0);
  const name = (u: UnitNode) => pickName(u.nameFr, u.nameAr, lang) || u.code;
  const head = (u: UnitNode) => pickName(u.headNameFr, u.headNameAr, lang);
  const counts = (u: UnitNode) =>
    t('units.staffCount', { count: u.staffCount, formatted: n(u.staffCount) }) +
    (u.children.length ? ` · ${t('units.totalCount', { formatted: n(u.totalStaffCount) })}` : '');

  const box = (u: UnitNode, className: string) => (
    <div className={`oc-box ${className}`} data-kind={u.kind}>
      <div className="oc-kind">{t(`units.kinds.${u.kind}`)}</div>
      <div className="oc-name">{name(u)}</div>
      <div className="oc-head">{head(u) ? t('units.headIs', { name: head(u) }) : t('units.noHead')}</div>
      <div className="oc-count">{counts(u)}</div>
    </div>
  );
  const branch = (u: UnitNode) => (
    <li key={u.id}>
      <div className="oc-item" data-kind={u.kind}>
        <span className="oc-name">{name(u)}</span>
        {head(u) && <span className="oc-head">{head(u)}</span>}
        <span className="oc-count">{counts(u)}</span>
      </div>
      {u.children.length > 0 && <ul className="oc-list">{u.children.map(branch)}</ul>}
    </li>
  );

  return (
    <div className="org-chart" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header className="oc-title">
        <h1>{t('units.chart.title', { commune })}</h1>
        <p>{t('units.chart.subtitle', { date: formatDate(new Date().toISOString()), count: total, formatted: n(total) })}</p>
      </header>
      {roots.map((root) => (
        <section key={root.id} className="oc-tree">
          {box(root, 'oc-root')}
          {root.children.length > 0 && (
            <div className="oc-columns">
              {root.children.map((col) => (
                <div key={col.id} className="oc-col">
                  {box(col, '')}
                  {col.children.length > 0 && <ul className="oc-list">{col.children.map(branch)}</ul>}
                </div>
              ))}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
