import { Anchor, Badge, Button, Collapse, Group, Loader, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileCompetency } from '../../../../api/channels/gaps';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { reviewIn } from '../../app/links';
import { queryErrorSentence } from '../../lib/errors';
import { LevelDots } from './LevelDots';
import { fitText } from './levels';
import { RecordLevelDialog } from './RecordLevelDialog';
import './gaps.css';

/**
 * The staff drawer's "Competencies" tab: how the person fits the job (importance-weighted), each
 * competency of the job with the level against the requirement and the gap ("not assessed", never
 * 0, when nobody rated it), the other competencies rated, each one's history, and the reviews.
 */
export function StaffCompetencies({ staffId }: { staffId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const profile = useCall('ratings.profile', { staffId });
  const framework = useCall('framework.get', { includeArchived: true });
  const [recording, setRecording] = useState<{ competencyId: string | null } | null>(null);
  const p = profile.data;
  if (profile.error) return <Text c="red">{queryErrorSentence(t, profile.error)}</Text>;
  if (!p) return <Loader aria-label={t('common.loading')} />;
  const scaleSize = framework.data?.levels.length ?? Math.max(4, ...p.competencies.map((c) => c.level ?? 0));
  const ofJob = p.competencies.filter((c) => c.required !== null);
  const others = p.competencies.filter((c) => c.required === null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed">
            {t('gaps.profile.job')}
          </Text>
          <Text fw={600}>
            {p.jobId ? (
              <>
                <Ltr>{p.jobCode}</Ltr> — {pickName(p.jobTitleFr, p.jobTitleAr, lang)}
              </>
            ) : (
              t('gaps.profile.noJob')
            )}
          </Text>
        </div>
        {p.jobId && (
          <div aria-label={t('gaps.fit')} role="group">
            <Text size="sm" c="dimmed">
              {t('gaps.fit')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text fw={700} size="xl" data-testid="profile-fit">
                {fitText(p.fit, lang, t)}
              </Text>
              {p.notAssessed > 0 && (
                <Badge variant="outline" color="gray.8" tt="none" data-testid="profile-not-assessed">
                  {t('gaps.notAssessedCount', { count: p.notAssessed, formatted: formatNumber(p.notAssessed, lang) })}
                </Badge>
              )}
            </Group>
          </div>
        )}
        <Editable>
          <Button onClick={() => setRecording({ competencyId: null })} style={{ flexShrink: 0 }}>
            {t('gaps.record.open')}
          </Button>
        </Editable>
      </Group>
      <Text size="xs" c="dimmed">
        {t('gaps.profile.fitHint')}
      </Text>

      <section>
        <Title order={3} size="h5" mb="xs">
          {t('gaps.profile.ofJob')}
        </Title>
        {ofJob.length ? (
          <CompetencyTable rows={ofJob} scaleSize={scaleSize} withRequirement onRecord={(id) => setRecording({ competencyId: id })} />
        ) : (
          <Text size="sm" c="dimmed">
            {p.jobId ? t('gaps.profile.jobHasNone') : t('gaps.profile.noJobHint')}
          </Text>
        )}
      </section>

      {others.length > 0 && (
        <section>
          <Title order={3} size="h5" mb="xs">
            {t('gaps.profile.others')}
          </Title>
          <CompetencyTable
            rows={others}
            scaleSize={scaleSize}
            withRequirement={false}
            onRecord={(id) => setRecording({ competencyId: id })}
          />
        </section>
      )}

      <section>
        <Title order={3} size="h5" mb="xs">
          {t('gaps.profile.reviews')}
        </Title>
        {p.reviews.length ? (
          <Table fz="sm" withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('gaps.profile.campaign')}</Table.Th>
                <Table.Th>{t('common.state')}</Table.Th>
                <Table.Th>{t('gaps.profile.interviewDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.reviews.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor href={reviewIn(r.campaignId, r.id)} size="sm">
                      <Ltr>{r.campaignCode}</Ltr> — {pickName(r.campaignTitleFr, r.campaignTitleAr, lang)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`gaps.reviewStates.${r.state}`)}</Table.Td>
                  <Table.Td>{formatDate(r.interviewDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('gaps.profile.noReviews')}
          </Text>
        )}
      </section>

      {recording && (
        <RecordLevelDialog
          staffId={staffId}
          competencyId={recording.competencyId}
          jobCompetencies={ofJob.map((c) => c.competencyId)}
          onClose={() => setRecording(null)}
        />
      )}
    </Stack>
  );
}

function CompetencyTable({
  rows,
  scaleSize,
  withRequirement,
  onRecord,
}: {
  rows: ProfileCompetency[];
  scaleSize: number;
  withRequirement: boolean;
  onRecord: (competencyId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table fz="sm" withRowBorders={false} verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('gaps.competency')}</Table.Th>
          {withRequirement && <Table.Th>{t('gaps.importance')}</Table.Th>}
          <Table.Th>{withRequirement ? t('gaps.profile.levelVsRequired') : t('gaps.level')}</Table.Th>
          {withRequirement && <Table.Th>{t('gaps.gap')}</Table.Th>}
          <Table.Th>{t('gaps.profile.history')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <CompetencyRow key={c.competencyId} c={c} scaleSize={scaleSize} withRequirement={withRequirement} onRecord={onRecord} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CompetencyRow({
  c,
  scaleSize,
  withRequirement,
  onRecord,
}: {
  c: ProfileCompetency;
  scaleSize: number;
  withRequirement: boolean;
  onRecord: (competencyId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [open, setOpen] = useState(false);
  const name = pickName(c.nameFr, c.nameAr, lang);
  const columns = withRequirement ? 5 : 3;
  return (
    <>
      <Table.Tr data-competency={c.code} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Table.Td>
          <Text span size="xs" c="dimmed">
            <Ltr>{c.code}</Ltr>
          </Text>{' '}
          {name}
        </Table.Td>
        {withRequirement && <Table.Td>{c.importance ? t(`jobs.importances.${c.importance}`) : ''}</Table.Td>}
        <Table.Td>
          <Group gap={8} wrap="nowrap">
            <LevelDots level={c.level} required={c.required} size={scaleSize} />
            <Text span size="sm" data-testid="level-text" style={{ whiteSpace: 'nowrap' }}>
              {c.level === null
                ? t('gaps.notAssessed')
                : withRequirement
                  ? t('gaps.profile.levelOfRequired', { level: c.level, required: c.required })
                  : t('gaps.levelN', { level: c.level })}
            </Text>
          </Group>
        </Table.Td>
        {withRequirement && (
          <Table.Td data-testid="gap">
            {c.gap === null ? (
              <Text span size="sm" c="dimmed" fs="italic">
                {t('gaps.notAssessed')}
              </Text>
            ) : c.gap === 0 ? (
              t('gaps.profile.noGap')
            ) : (
              <Text span fw={700} size="sm">
                {t('gaps.profile.gapN', { count: c.gap })}
              </Text>
            )}
          </Table.Td>
        )}
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            {c.timeline.length > 0 && (
              <UnstyledButton
                style={{ whiteSpace: 'nowrap' }}
                fz="sm"
                c="teal.9"
                td="underline"
                aria-expanded={open}
                onClick={() => setOpen(!open)}
                aria-label={`${t('gaps.profile.entries', { count: c.timeline.length })} — ${t('gaps.profile.historyOf', { name })}`}
              >
                {t('gaps.profile.entries', { count: c.timeline.length })}
              </UnstyledButton>
            )}
            <Editable>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onRecord(c.competencyId)}
                aria-label={t('gaps.record.openFor', { name })}
              >
                +
              </Button>
            </Editable>
          </Group>
        </Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td colSpan={columns} p={0}>
          <Collapse expanded={open}>
            <Timeline c={c} />
          </Collapse>
        </Table.Td>
      </Table.Tr>
    </>
  );
}

/** A competency's history, most recent first: date, level, where it comes from, why, who recorded it. */
function Timeline({ c }: { c: ProfileCompetency }) {
  const { t } = useTranslation();
  const entries = [...c.timeline].sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
  return (
    <Table
      fz="xs"
      mb="xs"
      withRowBorders={false}
      verticalSpacing={2}
      style={{ background: 'var(--mantine-color-gray-0)', width: 'calc(100% - 1rem)', marginInlineStart: '1rem' }}
    >
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id} c={e.validTo ? 'dimmed' : undefined}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDate(e.validFrom)}
              {e.validTo ? ` → ${formatDate(e.validTo)}` : ''}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('gaps.levelN', { level: e.level })}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {t(`gaps.sources.${e.source}`)}
              {e.campaignCode && (
                <>
                  {' '}
                  (<Ltr>{e.campaignCode}</Ltr>)
                </>
              )}
            </Table.Td>
            <Table.Td dir="auto">{e.reason}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }} dir="auto">
              {e.recordedBy}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
