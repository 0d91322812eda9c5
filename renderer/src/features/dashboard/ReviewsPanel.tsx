import { Anchor, Group, Paper, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard, DashboardFilters } from '../../../../api/channels/dashboard';
import { useCall } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { formatCount, formatDecimal, formatPercent } from './format';
import { useOpenRecords } from './records-context';

interface Props {
  reviews: Dashboard['reviews'];
  filters: DashboardFilters;
  onChange: (patch: Partial<DashboardFilters>) => void;
}

/**
 * The year's review campaigns with their completion (the reviews not validated a click away),
 * and how much of the competency gap closed between two campaigns the user picks.
 */
export function ReviewsPanel({ reviews, filters, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const open = useOpenRecords();
  const campaigns = useCall('campaigns.list', {});
  const options = (campaigns.data ?? []).map((c) => ({ value: c.id, label: `${c.code} — ${pickName(c.titleFr, c.titleAr, lang)}` }));
  const gap = reviews.gapClosure;
  return (
    <Paper withBorder p="sm" radius="md" className="dashboard-section" data-section="reviews">
      <Title order={3} size="h5" mb={6}>
        {t('dashboard.reviews.title')}
      </Title>
      {reviews.campaigns.length ? (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {reviews.campaigns.map((c) => {
              const name = pickName(c.nameFr, c.nameAr, lang);
              const notValidated = c.reviews - c.validated;
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td w="35%">
                    <Progress value={(c.completion ?? 0) * 100} size="md" aria-label={t('dashboard.reviews.completion', { name })} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" span fw={600}>
                      {formatPercent(c.completion, lang)}
                    </Text>{' '}
                    <Text size="xs" span c="dimmed">
                      {t('dashboard.reviews.validatedOf', {
                        validated: formatCount(c.validated, lang),
                        total: formatCount(c.reviews, lang),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {notValidated > 0 && (
                      <Anchor
                        component="button"
                        size="xs"
                        onClick={() =>
                          open({
                            figure: 'reviewsNotValidated',
                            key: c.id,
                            title: `${t('dashboard.figures.reviewsNotValidated')} — ${name}`,
                          })
                        }
                      >
                        {t('dashboard.reviews.notValidated', { count: notValidated, n: formatCount(notValidated, lang) })}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.reviews.none')}
        </Text>
      )}
      <Title order={4} size="h6" mt="sm" mb={4}>
        {t('dashboard.reviews.gapClosure')}
      </Title>
      <Group gap="xs" mb={6} grow className="no-print">
        <Select
          size="xs"
          label={t('dashboard.reviews.before')}
          placeholder={gap ? pickName(gap.before.nameFr, gap.before.nameAr, lang) : t('dashboard.reviews.latest')}
          data={options}
          value={filters.campaignBefore}
          onChange={(v) => onChange({ campaignBefore: v })}
          clearable
        />
        <Select
          size="xs"
          label={t('dashboard.reviews.after')}
          placeholder={gap ? pickName(gap.after.nameFr, gap.after.nameAr, lang) : t('dashboard.reviews.latest')}
          data={options}
          value={filters.campaignAfter}
          onChange={(v) => onChange({ campaignAfter: v })}
          clearable
        />
      </Group>
      {gap ? (
        <Stack gap={2} data-gap-closure>
          <Text size="sm">
            <Text span fw={700} fz="lg">
              {formatPercent(gap.closure, lang)}
            </Text>{' '}
            {t('dashboard.reviews.closureOf', {
              before: pickName(gap.before.nameFr, gap.before.nameAr, lang),
              after: pickName(gap.after.nameFr, gap.after.nameAr, lang),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('dashboard.reviews.closureDetail', {
              count: gap.people,
              people: formatCount(gap.people, lang),
              before: formatDecimal(gap.gapBefore, lang),
              after: formatDecimal(gap.gapAfter, lang),
            })}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.reviews.noPair')}
        </Text>
      )}
    </Paper>
  );
}
