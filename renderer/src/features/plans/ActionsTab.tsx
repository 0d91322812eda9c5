import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanAction } from '../../../../api/channels/plans';
import { sessionFromAction, sessionsOfAction } from '../../app/links';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Ltr, joinList } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import { ActionForm, type ActionStart } from './ActionForm';
import { AxisForm } from './AxisForm';
import { NeedsPicker } from './NeedsPicker';
import { ACTION_STATUS_COLOURS, actionFunders, actionName, mad, periodLabel } from './plan-format';

type Axis = Plan['axes'][number];

/**
 * The plan's axes, each with its actions beneath (then the actions without an axis): code, title
 * or course, public and head counts, sessions, hours, period, cost, funders, needs covered, state.
 * An action starts from needs of the register (or blank); a click on one opens it.
 */
export function ActionsTab({ plan, needIds }: { plan: Plan; needIds: string[] }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(needIds.length > 0);
  const [action, setAction] = useState<ActionStart | null>(null);
  const [axis, setAxis] = useState<{ axis: Axis | null } | null>(null);
  const closed = plan.status === 'closed';
  // One read for the whole plan: how many sessions each action already has.
  const sessions = useCall('sessions.list', { planId: plan.id });
  const sessionCounts = new Map<string, number>();
  for (const s of sessions.data ?? []) if (s.actionId) sessionCounts.set(s.actionId, (sessionCounts.get(s.actionId) ?? 0) + 1);
  const sections: { axis: Axis | null; actions: PlanAction[] }[] = [
    ...plan.axes.map((a) => ({ axis: a, actions: plan.actionList.filter((x) => x.axisId === a.id) })),
    { axis: null, actions: plan.actionList.filter((x) => !x.axisId) },
  ].filter((s) => s.axis || s.actions.length);

  return (
    <Stack gap="md">
      {!closed && (
        <Editable>
          <Group gap="sm">
            <Button onClick={() => setPicking(true)}>{t('plans.actions.fromNeeds')}</Button>
            <Button variant="default" onClick={() => setAction({ action: null })}>
              {t('plans.actions.new')}
            </Button>
            <Button variant="default" onClick={() => setAxis({ axis: null })}>
              {t('plans.axes.new')}
            </Button>
          </Group>
        </Editable>
      )}
      {!plan.actionList.length && (
        <Text c="dimmed" size="sm">
          {t('plans.actions.none')}
        </Text>
      )}
      {sections.map((s) => (
        <AxisSection
          key={s.axis?.id ?? 'none'}
          plan={plan}
          axis={s.axis}
          actions={s.actions}
          onEditAxis={closed ? null : () => setAxis({ axis: s.axis })}
          onOpen={(a) => setAction({ action: a })}
          sessionCounts={sessions.data ? sessionCounts : null}
        />
      ))}
      {picking && (
        <NeedsPicker
          plan={plan}
          initial={needIds}
          onClose={() => setPicking(false)}
          onProposed={(start) => {
            setPicking(false);
            setAction(start);
          }}
        />
      )}
      {action && <ActionForm plan={plan} start={action} onClose={() => setAction(null)} />}
      {axis && <AxisForm plan={plan} axis={axis.axis} onClose={() => setAxis(null)} />}
    </Stack>
  );
}

