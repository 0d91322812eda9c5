import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Origin } from '../../../../api/channels/backup';

/**
 * Restoring a file this installation did not make is a decision (issue 8): say whose it is and
 * what restoring it does, and that restoring one's own backup on a new computer is the expected
 * case, so the user is neither alarmed nor careless.
 */
export function OtherSourceNotice({ origin }: { origin: Origin }) {
  const { t } = useTranslation();
  if (origin === 'own') return null;
  return (
    <Alert color="orange" title={t('backup.origin.title')} role="alert">
      <Text size="sm">{t(`backup.origin.${origin}`)}</Text>
      <Text size="sm" mt="xs">
        {t('backup.origin.ownNewPc')}
      </Text>
    </Alert>
  );
}
