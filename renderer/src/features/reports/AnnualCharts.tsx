import { BarChart } from '@mantine/charts';
import i18n from 'i18next';
import type { Dashboard } from '../../../../api/channels/dashboard';
import type { Voice } from '../../components/Bilingual';
import { formatNumber } from '../../lib/format';
import '@mantine/charts/styles.css';
// The charts' styles come with them, not with the first screen.
import '@mantine/charts/styles.css';

/**
 * The annual report's charts (SVG from @mantine/charts): drawn at a fixed width and without
 * animation, so the page printed is the page shown, whatever the paper's width; mirrored in
 * Arabic (months run from the right, the axis of values on the right).
 */
const WIDTH = 620;
const HEIGHT = 210;

export function AnnualCharts({ charts, v }: { charts: Dashboard['charts']; v: Voice }) {
  const lang = v.main;
  const rtl = v.dir === 'rtl';
  const t = (key: string) => v.t(key, undefined, 'inline');
  // A chart's labels are plain strings: both languages side by side read "français / العربية".
  const plain = (key: string) =>
    v.lang === 'both' ? `${i18n.getFixedT('fr')(key)} / ${i18n.getFixedT('ar')(key)}` : i18n.getFixedT(v.lang)(key);
  const month = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA-u-nu-latn' : 'fr', { month: 'short' });
  const months = charts.hoursByMonth.map((m) => ({ ...m, label: month.format(new Date(Date.UTC(2001, m.month - 1, 15))) }));
  const measures = charts.satisfactionByMeasure
    .filter((m) => m.index !== null)
    .map((m) => ({ label: plain(`evaluations.questionnaires.measureNames.${m.measure}`), index: Math.round((m.index ?? 0) * 100) }));
  const common = {
    w: WIDTH,
    h: HEIGHT,
    withTooltip: false,
    barProps: { isAnimationActive: false },
    xAxisProps: { reversed: rtl },
    yAxisProps: { orientation: rtl ? ('right' as const) : ('left' as const) },
    valueFormatter: (x: number) => formatNumber(x, lang),
  };
  return (
    <div className="rp-charts">
      <figure className="rp-chart" style={{ width: WIDTH }}>
        <figcaption>{t('reports.annual.hoursByMonth')}</figcaption>
        <BarChart
          {...common}
          data={months}
          dataKey="label"
          type="stacked"
          withLegend
          series={[
            { name: 'staffHours', label: plain('reports.annual.staffHours'), color: 'blue.7' },
            { name: 'associationHours', label: plain('reports.annual.associationHours'), color: 'orange.5' },
          ]}
        />
      </figure>
      {measures.length > 0 && (
        <figure className="rp-chart" style={{ width: WIDTH }}>
          <figcaption>{t('reports.annual.satisfactionByMeasure')}</figcaption>
          <BarChart
            {...common}
            data={measures}
            dataKey="label"
            withBarValueLabel
            // Every aspect named (recharts would drop labels it finds too close), each wrapped to its bar's width.
            xAxisProps={{
              ...common.xAxisProps,
              interval: 0,
              height: 44,
              tick: { width: (WIDTH - 80) / measures.length, fontSize: 11, fill: 'currentColor', transform: 'translate(0, 8)' },
            }}
            yAxisProps={{ ...common.yAxisProps, domain: [0, 100] }}
            series={[{ name: 'index', label: plain('reports.annual.satisfactionIndexPercent'), color: 'teal.7' }]}
          />
        </figure>
      )}
    </div>
  );
}
