import { Alert, Button, FileInput, Group, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../api/contract';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useDialogGuard } from '../../components/dialog-guard';
import { FormDialog } from '../../components/FormDialog';
import { FormError } from '../../components/FormError';
import { ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { fileToBase64 } from '../../lib/files';

type Outcome = Output<'campaigns.importRatings'>;

/**
 * Ratings collected on paper or in a spreadsheet: the file is first read without writing
 * anything (what would be imported, which lines are refused and why), then written on Confirm.
 */
export function ImportRatingsDialog({ campaignCode, onClose }: { campaignCode: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<Outcome | null>(null);
  const [done, setDone] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const send = async (f: { fileName: string; contentBase64: string }, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    const result = await invoke('campaigns.importRatings', { campaignCode, ...f, dryRun });
    setBusy(false);
    if (!result.ok) setError(result.error);
    return result.ok ? result.value : null;
  };
  const choose = async (chosen: File | null) => {
    setPreview(null);
    if (!chosen) return setFile(null);
    const f = { fileName: chosen.name, contentBase64: await fileToBase64(chosen) };
    setFile(f);
    setPreview(await send(f, true));
  };
  const confirm = async () => {
    if (file) setDone(await send(file, false));
  };
  const shown = done ?? preview;
  const n = (count: number) => ({ count, formatted: formatNumber(count, lang) });

  return (
    <FormDialog title={t('reviews.import.title')} size="min(900px, 94vw)" onClose={onClose} dirty={Boolean(preview && !done)}>
      <Stack>
        <Text size="sm">{t('reviews.import.hint')}</Text>
        <FileInput
          label={t('reviews.import.file')}
          placeholder={t('common.chooseFile')}
          accept=".csv,.txt,.xlsx"
          onChange={(f) => void choose(f)}
          disabled={busy || Boolean(done)}
          clearable
          w={420}
        />
        {busy && <Progress value={100} striped animated aria-label={t('reviews.import.checking')} />}
        <FormError error={error} />
        {shown && (
          <Alert color={done ? 'teal' : shown.imported ? 'blue' : 'orange'} role="status">
            <Text size="sm" fw={600}>
              {done ? t('reviews.import.done', n(done.imported)) : t('reviews.import.willImport', n(shown.imported))}
            </Text>
            {!done && <Text size="sm">{t('reviews.import.nothingYet')}</Text>}
          </Alert>
        )}
        {shown && shown.rejected.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600} c="red.8">
              {t('reviews.import.rejected', n(shown.rejected.length))}
            </Text>
            <ScrollArea.Autosize mah={260}>
              <Table striped withTableBorder verticalSpacing={4} aria-label={t('reviews.import.rejectedTable')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={80}>{t('reviews.import.line')}</Table.Th>
                    <Table.Th>{t('reviews.import.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.rejected.map((r, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{formatNumber(r.line, lang)}</Table.Td>
                      <Table.Td>
                        {t(r.key, {
                          ...Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, ltr(v)])),
                          defaultValue: r.reason,
                        })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Stack>
        )}
        <Group justify="flex-end">
          <CloseButton label={t(done ? 'common.close' : 'common.cancel')} />
          {!done && (
            <Button onClick={() => void confirm()} loading={busy} disabled={!preview || preview.imported === 0}>
              {t('reviews.import.confirm', n(preview?.imported ?? 0))}
            </Button>
          )}
        </Group>
      </Stack>
    </FormDialog>
  );
}

/** Cancel inside the dialog: asks first when a checked file would be lost, like Escape does. */
function CloseButton({ label }: { label: string }) {
  const guard = useDialogGuard();
  return (
    <Button variant="default" onClick={() => guard?.requestClose()}>
      {label}
    </Button>
  );
}
