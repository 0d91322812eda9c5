import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicators } from '../../../../api/channels/evaluation';
import type { Language } from '../../i18n';
import { formatCount, formatDecimal, formatDirhams, formatPercent } from './format';
import { INDICATOR_CARDS, type IndicatorKind } from './indicator-cards';
import { useOpenRecords } from './records-context';

function formatIndicator(kind: IndicatorKind, value: number | null, lang: Language): string {
  if (kind === 'rate') return formatPercent(value, lang);
  if (kind === 'hours') return formatDecimal(value, lang);
  if (kind === 'money') return formatDirhams(value, lang);
  return formatCount(value, lang);
}

/** The year's headline indicators, one card each; a card opens the records behind it. */
export function IndicatorCards({ indicators, clickable }: { indicators: Indicators; clickable: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const open = useOpenRecords();
  return (
    <SimpleGrid cols={{ base: 4, md: 8 }} spacing="xs" mb="sm" className="dashboard-cards">
      {INDICATOR_CARDS.map(({ key, kind, figure }) => {
        const value = indicators[key];
        const title = t(`dashboard.indicators.${key}`);
        const shown = formatIndicator(kind, value, lang);
        // The button's name is what it shows (the title, the figure, the reason): no aria-label to fall out of step.
        const body = (
          <>
            <Text size="xs" c="dimmed" lh={1.2} lineClamp={2} mih={29}>
              {title}
            </Text>
            <Text fw={700} fz={20} lh={1.3} data-value>
              {shown}
            </Text>
            {/* Why a figure is missing; that hours are hours (a count, a rate or an amount says itself). */}
            <Text size="xs" c="dimmed" lh={1.2} lineClamp={2} mih={15}>
              {value === null ? t(`dashboard.why.${key}`) : kind === 'hours' ? t('dashboard.units.hours') : ''}
            </Text>
          </>
        );
        return (
          <Paper key={key} withBorder radius="md" p={0} data-indicator={key}>
            {clickable ? (
              <UnstyledButton className="dashboard-card" p="xs" w="100%" h="100%" onClick={() => open({ figure, title })}>
                {body}
              </UnstyledButton>
            ) : (
              <div className="dashboard-card" style={{ padding: 'var(--mantine-spacing-xs)' }}>
                {body}
              </div>
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
