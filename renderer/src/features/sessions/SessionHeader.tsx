import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../api/channels/sessions';
import type { AppError } from '../../../../api/result';
import { navigate } from '../../app/router';
import { invoke } from '../../bridge/bridge';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { Editable } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { Ltr, joinList } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { downloadFile } from '../../lib/files';
import { pickName } from '../../lib/format';
import { dateSpan, hours, sessionTitle } from './session-format';
import { SessionForm } from './SessionForm';
import { ConflictMark, StatusBadge } from './SessionMarks';
import { sessionsHomeHref } from './SessionsHome';
import { StatusMoves } from './StatusMoves';
import { SessionPrintMenu } from './paper/SessionPrintMenu';

/** UTF-8 text as base64, for downloadFile. */
const textToBase64 = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** What a session is, at a glance, with what can be done to it. */
export function SessionHeader({ session: s }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const finished = s.status === 'closed' || s.status === 'cancelled';
  // A session under way or done has its attendance: it is cancelled, not deleted (the data core says so too).
  const deletable = s.attestationsIssued === 0 && !['in_progress', 'delivered', 'evaluated', 'closed'].includes(s.status);

  const ics = async () => {
    const r = await invoke('sessions.ics', { sessionId: s.id });
    if (!r.ok) return setError(r.error);
    setError(null);
    downloadFile({ fileName: r.value.fileName, mimeType: 'text/calendar', contentBase64: textToBase64(r.value.text) });
  };

  const fact = (label: string, value: React.ReactNode, testId?: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </div>
  );

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} miw={0}>
          <Group gap="sm" wrap="nowrap">
            <Title order={3} size="h4">
              <Ltr>{s.code}</Ltr> — {sessionTitle(s, lang)}
            </Title>
            <StatusBadge status={s.status} size="lg" />
            <ConflictMark kinds={s.conflicts} />
          </Group>
          {s.statusReason && (s.status === 'postponed' || s.status === 'cancelled') && (
            <Text size="sm" c="orange.9" data-testid="status-reason">
              {t('sessions.view.reason', { reason: s.statusReason })}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <StatusMoves session={s} />
          <Editable>
            {!finished && (
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                {t('sessions.view.edit')}
              </Button>
            )}
          </Editable>
          <Button size="compact-sm" variant="default" onClick={() => void ics()}>
            {t('sessions.view.ics')}
          </Button>
          <SessionPrintMenu session={s} />
          <Editable>
            {deletable && (
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDeleting(true)}>
                {t('sessions.view.delete')}
              </Button>
            )}
          </Editable>
        </Group>
      </Group>
      <FormError error={error} />
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mt="xs">
        {fact(
          t('sessions.view.course'),
          <>
            <Ltr>{s.course.code}</Ltr> {pickName(s.course.titleFr, s.course.titleAr, lang)}
          </>,
        )}
        {fact(
          t('sessions.view.action'),
          s.action ? (
            <>
              <Ltr>{s.action.code}</Ltr> {pickName(s.action.titleFr, s.action.titleAr, lang)}
              {s.planYear ? ` · ${t('sessions.view.plan', { year: s.planYear })}` : ''}
            </>
          ) : (
            t('sessions.outsidePlan')
          ),
          'session-action',
        )}
        {fact(
          t('sessions.view.venue'),
          s.venue ? `${pickName(s.venue.nameFr, s.venue.nameAr, lang)} · ${t('sessions.view.capacity', { n: s.venue.capacity })}` : '—',
        )}
        {fact(
          t('sessions.view.trainers'),
          joinList(
            s.trainers.map((x) => pickName(x.nameFr, x.nameAr, lang)),
            lang,
          ) || '—',
        )}
        {fact(
          t('sessions.view.dates'),
          <>
            <span dir="ltr">{dateSpan(s.slots)}</span> ·{' '}
            {t('sessions.view.hours', { hours: hours(s.hours, lang), planned: hours(s.course.hours, lang) })}
          </>,
          'session-dates',
        )}
        {fact(t('sessions.view.seats'), t('sessions.view.seatsText', { booked: s.booked, max: s.maxCapacity, waitlisted: s.waitlisted }))}
        {fact(t('sessions.view.language'), t(`sessions.languages.${s.language}`))}
        {fact(
          t('sessions.view.attendance'),
          `${t('sessions.view.attendanceRequired', { percent: s.attendanceRequired })}${s.testPlanned ? ` · ${t('sessions.view.test')}` : ''}`,
        )}
      </SimpleGrid>
      {editing && <SessionForm session={s} onClose={() => setEditing(false)} />}
      <ConfirmDelete
        opened={deleting}
        title={t('sessions.view.delete')}
        what={t('sessions.view.deleteWhat', { code: s.code })}
        onClose={() => setDeleting(false)}
        onDelete={async () => {
          const r = await invoke('sessions.delete', { id: s.id });
          return r.ok ? { ...r, value: { deleted: r.value.deleted, archived: false } } : r;
        }}
        onDone={() => navigate(sessionsHomeHref().slice(1))}
      />
    </Paper>
  );
}
