import { Anchor, Badge, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobSummary } from '../../../../api/channels/jobs';
import { staffOfJob } from '../../app/links';
import type { Language } from '../../i18n';
import { otherName, pickName } from '../../lib/format';

interface Props {
  jobs: JobSummary[];
  loading: boolean;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** The job sheets as a table; the title is a real button so the list works from the keyboard, the holders a link to them. */
export function JobList({ jobs, loading, selectedId, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <Paper withBorder>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('jobs.title')} aria-busy={loading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>{t('jobs.code')}</Table.Th>
            <Table.Th>{t('jobs.jobTitle')}</Table.Th>
            <Table.Th w={200}>{t('jobs.requirements')}</Table.Th>
            <Table.Th w={160}>{t('jobs.holders')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => {
            const title = pickName(j.titleFr, j.titleAr, lang);
            const other = otherName(j.titleFr, j.titleAr, lang);
            return (
              <Table.Tr key={j.id} bg={j.id === selectedId ? 'var(--mantine-color-teal-0)' : undefined}>
                <Table.Td>
                  <span dir="ltr">{j.code}</span>
                </Table.Td>
                <Table.Td>
                  <UnstyledButton onClick={() => onOpen(j.id)}>
                    <Text fw={500} td={j.archivedAt ? 'line-through' : undefined} c="teal.9">
                      {title || j.code}
                    </Text>
                    {other && (
                      <Text size="xs" c="dimmed">
                        {other}
                      </Text>
                    )}
                  </UnstyledButton>
                  {j.archivedAt && (
                    <Badge color="gray" ms="xs">
                      {t('common.archived')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={j.requirementCount ? undefined : 'orange.8'}>
                    {t('jobs.requirementCount', { count: j.requirementCount })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {/* The holders: a link to the staff list filtered by this job. */}
                  <Anchor
                    size="sm"
                    underline="always"
                    href={staffOfJob(j.id)}
                    aria-label={t('jobs.holdersOf', { holders: t('jobs.holderCount', { count: j.holders }), job: title || j.code })}
                  >
                    {t('jobs.holderCount', { count: j.holders })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
