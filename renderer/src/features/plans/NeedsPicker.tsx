import { Badge, Button, Checkbox, Group, Modal, ScrollArea, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_POPULATIONS, type Need } from '../../../../api/channels/gaps';
import type { Plan } from '../../../../api/channels/plans';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import { STATE_COLOR } from '../gaps/NeedDialog';
import type { ActionStart } from './ActionForm';

type Population = (typeof NEED_POPULATIONS)[number];
const RANK = { essential: 3, important: 2, useful: 1 } as const;

interface Props {
  plan: Plan;
  /** Needs already chosen (sent from the register). */
  initial: string[];
  onClose: () => void;
  /** The proposal for the chosen needs: the action form opens prefilled with it. */
  onProposed: (start: ActionStart) => void;
}

/**
 * "New action from needs", first step: the open needs of the register not yet planned, filtered
 * by population and competency, the highest priority first (the score of their competency and
 * population, then the gap); several are chosen, and the core proposes the action they make.
 */
export function NeedsPicker({ plan, initial, onClose, onProposed }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const n = (x: number) => formatNumber(x, lang);
  const defaultPopulation: Population | 'all' =
    plan.audience === 'staff' ? 'staff' : plan.audience === 'associations' ? 'association' : 'all';
  const [population, setPopulation] = useState<Population | 'all'>(initial.length ? 'all' : defaultPopulation);
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set(initial));
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<AppError | null>(null);
  const needs = useCall('needs.list', { openOnly: true, population: population === 'all' ? null : population }, { keepPrevious: true });
  const priorities = useCall('needs.priorities', { population: null });

  const scoreOf = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of priorities.data ?? []) m.set(`${r.competencyId ?? ''} ${r.population}`, r.score);
    return (need: Need) => m.get(`${need.competencyId ?? ''} ${need.population}`) ?? 0;
  }, [priorities.data]);
  // Not yet planned (a need an action already covers stays with it), unless sent here on purpose.
  const open = (needs.data ?? []).filter((r) => r.state !== 'planned' || chosen.has(r.id));
  const competencies = [
    ...new Map(
      open
        .filter((r) => r.competencyId)
        .map((r) => [r.competencyId!, `${r.competencyCode} ${pickName(r.competencyFr, r.competencyAr, lang)}`]),
    ),
  ].map(([value, label]) => ({ value, label }));
  const rows = open
    .filter((r) => !competencyId || r.competencyId === competencyId)
    .sort((a, b) => scoreOf(b) - scoreOf(a) || RANK[b.importance] - RANK[a.importance] || (b.gap ?? 0) - (a.gap ?? 0));
  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allShown = rows.length > 0 && rows.every((r) => chosen.has(r.id));
  const what = (r: Need) => (r.competencyId ? pickName(r.competencyFr, r.competencyAr, lang) : pickName(r.titleFr, r.titleAr, lang));

  const propose = async () => {
    const needIds = [...chosen];
    setBusy(true);
    const result = await invoke('actions.propose', { planId: plan.id, needIds });
    setBusy(false);
    if (!result.ok) return setRefused(result.error);
    const picked = (needs.data ?? []).filter((r) => chosen.has(r.id));
    onProposed({ action: null, proposal: result.value, needIds, needs: picked });
  };

  return (
    <Modal opened onClose={onClose} title={t('plans.picker.title')} size="min(1200px, 96vw)" centered>
      <Stack gap="sm">
        <Text size="sm">{t('plans.picker.hint')}</Text>
        <Group gap="sm" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={t('plans.picker.population')}
            value={population}
            onChange={(v) => setPopulation(v as Population | 'all')}
            data={[
              { value: 'all', label: t('plans.picker.all') },
              ...NEED_POPULATIONS.map((p) => ({ value: p, label: t(`gaps.populations.${p}`) })),
            ]}
          />
          <Select
            size="xs"
            w={320}
            aria-label={t('plans.picker.competency')}
            placeholder={t('plans.picker.allCompetencies')}
            clearable
            searchable
            data={competencies}
            value={competencyId}
            onChange={setCompetencyId}
          />
          <Text size="sm" fw={600} ms="auto" aria-live="polite" data-testid="needs-chosen">
            {t('plans.picker.chosen', { count: chosen.size })}
          </Text>
        </Group>
        <ScrollArea.Autosize mah="52vh" type="auto" offsetScrollbars>
          <Table fz="sm" verticalSpacing={4} stickyHeader striped aria-label={t('plans.picker.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('plans.picker.selectAll')}
                    checked={allShown}
                    onChange={() =>
                      setChosen((s) => {
                        const next = new Set(s);
                        for (const r of rows)
                          if (allShown) next.delete(r.id);
                          else next.add(r.id);
                        return next;
                      })
                    }
                  />
                </Table.Th>
                <Table.Th>{t('plans.picker.subject')}</Table.Th>
                <Table.Th>{t('plans.picker.competency')}</Table.Th>
                <Table.Th w={110}>{t('plans.picker.importance')}</Table.Th>
                <Table.Th w={80} ta="end">
                  {t('plans.picker.gap')}
                </Table.Th>
                <Table.Th w={80} ta="end">
                  {t('plans.picker.priority')}
                </Table.Th>
                <Table.Th w={110}>{t('plans.picker.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const subject = pickName(r.subjectFr, r.subjectAr, lang);
                return (
                  <Table.Tr key={r.id} data-need={r.id} onClick={() => toggle(r.id)} style={{ cursor: 'pointer' }}>
                    <Table.Td onClick={(e) => e.stopPropagation()}>
                      <Checkbox
                        aria-label={t('plans.picker.select', { name: `${subject} — ${what(r)}` })}
                        checked={chosen.has(r.id)}
                        onChange={() => toggle(r.id)}
                      />
                    </Table.Td>
                    <Table.Td>
                      {subject}
                      <Text span size="xs" c="dimmed">
                        {' · '}
                        {t(`gaps.populations.${r.population}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.competencyCode && (
                        <Text span size="xs" c="dimmed">
                          <Ltr>{r.competencyCode}</Ltr>{' '}
                        </Text>
                      )}
                      {what(r)}
                    </Table.Td>
                    <Table.Td>{t(`jobs.importances.${r.importance}`)}</Table.Td>
                    <Table.Td ta="end">
                      {r.gap === null ? '–' : r.population === 'staff' ? n(r.gap) : `${n(r.gap)} × ${n(r.peopleCount)}`}
                    </Table.Td>
                    <Table.Td ta="end" fw={700}>
                      {n(scoreOf(r))}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={STATE_COLOR[r.state]} tt="none">
                        {t(`gaps.needStates.${r.state}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {needs.data && !rows.length && (
            <Text size="sm" c="dimmed" p="xs">
              {t('plans.picker.none')}
            </Text>
          )}
        </ScrollArea.Autosize>
        <FormError error={refused} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!chosen.size} loading={busy} onClick={() => void propose()}>
            {t('plans.picker.propose')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