function AxisSection({
  plan,
  axis,
  actions,
  onEditAxis,
  onOpen,
  sessionCounts,
}: {
  plan: Plan;
  axis: Axis | null;
  actions: PlanAction[];
  onEditAxis: (() => void) | null;
  onOpen: (a: PlanAction) => void;
  /** Sessions each action has (null until known, or where sessions cannot be read). */
  sessionCounts: Map<string, number> | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const n = (x: number) => formatNumber(x, lang);
  const title = axis ? pickName(axis.titleFr, axis.titleAr, lang) : t('plans.axes.none');
  return (
    <Paper withBorder p="sm" component="section" aria-label={title} data-axis={axis?.code ?? ''}>
      <Group justify="space-between" wrap="nowrap" mb={6}>
        <Group gap="sm" wrap="nowrap" align="baseline" miw={0}>
          <Title order={3} size="h5">
            {axis && (
              <>
                <Ltr>{axis.code}</Ltr>
                {' — '}
              </>
            )}
            {title}
          </Title>
          {axis?.programmeResult && (
            <Badge variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
              <Ltr>{axis.programmeResult}</Ltr>
            </Badge>
          )}
          {axis?.actionPlanRef && (
            <Text size="xs" c="dimmed" truncate>
              {t('plans.axes.actionPlanRef')} : {axis.actionPlanRef}
            </Text>
          )}
        </Group>
        {axis && onEditAxis && (
          <Editable>
            <Button size="compact-xs" variant="subtle" onClick={onEditAxis} aria-label={t('plans.axes.editNamed', { name: title })}>
              {t('plans.axes.edit')}
            </Button>
          </Editable>
        )}
      </Group>
      {actions.length ? (
        <Table.ScrollContainer minWidth={1100}>
          <Table fz="xs" verticalSpacing={4} highlightOnHover aria-label={t('plans.actions.label', { axis: title })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('plans.actions.code')}</Table.Th>
                <Table.Th>{t('plans.actions.title')}</Table.Th>
                <Table.Th w={150}>{t('plans.actions.people')}</Table.Th>
                <Table.Th w={70} ta="end">
                  {t('plans.actions.sessions')}
                </Table.Th>
                <Table.Th w={55} ta="end">
                  {t('plans.actions.hours')}
                </Table.Th>
                <Table.Th w={75}>{t('plans.actions.period')}</Table.Th>
                <Table.Th w={105} ta="end">
                  {t('plans.actions.cost')}
                </Table.Th>
                <Table.Th w={150}>{t('plans.actions.funders')}</Table.Th>
                <Table.Th w={60} ta="end">
                  {t('plans.actions.needs')}
                </Table.Th>
                <Table.Th w={85}>{t('plans.actions.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {actions.map((a) => (
                <Table.Tr key={a.id} data-action={a.code} style={{ cursor: 'pointer' }} onClick={() => onOpen(a)}>
                  <Table.Td>
                    <Ltr>{a.code}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    <UnstyledButton fz="xs" fw={600} onClick={() => onOpen(a)} ta="start">
                      {actionName(a, lang)}
                    </UnstyledButton>
                    <Text fz="xs" c="dimmed">
                      {a.courseCode && (
                        <>
                          <Ltr>{a.courseCode}</Ltr>
                          {' · '}
                        </>
                      )}
                      {t(`plans.audiences.${a.audience}`)} · {t(`plans.modalities.${a.modality}`)}
                    </Text>
                    {/* In the title's cell, away from the row's middle where a click opens the action. */}
                    <Group gap="sm" onClick={(e) => e.stopPropagation()}>
                      {sessionCounts?.get(a.id) ? (
                        <Anchor href={sessionsOfAction(a.id)} fz="xs">
                          {t('plans.actions.seeSessions')}
                        </Anchor>
                      ) : null}
                      {plan.status !== 'closed' && (
                        <Editable>
                          <Anchor href={sessionFromAction(a.id, plan.id)} fz="xs" data-testid="create-session">
                            {t('plans.actions.createSession')}
                          </Anchor>
                        </Editable>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="xs" fw={600}>
                      {t('plans.actions.peopleTotal', { total: n(a.staffCount + a.associationCount) })}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {t('plans.actions.womenMen', { women: n(a.women), men: n(a.men) })}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {t('plans.actions.staffAssoc', { staff: n(a.staffCount), assoc: n(a.associationCount) })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="end" title={t('plans.actions.sessionsHeld')} data-testid="action-sessions">
                    {sessionCounts
                      ? t('plans.actions.sessionsOf', { held: n(sessionCounts.get(a.id) ?? 0), planned: n(a.sessions) })
                      : n(a.sessions)}
                  </Table.Td>
                  <Table.Td ta="end">{n(a.hours)}</Table.Td>
                  <Table.Td>{periodLabel(a, t)}</Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    <span dir="ltr">{mad(a.totalCentimes)}</span>
                  </Table.Td>
                  <Table.Td>{joinList(actionFunders(a, plan, lang, t), lang)}</Table.Td>
                  <Table.Td ta="end" data-testid="action-needs">
                    {n(a.needIds.length)}
                  </Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={ACTION_STATUS_COLOURS[a.status]} tt="none">
                      {t(`plans.actionStatuses.${a.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('plans.axes.empty')}
        </Text>
      )}
    </Paper>
  );
}
