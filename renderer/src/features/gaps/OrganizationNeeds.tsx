import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../../../api/routes';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, pickName } from '../../lib/format';
import { NeedDialog, STATE_COLOR } from './NeedDialog';

/** An association's open training needs, in its directory record; a new one starts with the association chosen. */
export function OrganizationNeeds({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const needs = useCall('needs.list', { organizationId, openOnly: true });
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  if (!needs.data) return <Loader aria-label={t('common.loading')} />;
  const chosen = open?.id ? (needs.data.find((n) => n.id === open.id) ?? null) : null;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={600}>{t('gaps.needs.openNeeds')}</Text>
        <Group gap="sm">
          <Button component="a" variant="default" size="xs" href={routeHref('gaps', { tab: 'needs' })}>
            {t('gaps.needs.register')}
          </Button>
          <Editable>
            <Button size="xs" onClick={() => setOpen({ id: null })}>
              {t('gaps.needs.new')}
            </Button>
          </Editable>
        </Group>
      </Group>
      {needs.data.length ? (
        <Table fz="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('gaps.needs.competencyOrTitleShort')}</Table.Th>
              <Table.Th>{t('gaps.needs.origin')}</Table.Th>
              <Table.Th>{t('gaps.importance')}</Table.Th>
              <Table.Th>{t('gaps.needs.peopleCount')}</Table.Th>
              <Table.Th>{t('common.state')}</Table.Th>
              <Table.Th>{t('gaps.needs.date')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {needs.data.map((n) => (
              <Table.Tr key={n.id} style={{ cursor: 'pointer' }} onClick={() => setOpen({ id: n.id })}>
                <Table.Td>
                  {n.competencyCode && (
                    <Text span size="xs" c="dimmed">
                      <Ltr>{n.competencyCode}</Ltr>{' '}
                    </Text>
                  )}
                  {n.competencyId ? pickName(n.competencyFr, n.competencyAr, lang) : pickName(n.titleFr, n.titleAr, lang)}
                </Table.Td>
                <Table.Td>{t(`gaps.origins.${n.origin}`)}</Table.Td>
                <Table.Td>{t(`jobs.importances.${n.importance}`)}</Table.Td>
                <Table.Td>{n.peopleCount}</Table.Td>
                <Table.Td>
                  <Badge variant="light" size="sm" color={STATE_COLOR[n.state]}>
                    {t(`gaps.needStates.${n.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDate(n.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('gaps.needs.noOpenNeeds')}
        </Text>
      )}
      {open && (open.id === null || chosen) && (
        <NeedDialog key={open.id ?? 'new'} need={chosen} organizationId={organizationId} onClose={() => setOpen(null)} />
      )}
    </Stack>
  );
}
