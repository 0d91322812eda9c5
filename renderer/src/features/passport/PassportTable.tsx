import { Badge, Table, Text } from '@mantine/core';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Passport } from '../../../../api/channels/attestations';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { formatHours } from '../sessions/paper/session-format';

/** The totals line of a passport in one language: sessions, hours and attestations, each counted in words. */
export function passportTotals(p: Passport, lang: Language): string {
  const t = i18n.getFixedT(lang);
  return [
    t('passport.sessionsCount', { count: p.totals.sessions, n: formatNumber(p.totals.sessions, lang) }),
    t('passport.hoursCount', { hours: formatHours(p.totals.hoursAttended, lang) }),
    t('passport.attestationsCount', { count: p.totals.attestations, n: formatNumber(p.totals.attestations, lang) }),
  ].join(' · ');
}

const span = (first: string | null, last: string | null) =>
  first && last && first !== last ? `${formatDate(first)} – ${formatDate(last)}` : formatDate(first ?? last);

/**
 * The lines of a training passport on screen: the sessions followed (hours attended, outcome,
 * attestation), then those given as a trainer. The printed passport draws the same lines itself.
 */
export function PassportTables({ passport: p }: { passport: Passport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <>
      <Text size="sm">{passportTotals(p, lang)}</Text>
      <Text fw={600} mt="sm">
        {t('passport.followed')}
      </Text>
      {p.followed.length ? (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('passport.session')}</Table.Th>
                <Table.Th>{t('passport.dates')}</Table.Th>
                <Table.Th>{t('passport.hours')}</Table.Th>
                <Table.Th>{t('passport.status')}</Table.Th>
                <Table.Th>{t('passport.attestation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.followed.map((l) => (
                <Table.Tr key={l.enrolmentId}>
                  <Table.Td>
                    {pickName(l.titleFr, l.titleAr, lang)}{' '}
                    <Text span size="xs" c="dimmed">
                      <Ltr>{l.sessionCode}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Ltr>{span(l.firstDate, l.lastDate)}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    {formatHours(l.hoursAttended, lang)} / {formatHours(l.hours, lang)}
                  </Table.Td>
                  <Table.Td>{t(`passport.statuses.${l.status}`)}</Table.Td>
                  <Table.Td>
                    {l.attestation ? (
                      <>
                        <Ltr>{l.attestation.number}</Ltr>
                        {l.attestation.revoked && (
                          <Badge ms={4} size="xs" color="red" variant="light">
                            {t('passport.revoked')}
                          </Badge>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('passport.noneFollowed')}
        </Text>
      )}
      {p.given.length > 0 && (
        <>
          <Text fw={600} mt="sm">
            {t('passport.given', { hours: formatHours(p.totals.hoursGiven, lang) })}
          </Text>
          <Table striped>
            <Table.Tbody>
              {p.given.map((l) => (
                <Table.Tr key={l.sessionId}>
                  <Table.Td>
                    {pickName(l.titleFr, l.titleAr, lang)}{' '}
                    <Text span size="xs" c="dimmed">
                      <Ltr>{l.sessionCode}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Ltr>{span(l.firstDate, l.lastDate)}</Ltr>
                  </Table.Td>
                  <Table.Td>{formatHours(l.hours, lang)} h</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </>
  );
}
