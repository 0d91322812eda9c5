import { Button, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCAN_MAX_BYTES, SCAN_TYPES, type SessionDetail } from '../../../../api/channels/sessions';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { Editable } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { downloadFile, fileToBase64 } from '../../lib/files';
import { formatDate, formatNumber } from '../../lib/format';

type Scan = SessionDetail['scans'][number];
const megabytes = (bytes: number, lang: Language) => formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lang);

/**
 * The scans of the signed sheet, kept in the database so backups carry them: attach (the limit
 * and the types said before choosing), download, delete.
 */
export function ScanPanel({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<Scan | null>(null);

  const attach = async (file: File | null) => {
    if (!file) return;
    // Said at once rather than after sending 10 MB the core would refuse.
    if (!SCAN_TYPES.includes(file.type as (typeof SCAN_TYPES)[number]))
      return setError({ code: 'invalid_input', messageKey: 'errors.scan.type' });
    if (file.size > SCAN_MAX_BYTES) return setError({ code: 'invalid_input', messageKey: 'errors.scan.tooLarge' });
    setBusy(true);
    const r = await invoke('sessions.addScan', {
      sessionId: session.id,
      fileName: file.name,
      mimeType: file.type as (typeof SCAN_TYPES)[number],
      contentBase64: await fileToBase64(file),
    });
    setBusy(false);
    setError(r.ok ? null : r.error);
  };
  const download = async (scan: Scan) => {
    const r = await invoke('sessions.getScan', { id: scan.id });
    if (!r.ok) return setError(r.error);
    downloadFile(r.value);
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('sessions.scans.title')}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={0}>
          <Title order={4} size="h6">
            {t('sessions.scans.title')}
          </Title>
          <Text size="xs" c="dimmed" id="scan-limits">
            {t('sessions.scans.limits', { size: megabytes(SCAN_MAX_BYTES, lang) })}
          </Text>
        </Stack>
        <Editable>
          <FileButton onChange={(f) => void attach(f)} accept={SCAN_TYPES.join(',')}>
            {(props) => (
              <Button {...props} size="compact-sm" variant="default" loading={busy} aria-describedby="scan-limits">
                {t('sessions.scans.attach')}
              </Button>
            )}
          </FileButton>
        </Editable>
      </Group>
      <FormError error={error} />
      {session.scans.length ? (
        <Table fz="sm" verticalSpacing={2} mt={4} aria-label={t('sessions.scans.title')}>
          <Table.Tbody>
            {session.scans.map((s) => (
              <Table.Tr key={s.id} data-scan={s.fileName}>
                <Table.Td>
                  <Ltr>{s.fileName}</Ltr>
                </Table.Td>
                <Table.Td dir="ltr" style={{ textAlign: 'start' }}>
                  {formatDate(s.createdAt.slice(0, 10))}
                </Table.Td>
                <Table.Td>{t('sessions.scans.size', { size: megabytes(s.size, lang) })}</Table.Td>
                <Table.Td ta="end">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => void download(s)}>
                      {t('sessions.scans.download')}
                    </Button>
                    <Editable>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(s)}>
                        {t('common.delete')}
                      </Button>
                    </Editable>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed" mt={4}>
          {t('sessions.scans.none')}
        </Text>
      )}
      <ConfirmDelete
        opened={deleting !== null}
        title={t('sessions.scans.delete')}
        what={deleting?.fileName ?? ''}
        onClose={() => setDeleting(null)}
        onDelete={async () => {
          const r = await invoke('sessions.deleteScan', { id: deleting!.id });
          return r.ok ? { ...r, value: { deleted: true, archived: false } } : r;
        }}
        onDone={() => setDeleting(null)}
      />
    </Paper>
  );
}
