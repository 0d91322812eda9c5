import { Alert, Anchor, Badge, Group, Loader, SegmentedControl, Select, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_FILTERS, type FollowUpRow } from '../../../../api/channels/evaluation';
import { sessionHref } from '../../app/links';
import { useCall } from '../../bridge/queries';
import { Ltr } from '../../components/Ltr';
import { PrintMenu } from '../../components/PrintMenu';
import type { Language } from '../../i18n';
import { queryErrorSentence } from '../../lib/errors';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { FollowUpForm, type FollowUpSaved } from './FollowUpForm';
import { FollowUpSavedNote } from './FollowUpSavedNote';
import { asFollowUpMoment, byManager, followUpKey, managerKey } from './follow-up-format';
import { followUpBatchHref } from './paper/follow-up-batch-options';

type Filter = (typeof FOLLOW_UP_FILTERS)[number];

/**
 * The level-3 follow-ups: due ones first (the default), grouped by the manager who answers them,
 * each with the person, the session, the moment, the due date and, said in words and colour,
 * whether it is overdue. A row opens the follow-up's form; the due ones print as one batch per
 * manager to take round.
 */
export function FollowUpsTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [status, setStatus] = useState<Filter>('due');
  const [manager, setManager] = useState<string | null>(null);
  const [open, setOpen] = useState<FollowUpRow | null>(null);
  const [saved, setSaved] = useState<FollowUpSaved | null>(null);
  const list = useCall('followUps.list', { status }, { keepPrevious: true });
  const groups = byManager(list.data ?? []);
  const shown = manager ? groups.filter((g) => g.key === manager) : groups;
  const count = shown.reduce((n, g) => n + g.rows.length, 0);
  const managerName = (g: { fr: string; ar: string }) => pickName(g.fr, g.ar, lang) || t('evaluations.followUps.noManager');

  return (
    <>
      <Group mb="sm" align="flex-end" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label={t('evaluations.followUps.status')}
          value={status}
          onChange={(v) => setStatus(v as Filter)}
          data={FOLLOW_UP_FILTERS.map((f) => ({ value: f, label: t(`evaluations.followUps.statuses.${f}`) }))}
        />
        <Select
          label={t('evaluations.followUps.manager')}
          placeholder={t('evaluations.followUps.allManagers')}
          data={groups.map((g) => ({ value: g.key, label: managerName(g) }))}
          value={manager && groups.some((g) => g.key === manager) ? manager : null}
          onChange={setManager}
          clearable
          searchable
          w={280}
        />
        <Text size="sm" c="dimmed" data-testid="follow-up-count">
          {t('evaluations.followUps.count', { count, formatted: formatNumber(count, lang) })}
        </Text>
        <Group ms="auto">
          <PrintMenu
            both
            label={t('evaluations.followUps.print')}
            href={(l) => followUpBatchHref({ manager: manager && groups.some((g) => g.key === manager) ? manager : '', lang: l })}
          />
        </Group>
      </Group>
      {saved && <FollowUpSavedNote saved={saved} onClose={() => setSaved(null)} />}
      {list.error && <Alert color="red">{queryErrorSentence(t, list.error)}</Alert>}
      {!list.data && !list.error && <Loader aria-label={t('common.loading')} />}
      {list.data && count === 0 && (
        <Text c="dimmed" py="md">
          {t(`evaluations.followUps.empty.${status}`)}
        </Text>
      )}
      {count > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table fz="sm" verticalSpacing={6} highlightOnHover aria-label={t('evaluations.tabs.followUps')} data-testid="follow-up-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evaluations.followUps.person')}</Table.Th>
                <Table.Th>{t('evaluations.followUps.session')}</Table.Th>
                <Table.Th w={110}>{t('evaluations.followUps.moment')}</Table.Th>
                <Table.Th w={120}>{t('evaluations.followUps.dueDate')}</Table.Th>
                <Table.Th w={150}>{t('evaluations.followUps.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            {shown.map((g) => (
              <Table.Tbody key={g.key} data-manager={g.key}>
                <Table.Tr>
                  <Table.Th colSpan={5} bg="var(--mantine-color-gray-1)" scope="colgroup">
                    {t('evaluations.followUps.managerGroup', { name: managerName(g) })} ·{' '}
                    {t('evaluations.followUps.count', { count: g.rows.length, formatted: formatNumber(g.rows.length, lang) })}
                  </Table.Th>
                </Table.Tr>
                {g.rows.map((r) => (
                  <FollowUpLine key={followUpKey(r)} row={r} onOpen={() => setOpen(r)} />
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      )}
      {open && (
        <FollowUpForm
          key={followUpKey(open)}
          enrolmentId={open.enrolmentId}
          moment={asFollowUpMoment(open.moment)}
          onClose={() => setOpen(null)}
          onSaved={(s) => {
            setOpen(null);
            setSaved(s);
          }}
        />
      )}
    </>
  );
}

function FollowUpLine({ row: r, onOpen }: { row: FollowUpRow; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const name = pickName(r.nameFr, r.nameAr, lang);
  return (
    <Table.Tr data-follow-up={followUpKey(r)} data-manager-key={managerKey(r)} style={{ cursor: 'pointer' }} onClick={onOpen}>
      <Table.Td>
        <UnstyledButton
          fz="sm"
          fw={600}
          c="var(--mantine-primary-color-filled)"
          aria-label={t('evaluations.followUps.open', { name })}
          onClick={(e) => {
            e.stopPropagation();
            onOpen();
          }}
        >
          {name}
        </UnstyledButton>
        {r.traineeId && (
          <Text span fz="xs" c="dimmed" ms={6}>
            {t('evaluations.followUps.association')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Anchor href={sessionHref(r.sessionId)} fz="sm" onClick={(e) => e.stopPropagation()}>
          <Ltr>{r.sessionCode}</Ltr>
        </Anchor>{' '}
        <Text span fz="sm">
          {pickName(r.titleFr, r.titleAr, lang)}
        </Text>
      </Table.Td>
      <Table.Td>{t(`evaluations.moments.${r.moment}`)}</Table.Td>
      <Table.Td>
        <Ltr>{formatDate(r.dueDate)}</Ltr>
      </Table.Td>
      <Table.Td>
        <FollowUpState row={r} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Done (with its date), overdue (red, in words), due, or still ahead. */
function FollowUpState({ row: r }: { row: FollowUpRow }) {
  const { t } = useTranslation();
  if (r.doneOn)
    return (
      <Badge color="teal" variant="light" tt="none">
        ✓ {t('evaluations.followUps.doneOn', { date: formatDate(r.doneOn) })}
      </Badge>
    );
  if (r.overdue)
    return (
      <Badge color="red" variant="filled" tt="none">
        ! {t('evaluations.followUps.overdue')}
      </Badge>
    );
  const due = r.dueDate <= new Date().toISOString().slice(0, 10);
  return (
    <Badge color={due ? 'orange' : 'gray'} variant="light" tt="none">
      {t(due ? 'evaluations.followUps.toDo' : 'evaluations.followUps.notYetDue')}
    </Badge>
  );
}
