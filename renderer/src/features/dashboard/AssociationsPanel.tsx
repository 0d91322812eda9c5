import { Group, Paper, Progress, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../api/channels/dashboard';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { type ChartRow, DashBarChart } from './DashBarChart';
import { FigureButton } from './FigureButton';
import { formatCount, formatPercent } from './format';
import { useOpenRecords } from './records-context';

/** The associations reached, by domain and by quartier, and the subsidised ones that have a trained worker. */
export function AssociationsPanel({ associations }: { associations: Dashboard['associations'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const open = useOpenRecords();
  const count = (v: number) => formatCount(v, lang);
  const rows = (list: Dashboard['associations']['byDomain']): ChartRow[] =>
    list.map((d) => ({ category: d.id, label: pickName(d.nameFr, d.nameAr, lang), organizations: d.organizations, trainees: d.trainees }));
  const series = [
    { name: 'organizations', label: t('dashboard.series.organizations'), color: 'violet.8' },
    { name: 'trainees', label: t('dashboard.series.trainees'), color: 'yellow.4' },
  ];
  const a = associations;
  const without = a.subsidised - a.subsidisedWithTrainedWorker;
  return (
    <>
      <Paper withBorder p="sm" radius="md" className="dashboard-section" data-section="associations">
        <Title order={3} size="h5" mb={6}>
          {t('dashboard.associations.subsidised')}
        </Title>
        <Text size="sm">
          {t('dashboard.associations.subsidisedLine', {
            count: a.subsidised,
            n: count(a.subsidised),
            trained: count(a.subsidisedWithTrainedWorker),
            share: formatPercent(a.subsidisedTrainedShare, lang),
          })}
        </Text>
        <Progress value={(a.subsidisedTrainedShare ?? 0) * 100} my="xs" aria-label={t('dashboard.associations.shareLabel')} />
        <Group gap="md">
          <FigureButton
            label={t('dashboard.associations.withTrained', { n: count(a.subsidisedWithTrainedWorker) })}
            onClick={() => open({ figure: 'subsidisedWithTrainedWorker', title: t('dashboard.figures.subsidisedWithTrainedWorker') })}
          />
          <FigureButton
            label={t('dashboard.associations.withoutTrained', { n: count(without) })}
            onClick={() => open({ figure: 'subsidisedWithoutTrainedWorker', title: t('dashboard.figures.subsidisedWithoutTrainedWorker') })}
          />
        </Group>
      </Paper>
      <DashBarChart
        title={t('dashboard.charts.associationsByDomain')}
        rows={rows(a.byDomain)}
        layout="bars"
        empty={!a.byDomain.length}
        series={series}
        format={count}
        whole
        recordsOf={(row) => ({
          figure: 'associationsByDomain',
          key: row.category,
          title: `${t('dashboard.charts.associationsByDomain')} — ${row.label}`,
        })}
      />
      <DashBarChart
        title={t('dashboard.charts.associationsByQuartier')}
        rows={rows(a.byQuartier)}
        layout="bars"
        empty={!a.byQuartier.length}
        series={series}
        format={count}
        whole
        recordsOf={(row) => ({
          figure: 'associationsByQuartier',
          key: row.category,
          title: `${t('dashboard.charts.associationsByQuartier')} — ${row.label}`,
        })}
      />
    </>
  );
}
