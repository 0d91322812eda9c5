import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { formatDate, pickName } from '../../lib/format';
import { backToOwnData, openedPartner } from './dataset';

/** Always visible while a partner's dataset is shown: whose data, of when, and that it cannot change. */
export function ReadOnlyBanner() {
  const { t, i18n } = useTranslation();
  const dataset = useDataset();
  const partner = openedPartner();
  if (dataset === 'own' || !partner) return null;
  const commune = pickName(partner.communeFr, partner.communeAr, i18n.language as Language);
  return (
    <Alert color="orange" variant="filled" radius={0} py={6} role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('partners.banner', { commune, date: formatDate(partner.backupCreatedAt) })}
        </Text>
        <Button size="compact-sm" variant="white" color="dark" onClick={backToOwnData}>
          {t('partners.back')}
        </Button>
      </Group>
    </Alert>
  );
}
