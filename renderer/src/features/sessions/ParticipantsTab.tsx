import { Alert, Badge, Button, Checkbox, Group, Loader, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Enrolment, SessionDetail, enrolmentChange } from '../../../../api/channels/sessions';
import type { SessionStatus } from '../../../../api/channels/session-enums';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { useReadOnly } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { queryErrorSentence } from '../../lib/errors';
import { formatNumber, pickName } from '../../lib/format';
import { AddParticipants } from './AddParticipants';
import { ChangeReport } from './ChangeReport';
import { DecisionDialog, type Decision } from './DecisionDialog';
import { ENROLMENT_STATUS_COLOURS, conflictSentence } from './session-format';

export type EnrolmentChange = z.output<typeof enrolmentChange>;
const LOCKED: readonly SessionStatus[] = ['evaluated', 'closed', 'cancelled'];

/**
 * Who is enrolled: name, staff or association, unit or organisation, state, place on the waiting
 * list, who decided, conflicts with other sessions; people added from the needs the action covers
 * or by search; approve, decline, book or cancel the rows chosen; "passed" when a test is planned;
 * remove a row nobody has marked yet.
 */
export function ParticipantsTab({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  // Enrolment no longer changes once the session is evaluated, closed or cancelled (the data core refuses it too).
  const readOnly = useReadOnly() || LOCKED.includes(session.status);
  const list = useCall('enrolments.list', { sessionId: session.id });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [report, setReport] = useState<EnrolmentChange | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = [...(list.data ?? [])].sort(
    (a, b) =>
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
      (lang === 'ar' ? a.sortNameAr : a.sortNameFr).localeCompare(lang === 'ar' ? b.sortNameAr : b.sortNameFr, lang),
  );
  const chosen = rows.filter((r) => selected.has(r.id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const apply = async (write: () => Promise<import('../../../../api/result').Result<EnrolmentChange>>) => {
    setBusy(true);
    const r = await write();
    setBusy(false);
    if (!r.ok) return (setError(r.error), false);
    setError(null);
    setReport(r.value);
    setSelected(new Set());
    return true;
  };
  const setStatus = (status: 'booked' | 'cancelled' | 'requested') =>
    void apply(() => invoke('enrolments.setStatus', { ids: chosen.map((r) => r.id), status, decidedBy: '', reason: '' }));

  return (
    <Stack gap="sm">
      {!readOnly && (
        <Group gap="sm" wrap="wrap">
          <Button onClick={() => setAdding(true)}>{t('sessions.participants.add')}</Button>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('sessions.participants.selected', { count: chosen.length, n: formatNumber(chosen.length, lang) })}
          </Text>
          <Button
            variant="default"
            size="compact-sm"
            disabled={!chosen.length}
            onClick={() => setDeciding({ status: 'approved', rows: chosen })}
          >
            {t('sessions.participants.approve')}
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            disabled={!chosen.length}
            onClick={() => setDeciding({ status: 'declined', rows: chosen })}
          >
            {t('sessions.participants.decline')}
          </Button>
          <Button variant="default" size="compact-sm" disabled={!chosen.length} loading={busy} onClick={() => setStatus('booked')}>
            {t('sessions.participants.book')}
          </Button>
          <Button variant="default" size="compact-sm" color="red" disabled={!chosen.length} onClick={() => setStatus('cancelled')}>
            {t('sessions.participants.cancel')}
          </Button>
        </Group>
      )}
      <Text size="sm" data-testid="participants-counts">
        {t('sessions.participants.counts', {
          booked: formatNumber(session.booked, lang),
          max: formatNumber(session.maxCapacity, lang),
          waitlisted: formatNumber(session.waitlisted, lang),
          requested: formatNumber(session.requested, lang),
        })}
      </Text>
      <FormError error={error} />
      {report && <ChangeReport change={report} onClose={() => setReport(null)} />}
      {list.error && (
        <Alert color="red" role="alert">
          {queryErrorSentence(t, list.error)}
        </Alert>
      )}
      {list.isPending && !list.error && <Loader size="sm" aria-label={t('common.loading')} />}
      {list.data && !rows.length && (
        <Text size="sm" c="dimmed">
          {t('sessions.participants.none')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table fz="sm" verticalSpacing={4} highlightOnHover aria-label={t('sessions.participants.label')} data-testid="enrolments">
            <Table.Thead>
              <Table.Tr>
                {!readOnly && (
                  <Table.Th w={36}>
                    <Checkbox
                      aria-label={t('sessions.participants.selectAll')}
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      onChange={() => setSelected(allChosen ? new Set() : new Set(rows.map((r) => r.id)))}
                    />
                  </Table.Th>
                )}
                <Table.Th>{t('sessions.participants.name')}</Table.Th>
                <Table.Th w={110}>{t('sessions.participants.type')}</Table.Th>
                <Table.Th>{t('sessions.participants.group')}</Table.Th>
                <Table.Th w={170}>{t('sessions.participants.status')}</Table.Th>
                <Table.Th w={150}>{t('sessions.participants.decidedBy')}</Table.Th>
                {session.testPlanned && <Table.Th w={110}>{t('sessions.participants.passed')}</Table.Th>}
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <EnrolmentRow
                  key={r.id}
                  row={r}
                  session={session}
                  checked={selected.has(r.id)}
                  onToggle={() => toggle(r.id)}
                  readOnly={readOnly}
                  onPassed={(passed) => void apply(() => invoke('enrolments.setPassed', { id: r.id, passed }))}
                  onRemove={() => void apply(() => invoke('enrolments.delete', { id: r.id }))}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && (
        <AddParticipants
          session={session}
          enrolled={rows}
          onClose={() => setAdding(false)}
          onAdded={(change) => {
            setAdding(false);
            setReport(change);
          }}
        />
      )}
      {deciding && (
        <DecisionDialog
          decision={deciding}
          onClose={() => setDeciding(null)}
          run={(decidedBy, reason) =>
            apply(() =>
              invoke('enrolments.setStatus', { ids: deciding.rows.map((r) => r.id), status: deciding.status, decidedBy, reason }),
            ).then((ok) => ok && setDeciding(null))
          }
        />
      )}
    </Stack>
  );
}

function EnrolmentRow({
  row: r,
  session,
  checked,
  onToggle,
  readOnly,
  onPassed,
  onRemove,
}: {
  row: Enrolment;
  session: SessionDetail;
  checked: boolean;
  onToggle: () => void;
  readOnly: boolean;
  onPassed: (passed: boolean | null) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const name = pickName(r.nameFr, r.nameAr, lang);
  // Rows with marks or an attestation are cancelled rather than removed (the data core says so too).
  const removable = r.hoursAttended === 0 && !r.attestation;
  return (
    <Table.Tr data-enrolment={r.nameFr} data-status={r.status}>
      {!readOnly && (
        <Table.Td>
          <Checkbox aria-label={t('sessions.participants.select', { name })} checked={checked} onChange={onToggle} />
        </Table.Td>
      )}
      <Table.Td>
        <Text fz="sm" fw={600}>
          {name}
        </Text>
        {r.matricule && (
          <Text fz="xs" c="dimmed">
            <Ltr>{r.matricule}</Ltr>
          </Text>
        )}
        {r.conflicts.map((c, i) => (
          <Text key={i} fz="xs" c="orange.9" data-testid="person-conflict">
            ⚠ {conflictSentence(c, t, lang)}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>{t(`sessions.participants.types.${r.participantType}`)}</Table.Td>
      <Table.Td>{pickName(r.groupFr, r.groupAr, lang)}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Badge
            size="sm"
            variant="light"
            color={ENROLMENT_STATUS_COLOURS[r.status]}

            tt="none"
          >
            {t(`sessions.enrolmentStatuses.${r.status}`)}
          </Badge>
          {r.waitlistPosition !== null && (
            <Tooltip label={t('sessions.participants.waitlistPosition', { n: r.waitlistPosition })}>
              <Badge size="sm" variant="outline" color="violet.9" tt="none" data-testid="waitlist-position">
                {t('sessions.participants.positionShort', { n: r.waitlistPosition })}
              </Badge>
            </Tooltip>
          )}
        </Group>
        {r.reason && (
          <Text fz="xs" c="dimmed" dir="auto">
            {r.reason}
          </Text>
        )}
      </Table.Td>
      <Table.Td dir="auto">{r.decidedBy || '—'}</Table.Td>
      {session.testPlanned && (
        <Table.Td>
          <Select
            size="xs"
            aria-label={t('sessions.participants.passedOf', { name })}
            disabled={readOnly}
            allowDeselect={false}
            data={[
              { value: 'unknown', label: '—' },
              { value: 'yes', label: t('sessions.participants.passedYes') },
              { value: 'no', label: t('sessions.participants.passedNo') },
            ]}
            value={r.passed === null ? 'unknown' : r.passed ? 'yes' : 'no'}
            onChange={(v) => onPassed(v === 'unknown' ? null : v === 'yes')}
          />
        </Table.Td>
      )}
      <Table.Td ta="end">
        {!readOnly && removable && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t('sessions.participants.removeNamed', { name })}
          >
            {t('common.remove')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
