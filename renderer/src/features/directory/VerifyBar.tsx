import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../api/channels/directory';
import { invoke } from '../../bridge/bridge';
import { formatDate } from '../../lib/format';
import { Editable } from '../../components/Editable';

/** Freshness in one action: "verified today" records the date and who verified. */
export function VerifyBar({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // The clock is read once per opening: "to verify" does not change while the drawer is open.
  const [now] = useState(() => Date.now());
  const verify = async () => {
    setBusy(true);
    await invoke('organizations.verify', { id: org.id });
    setBusy(false);
  };
  const stale = !org.verifiedAt || now - Date.parse(org.verifiedAt) > 365 * 24 * 3600 * 1000;
  return (
    <Group justify="space-between" wrap="wrap" p="xs" style={{ background: 'var(--mantine-color-gray-0)', borderRadius: 4 }}>
      <Text size="sm" c={stale ? 'red.9' : undefined} fw={stale ? 600 : undefined}>
        {org.verifiedAt
          ? t('directory.verifiedOn', { date: formatDate(org.verifiedAt), by: org.verifiedBy || '—' })
          : t('directory.neverVerified')}
        {stale && org.verifiedAt ? ` · ${t('directory.toVerify')}` : ''}
      </Text>
      <Editable>
        <Button size="xs" variant="light" loading={busy} onClick={() => void verify()}>
          {t('directory.verifyToday')}
        </Button>
      </Editable>
    </Group>
  );
}
