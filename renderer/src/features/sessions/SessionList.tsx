import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../../../api/channels/sessions';
import { sessionHref } from '../../app/links';
import { Empty } from '../../components/Empty';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { dateSpan, seatsText, sessionTitle } from './session-format';
import { ConflictMark, StatusBadge } from './SessionMarks';

/** The sessions as a table, earliest first: code, title, course, dates, venue, places, state, conflicts. */
export function SessionList({ sessions, loaded, onOpen }: { sessions: SessionRow[]; loaded: boolean; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (loaded && !sessions.length) return <Empty title={t('sessions.list.emptyTitle')} hint={t('sessions.list.emptyHint')} />;
  const first = (s: SessionRow) => s.slots.map((x) => `${x.date}${x.startTime}`).sort()[0] ?? '';
  const rows = [...sessions].sort((a, b) => first(a).localeCompare(first(b)) || a.code.localeCompare(b.code));
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table fz="sm" verticalSpacing={6} highlightOnHover aria-label={t('sessions.list.label')} data-testid="session-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('sessions.list.code')}</Table.Th>
            <Table.Th>{t('sessions.list.title')}</Table.Th>
            <Table.Th w={120}>{t('sessions.list.course')}</Table.Th>
            <Table.Th w={190}>{t('sessions.list.dates')}</Table.Th>
            <Table.Th w={160}>{t('sessions.list.venue')}</Table.Th>
            <Table.Th w={130}>{t('sessions.list.seats')}</Table.Th>
            <Table.Th w={150}>{t('sessions.list.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.id} data-session={s.code} style={{ cursor: 'pointer' }} onClick={() => onOpen(s.id)}>
              <Table.Td>
                <Anchor href={sessionHref(s.id)} fz="sm" fw={600} onClick={(e) => e.stopPropagation()}>
                  <Ltr>{s.code}</Ltr>
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{sessionTitle(s, lang)}</Text>
                <Text fz="xs" c="dimmed">
                  {s.actionId ? (
                    <>
                      {t('sessions.list.action')} <Ltr>{s.actionCode}</Ltr>
                      {s.planYear ? ` · ${s.planYear}` : ''}
                    </>
                  ) : (
                    t('sessions.outsidePlan')
                  )}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Ltr>{s.courseCode}</Ltr>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <span dir="ltr">{dateSpan(s.slots)}</span>
              </Table.Td>
              <Table.Td>{pickName(s.venueNameFr, s.venueNameAr, lang) || '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{seatsText(s, t, lang)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <StatusBadge status={s.status} />
                  <ConflictMark kinds={s.conflicts} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
