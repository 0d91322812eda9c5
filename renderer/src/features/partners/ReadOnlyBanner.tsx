import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { formatDate } from '../../lib/format';
import { backToOwnData, openedPartner, partnerName } from './dataset';

/** Always visible while a partner's dataset is shown: whose data, of when, and that it cannot change. */
export function ReadOnlyBanner() {
  const { t, i18n } = useTranslation();
  const dataset = useDataset();
  const partner = openedPartner();
  if (dataset === 'own' || !partner) return null;
  const commune = partnerName(partner, i18n.language as Language);
  const date = formatDate(partner.backupCreatedAt);
  return (
    <Alert color="orange" variant="filled" radius={0} py={6} role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {commune ? t('partners.banner', { commune, date }) : t('partners.bannerUnnamed', { date })}
        </Text>
        <Button size="compact-sm" variant="white" color="dark" onClick={backToOwnData}>
          {t('partners.back')}
        </Button>
      </Group>
    </Alert>
  );
}
