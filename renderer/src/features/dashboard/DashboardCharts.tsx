import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../api/channels/dashboard';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { type ChartRow, DashBarChart } from './DashBarChart';
import { formatCount, formatDecimal, formatPercent } from './format';

/** January … December in the interface language, Western digits (the month's short name). */
const monthName = (month: number, lang: Language): string =>
  new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : 'fr-FR', { month: 'short', numberingSystem: 'latn' }).format(
    new Date(2000, month - 1, 15),
  );

/**
 * The year's charts (the page sets them two per row). Series of one chart are a dark and a light shade, so they
 * stay apart printed in black and white; the values table under each says the numbers.
 */
export function DashboardCharts({ charts }: { charts: Dashboard['charts'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const count = (v: number) => formatCount(v, lang);
  const title = (key: string) => t(`dashboard.charts.${key}`);

  const months: ChartRow[] = charts.hoursByMonth.map((m) => ({
    category: String(m.month),
    label: monthName(m.month, lang),
    staffHours: m.staffHours,
    associationHours: m.associationHours,
  }));
  const units: ChartRow[] = charts.trainedByUnit.map((u) => ({
    category: u.id,
    label: pickName(u.nameFr, u.nameAr, lang),
    active: u.active,
    trained: u.trained,
  }));
  const genders: ChartRow[] = charts.trainedByGender.map((g) => ({
    category: g.population,
    label: t(`dashboard.populations.${g.population}`),
    women: g.women,
    men: g.men,
  }));
  const measures: ChartRow[] = charts.satisfactionByMeasure.map((m) => ({
    category: m.measure,
    label: t(`evaluations.questionnaires.measureNames.${m.measure}`),
    index: m.index === null ? null : Math.round(m.index * 100),
  }));
  const frequencies: ChartRow[] = charts.applicationByFrequency.map((f) => ({
    category: f.frequency,
    label: t(`evaluations.frequencies.${f.frequency}`),
    objectives: f.objectives,
  }));
  const sum = (rows: ChartRow[], keys: string[]) => rows.reduce((n, r) => n + keys.reduce((m, k) => m + Number(r[k] ?? 0), 0), 0);

  return (
    <>
      <DashBarChart
        title={title('hoursByMonth')}
        rows={months}
        stacked
        tableAcross
        empty={sum(months, ['staffHours', 'associationHours']) === 0}
        series={[
          { name: 'staffHours', label: t('dashboard.populations.staff'), color: 'blue.8' },
          { name: 'associationHours', label: t('dashboard.populations.associations'), color: 'orange.4' },
        ]}
        format={(v) => formatDecimal(v, lang)}
        recordsOf={(row) => ({ figure: 'hoursByMonth', key: row.category, title: `${title('hoursByMonth')} — ${row.label}` })}
      />
      <DashBarChart
        title={title('trainedByUnit')}
        rows={units}
        layout="bars"
        empty={!units.length}
        series={[
          { name: 'active', label: t('dashboard.series.active'), color: 'gray.4' },
          { name: 'trained', label: t('dashboard.series.trained'), color: 'teal.8' },
        ]}
        format={count}
        whole
        recordsOf={(row, s) =>
          s.name === 'trained'
            ? { figure: 'trainedByUnit', key: row.category, title: `${t('dashboard.series.trained')} — ${row.label}` }
            : { figure: 'staffActive', narrow: { unitId: row.category }, title: `${t('dashboard.series.active')} — ${row.label}` }
        }
      />
      <DashBarChart
        title={title('trainedByGender')}
        rows={genders}
        layout="bars"
        empty={sum(genders, ['women', 'men']) === 0}
        series={[
          { name: 'women', label: t('dashboard.series.women'), color: 'grape.8' },
          { name: 'men', label: t('dashboard.series.men'), color: 'cyan.3' },
        ]}
        format={count}
        whole
        recordsOf={(row, s) => ({
          figure: row.category === 'staff' ? 'staffTrained' : 'associationTrainees',
          narrow: { gender: s.name === 'women' ? 'f' : 'm' },
          title: `${row.label} — ${s.label}`,
        })}
      />
      <DashBarChart
        title={title('satisfactionByMeasure')}
        rows={measures}
        layout="bars"
        empty={measures.every((m) => m.index === null)}
        series={[{ name: 'index', label: t('dashboard.series.index'), color: 'indigo.7' }]}
        format={(v) => formatPercent(v / 100, lang)}
        recordsOf={(row) =>
          row.index === null ? null : { figure: 'sessionsDelivered', title: `${title('satisfactionByMeasure')} — ${row.label}` }
        }
      />
      <DashBarChart
        title={title('applicationByFrequency')}
        rows={frequencies}
        empty={sum(frequencies, ['objectives']) === 0}
        series={[{ name: 'objectives', label: t('dashboard.series.objectives'), color: 'teal.7' }]}
        format={count}
        whole
      />
    </>
  );
}
