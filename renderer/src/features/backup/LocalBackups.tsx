import { Button, Group, Modal, Paper, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../api/contract';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import type { Language } from '../../i18n';
import { formatDateTime, formatSize } from './format';
import type { Manifest, Origin } from '../../../../api/channels/backup';
import { ManifestSummary } from './ManifestSummary';
import { OtherSourceNotice } from './OtherSourceNotice';

type Local = Output<'backup.listLocal'>[number];
export type Restored = Output<'backup.restore'>;

/**
 * The backups kept on this computer, newest first. Only `.sasbackup` files can be restored here
 * (the "before restore" copies are plain databases, put back by "Undo the restore").
 */
export function LocalBackups({ onRestored }: { onRestored: (r: Restored) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const list = useCall('backup.listLocal', {});
  const [asking, setAsking] = useState<Local | null>(null);
  const [busy, setBusy] = useState(false);
  // Automatic backups open with the installation's key; one made to a passphrase needs it here.
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  // A file this installation did not make (copied into the folder) is restored only once the
  // user has seen whose it is: the core refuses it first, then the dialog shows its origin.
  const [other, setOther] = useState<{ manifest: Manifest; origin: Origin } | null>(null);
  const close = () => (setAsking(null), setOther(null));

  const restore = async () => {
    if (!asking) return;
    setBusy(true);
    const source = { file: asking.file, passphrase: passphrase || undefined };
    const result = await invoke('backup.restore', { ...source, acceptOtherSource: Boolean(other) });
    if (!result.ok && result.error.messageKey === 'errors.backup.otherSource') {
      const verified = await invoke('backup.verify', source);
      setBusy(false);
      if (!verified.ok) return setError(verified.error);
      setError(null);
      return setOther({ manifest: verified.value.manifest, origin: verified.value.origin ?? 'otherInstallation' });
    }
    setBusy(false);
    if (!result.ok) return setError(result.error);
    close();
    setPassphrase('');
    onRestored(result.value);
  };

  const rows = list.data ?? [];
  return (
    <Paper withBorder p="md">
      <Stack>
        <div>
          <Title order={3} size="h4">
            {t('backup.local.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backup.local.hint')}
          </Text>
        </div>
        {list.data && !rows.length ? (
          <Text size="sm">
            {t('backup.local.empty')} — {t('backup.local.emptyHint')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={500} mah={320}>
            <Table striped stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backup.local.date')}</Table.Th>
                  <Table.Th>{t('backup.local.kind')}</Table.Th>
                  <Table.Th>{t('backup.local.size')}</Table.Th>
                  <Table.Th>{t('backup.local.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((b) => (
                  <Table.Tr key={b.file}>
                    <Table.Td dir="ltr" style={{ textAlign: 'start' }}>
                      {formatDateTime(b.createdAt)}
                    </Table.Td>
                    <Table.Td>{t(`backup.local.kinds.${b.kind}`)}</Table.Td>
                    <Table.Td>{formatSize(b.size, t, lang)}</Table.Td>
                    <Table.Td>
                      {b.name.endsWith('.sasbackup') && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => (setError(null), setAsking(b))}
                          aria-label={t('backup.local.restoreNamed', { date: formatDateTime(b.createdAt) })}
                        >
                          {t('backup.local.restore')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal opened={Boolean(asking)} onClose={close} title={t('backup.local.confirmTitle')} centered size="lg">
        <Stack>
          <Text>{t('backup.local.confirmText', { date: asking ? formatDateTime(asking.createdAt) : '' })}</Text>
          {asking?.kind !== 'auto' && (
            <PasswordInput
              label={t('backup.file.passphrase')}
              description={t('backup.file.passphraseHint')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="off"
            />
          )}
          {other && (
            <>
              <ManifestSummary manifest={other.manifest} />
              <OtherSourceNotice origin={other.origin} />
            </>
          )}
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={busy} onClick={() => void restore()} data-autofocus>
              {other ? t('backup.origin.accept') : t('backup.local.restore')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
