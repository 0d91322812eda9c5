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
    <SimpleGrid cols={{ base: 3, md: 5 }} spacing="xs" mb="sm" className="dashboard-cards">
      {INDICATOR_CARDS.map(({ key, kind, figure }) => {
        const value = indicators[key];
        const title = t(`dashboard.indicators.${key}`);
        const shown = formatIndicator(kind, value, lang);
        const body = (
          <>
            <Text size="xs" c="dimmed" lh={1.2} lineClamp={2} mih={30}>
              {title}
            </Text>
            <Text fw={700} fz={22} lh={1.3} data-value>
              {shown}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2} lineClamp={1}>
              {value === null ? t(`dashboard.why.${key}`) : t(`dashboard.units.${kind}`)}
            </Text>
          </>
        );
        return (
          <Paper key={key} withBorder radius="md" p={0} data-indicator={key}>
            {clickable ? (
              <UnstyledButton
                className="dashboard-card"
                p="xs"
                w="100%"
                h="100%"
                onClick={() => open({ figure, title })}
                aria-label={`${title} : ${shown}`}
              >
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
