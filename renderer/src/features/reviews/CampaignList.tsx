import { Badge, Group, Paper, Progress, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../api/channels/reviews';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { STATUS_COLOURS } from './states';

interface Props {
  campaigns: CampaignSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The campaigns, latest first: code, title, period, status, how many reviews are validated and how many are late. */
export function CampaignList({ campaigns, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <Paper withBorder w={240} style={{ flexShrink: 0, display: 'flex', flexDirection: 'column' }}>
      <Text fw={600} size="sm" px="sm" py={6} bg="gray.0" id="campaigns-heading">
        {t('reviews.campaigns')}
      </Text>
      <ScrollArea style={{ flex: '1 1 0px' }}>
        <Stack gap={0} component="ul" aria-labelledby="campaigns-heading" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {campaigns.map((c) => {
            const done = c.counts.validated;
            const counted = c.total - c.counts.cancelled;
            const selected = c.id === selectedId;
            return (
              <li key={c.id}>
                <UnstyledButton
                  onClick={() => onSelect(c.id)}
                  aria-current={selected ? 'true' : undefined}
                  w="100%"
                  px="sm"
                  py={8}
                  bg={selected ? 'teal.0' : undefined}
                  style={{
                    borderBottom: '1px solid var(--mantine-color-gray-2)',
                    borderInlineStart: `3px solid ${selected ? 'var(--mantine-color-teal-7)' : 'transparent'}`,
                  }}
                >
                  <Group justify="space-between" gap={4} wrap="nowrap">
                    <Text size="xs" c="dimmed" fw={600} truncate>
                      <Ltr>{c.code}</Ltr>
                    </Text>
                    <Badge size="xs" variant="light" color={STATUS_COLOURS[c.status]} style={{ flexShrink: 0 }}>
                      {t(`reviews.statuses.${c.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm" fw={500} lineClamp={2}>
                    {pickName(c.titleFr, c.titleAr, lang) || c.code}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('reviews.period', { start: formatDate(c.periodStart), end: formatDate(c.periodEnd) })}
                  </Text>
                  {c.total > 0 && (
                    <>
                      <Progress value={counted ? (100 * done) / counted : 0} size="xs" mt={4} color="teal" aria-hidden />
                      <Group justify="space-between" gap={4} wrap="nowrap">
                        <Text size="xs">
                          {t('reviews.progress', { done: formatNumber(done, lang), total: formatNumber(counted, lang) })}
                        </Text>
                        {c.overdue > 0 && (
                          <Text size="xs" c="orange.9" fw={600}>
                            {t('reviews.overdueCount', { count: c.overdue, formatted: formatNumber(c.overdue, lang) })}
                          </Text>
                        )}
                      </Group>
                    </>
                  )}
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      </ScrollArea>
    </Paper>
  );
}
