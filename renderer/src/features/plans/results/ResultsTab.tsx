import { ActionIcon, Button, Group, Loader, Paper, Progress, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../api/channels/plans';
import type { ResultIndicator } from '../../../../../api/channels/results';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { Editable } from '../../../components/Editable';
import { Empty } from '../../../components/Empty';
import type { Language } from '../../../i18n';
import { formatDate, pickName } from '../../../lib/format';
import { actionName, percent } from '../plan-format';
import { MeasurementForm } from './MeasurementForm';
import { ResultForm } from './ResultForm';
import { RoiSection } from './RoiSection';
import { attachedTo, signed, withUnit } from './result-format';

/**
 * Level 4: the plan's result indicators (the Service's own figures the training should move),
 * each with its baseline, target, latest measurement, the change, the part attributed to
 * training and the way covered to the target; their measurements are added and removed here.
 */
export function ResultsTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const list = useCall('results.list', { planId: plan.id });
  const [editing, setEditing] = useState<{ indicator: ResultIndicator | null } | null>(null);
  const [measuring, setMeasuring] = useState<ResultIndicator | null>(null);
  if (!list.data) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={820}>
          {t('plans.results.intro')}
        </Text>
        <Editable>
          <Button onClick={() => setEditing({ indicator: null })}>{t('plans.results.new')}</Button>
        </Editable>
      </Group>
      {list.data.length === 0 ? (
        <Empty title={t('plans.results.empty')} hint={t('plans.results.emptyHint')} />
      ) : (
        list.data.map((r) => (
          <IndicatorCard
            key={r.id}
            plan={plan}
            indicator={r}
            onEdit={() => setEditing({ indicator: r })}
            onMeasure={() => setMeasuring(r)}
          />
        ))
      )}
      {plan.actionList.length > 0 && <ActionRoi plan={plan} />}
      {editing && <ResultForm plan={plan} indicator={editing.indicator} onClose={() => setEditing(null)} />}
      {measuring && <MeasurementForm indicator={measuring} onClose={() => setMeasuring(null)} />}
    </Stack>
  );
}

function IndicatorCard({
  plan,
  indicator: r,
  onEdit,
  onMeasure,
}: {
  plan: Plan;
  indicator: ResultIndicator;
  onEdit: () => void;
  onMeasure: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [removing, setRemoving] = useState<ResultIndicator['measurements'][number] | null>(null);
  const name = pickName(r.nameFr, r.nameAr, lang);
  const progress = r.progress === null ? null : Math.max(0, Math.min(1, r.progress));
  const figure = (label: string, value: string, hint?: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="sm">
        <span dir="ltr">{value}</span>
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
  return (
    <Paper withBorder p="md" data-indicator={r.id} aria-label={name} component="section">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={700}>{name}</Text>
          <Text size="xs" c="dimmed">
            {attachedTo(r, plan, lang, t)}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Editable>
            <Button size="compact-sm" variant="default" onClick={onMeasure} aria-label={t('plans.results.addMeasurementOf', { name })}>
              {t('plans.results.addMeasurement')}
            </Button>
          </Editable>
          <Button size="compact-sm" variant="subtle" onClick={onEdit} aria-label={t('plans.results.editNamed', { name })}>
            {t('plans.results.open')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={5} mt="sm" spacing="sm">
        {figure(
          t('plans.results.baseline'),
          withUnit(r.baseline, r, lang),
          r.baselineDate ? t('plans.results.on', { date: formatDate(r.baselineDate) }) : undefined,
        )}
        {figure(t('plans.results.target'), withUnit(r.target, r, lang))}
        {figure(
          t('plans.results.latest'),
          withUnit(r.latest?.value ?? null, r, lang),
          r.latest ? t('plans.results.on', { date: formatDate(r.latest.date) }) : t('plans.results.noMeasurement'),
        )}
        {figure(t('plans.results.change'), signed(r.change, r, lang))}
        {figure(
          t('plans.results.attributed'),
          signed(r.attributedChange, r, lang),
          t('plans.results.attributedShareOf', { share: percent(r.attributedShare, lang) }),
        )}
      </SimpleGrid>
      <Group mt="sm" gap="sm" wrap="nowrap">
        <Text size="sm" w={170} style={{ flexShrink: 0 }}>
          {t('plans.results.progress')}
        </Text>
        <Progress
          value={progress === null ? 0 : progress * 100}
          size="lg"
          style={{ flex: 1 }}
          aria-label={t('plans.results.progressOf', { name })}
          color={progress !== null && progress >= 1 ? 'teal' : 'blue'}
        />
        <Text size="sm" fw={600} w={60} ta="end" data-testid="result-progress">
          {r.progress === null ? '—' : percent(r.progress, lang)}
        </Text>
      </Group>
      {r.progress === null && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('plans.results.noProgress')}
        </Text>
      )}
      {r.measurements.length > 0 && (
        <Table mt="sm" fz="xs" verticalSpacing={2} aria-label={t('plans.results.measurementsOf', { name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('plans.results.date')}</Table.Th>
              <Table.Th w={140} ta="end">
                {t('plans.results.value')}
              </Table.Th>
              <Table.Th>{t('plans.results.source')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...r.measurements].reverse().map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{formatDate(m.date)}</Table.Td>
                <Table.Td ta="end">
                  <span dir="ltr">{withUnit(m.value, r, lang)}</span>
                </Table.Td>
                <Table.Td>{m.source}</Table.Td>
                <Table.Td>
                  <Editable>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('plans.results.deleteMeasurement', { date: formatDate(m.date) })}
                      onClick={() => setRemoving(m)}
                    >
                      ×
                    </ActionIcon>
                  </Editable>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ConfirmDelete
        opened={removing !== null}
        title={t('plans.results.deleteMeasurementTitle')}
        what={
          removing ? t('plans.results.measurementWhat', { date: formatDate(removing.date), value: withUnit(removing.value, r, lang) }) : ''
        }
        onClose={() => setRemoving(null)}
        onDelete={async () => {
          const res = await invoke('results.deleteMeasurement', { id: removing!.id });
          return res.ok ? { ok: true, value: { deleted: true, archived: false } } : res;
        }}
        onDone={() => setRemoving(null)}
      />
    </Paper>
  );
}

/** The ROI of one of the plan's actions, chosen in a list (the first action at first). */
function ActionRoi({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [actionId, setActionId] = useState(plan.actionList[0]!.id);
  const choose = (
    <Select
      label={t('plans.roi.action')}
      data={plan.actionList.map((a) => ({ value: a.id, label: t('plans.results.ofAction', { code: a.code, name: actionName(a, lang) }) }))}
      value={actionId}
      onChange={(v) => v && setActionId(v)}
      allowDeselect={false}
      maw={520}
      mb="sm"
    />
  );
  return <RoiSection actionId={actionId} choose={choose} />;
}
