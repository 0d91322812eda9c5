import { BarChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import type { ComponentProps } from 'react';
import { type BarShapeProps, Rectangle } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { ValuesTable } from './ValuesTable';
import type { RecordsRequest } from './records-context';
import { useOpenRecords } from './records-context';
// The charts' styles come with them, not with the first screen.
import '@mantine/charts/styles.css';

export interface ChartSeries {
  name: string;
  label: string;
  /** A theme colour; series of one chart differ in lightness too, so they stay apart in black and white. */
  color: string;
}
export type ChartRow = Record<string, string | number | null> & { category: string; label: string };

interface Props {
  title: string;
  rows: ChartRow[];
  series: ChartSeries[];
  /** Bars along the x axis (months) or across (long names: units, domains). */
  layout?: 'columns' | 'bars';
  stacked?: boolean;
  format: (value: number) => string;
  /** The records behind one bar, or null when the bar leads to none. */
  recordsOf?: (row: ChartRow, series: ChartSeries) => RecordsRequest | null;
  /** The values table reads across (months in columns) or down (one row per category). */
  tableAcross?: boolean;
  empty?: boolean;
  /** The values are counts: the value axis has whole-number ticks (no "0,75 agent"). */
  whole?: boolean;
}

/**
 * One bar chart of the dashboard and, under it, its values as a table whose cells open the
 * same records as the bars (recharts' bars cannot take the keyboard's focus).
 *
 * In Arabic the chart is mirrored as the page is: the category axis runs from the right
 * (`reversed`), the value axis stands on the right, and horizontal bars grow leftwards.
 * Mantine draws the chart in a left-to-right box whatever the page's direction, so the axes are
 * turned here rather than by `dir`.
 */
export function DashBarChart({ title, rows, series, layout = 'columns', stacked, format, recordsOf, tableAcross, empty, whole }: Props) {
  const { t, i18n } = useTranslation();
  const rtl = (i18n.language as Language) === 'ar';
  const open = useOpenRecords();
  const across = layout === 'bars';
  const tick = { fontSize: 12, fill: 'currentColor' };
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  // Long names across (units sharing their first words) get a wide axis and two lines, so they stay apart.
  const valueAxis = whole ? { allowDecimals: false } : {};
  const labelOf = new Map(rows.map((r) => [r.category, r.label]));
  return (
    <Paper withBorder p="sm" radius="md" className="dashboard-chart" data-chart={title}>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed" py="md">
          {t('dashboard.noData')}
        </Text>
      ) : (
        <>
          <BarChart
            h={across ? Math.max(140, rows.length * 38 + 50) : 200}
            data={rows}
            dataKey="category"
            series={series}
            type={stacked ? 'stacked' : 'default'}
            orientation={across ? 'vertical' : 'horizontal'}
            withLegend={series.length > 1}
            legendProps={{ verticalAlign: 'bottom', height: 36 }}
            valueFormatter={format}
            tooltipAnimationDuration={0}
            gridAxis={across ? 'x' : 'y'}
            xAxisProps={{
              reversed: rtl,
              ...(across
                ? valueAxis
                : { tickFormatter: (v: string) => cut(labelOf.get(v) ?? v, 22), tick: { ...tick, transform: 'translate(0, 10)' } }),
            }}
            yAxisProps={{
              orientation: rtl ? 'right' : 'left',
              tick: { ...tick, transform: `translate(${rtl ? 10 : -10}, 0)` },
              ...(across ? { width: 210, tickFormatter: (v: string) => cut(labelOf.get(v) ?? v, 56) } : valueAxis),
            }}
            tooltipProps={{ labelFormatter: (v) => labelOf.get(String(v)) ?? String(v) }}
            barProps={(s) => ({
              isAnimationActive: false,
              cursor: recordsOf ? 'pointer' : undefined,
              onClick: (entry: { payload?: ChartRow }) => {
                const request =
                  entry.payload &&
                  recordsOf?.(
                    entry.payload,
                    series.find((x) => x.name === s.name)!,
                  );
                if (request) open(request);
              },
              // Each bar says what it shows, so a test (or a reader of the page's structure) can find it.
              shape: (props: BarShapeProps) => (
                <g data-bar={String((props.payload as ChartRow | undefined)?.category)} data-series={s.name}>
                  <Rectangle {...(props as ComponentProps<typeof Rectangle>)} />
                </g>
              ),
            })}
          />
          <ValuesTable caption={title} rows={rows} series={series} format={format} recordsOf={recordsOf} across={tableAcross} />
        </>
      )}
    </Paper>
  );
}
