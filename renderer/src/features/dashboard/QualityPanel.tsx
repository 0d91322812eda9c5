import { Paper, SimpleGrid, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../api/channels/dashboard';
import type { Language } from '../../i18n';
import { formatCount } from './format';
import { useOpenRecords } from './records-context';

const FLAGS = ['deliveredWithoutAttendance', 'endSheetsNotTyped', 'followUpsOverdue', 'staffWithoutJob'] as const;

/** What to put right before the figures can be trusted: each count in the warning colour when not zero, and a button to its records. */
export function QualityPanel({ quality }: { quality: Dashboard['quality'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const open = useOpenRecords();
  return (
    <Paper withBorder p="sm" radius="md" mb="sm" className="dashboard-section">
      <Title order={3} size="h5" mb={6}>
        {t('dashboard.quality.title')}
      </Title>
      <SimpleGrid cols={4} spacing="xs">
        {FLAGS.map((flag) => {
          const n = quality[flag];
          const label = t(`dashboard.quality.${flag}`, { count: n });
          const title = t(`dashboard.figures.${flag}`);
          return (
            <UnstyledButton
              key={flag}
              data-flag={flag}
              data-warning={n > 0 || undefined}
              className="dashboard-flag"
              onClick={() => open({ figure: flag, title })}
            >
              <Text fw={700} fz={20} c={n > 0 ? 'orange.9' : 'teal.9'} span>
                {formatCount(n, lang)}
              </Text>{' '}
              <Text size="sm" span>
                {label}
              </Text>
              {n > 0 && (
                <Text size="xs" c="dark.7">
                  {t('dashboard.quality.toFix')}
                </Text>
              )}
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
