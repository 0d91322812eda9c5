import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Trainee } from '../../../../api/channels/trainees';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, otherName, pickName } from '../../lib/format';
import { traineeName } from './TraineeDialog';

/** Trainees in a table: the name in the interface's script (the other below it), function, gender, consent; a click opens one. */
export function TraineeTable({
  rows,
  withOrganization,
  onOpen,
}: {
  rows: Trainee[];
  withOrganization?: boolean;
  onOpen: (t: Trainee) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const other: Language = lang === 'ar' ? 'fr' : 'ar';
  return (
    <Table fz="sm" highlightOnHover aria-label={t('trainees.tab')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('trainees.name')}</Table.Th>
          {withOrganization && <Table.Th>{t('trainees.organization')}</Table.Th>}
          <Table.Th>{t('trainees.function')}</Table.Th>
          <Table.Th>{t('trainees.gender')}</Table.Th>
          <Table.Th>{t('trainees.consentDate')}</Table.Th>
          <Table.Th>{t('trainees.phone')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const name = traineeName(r, lang);
          const second = traineeName(r, other);
          return (
            <Table.Tr
              key={r.id}
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(r)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onOpen(r);
                }
              }}
              tabIndex={0}
              aria-label={name}
            >
              <Table.Td>
                <Text size="sm" fw={500}>
                  <bdi>{name}</bdi>
                  {r.archivedAt && (
                    <Badge ms="xs" size="xs" color="gray" variant="light">
                      {t('trainees.archived')}
                    </Badge>
                  )}
                </Text>
                {second !== name && (
                  <Text size="xs" c="dimmed">
                    <bdi>{second}</bdi>
                  </Text>
                )}
              </Table.Td>
              {withOrganization && (
                <Table.Td>
                  <Text size="sm">{pickName(r.organizationNameFr, r.organizationNameAr, lang)}</Text>
                  <Text size="xs" c="dimmed">
                    <bdi>{otherName(r.organizationNameFr, r.organizationNameAr, lang)}</bdi>
                  </Text>
                </Table.Td>
              )}
              <Table.Td>{t(`trainees.functions.${r.function}`)}</Table.Td>
              <Table.Td>{t(`trainees.genders.${r.gender}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.consentDate ? (
                  formatDate(r.consentDate)
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('trainees.noConsent')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.phone && <Ltr>{r.phone}</Ltr>}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
