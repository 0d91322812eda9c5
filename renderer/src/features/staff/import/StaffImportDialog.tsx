import { Alert, Button, Code, FileInput, Group, List, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUIRED_STAFF_COLUMNS, STAFF_COLUMNS } from '../../../../../api/channels/staff-files';
import type { Output } from '../../../../../api/contract';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { FormDialog } from '../../../components/FormDialog';
import { errorSentence } from '../../../lib/errors';
import { downloadFile, fileToBase64 } from '../../../lib/files';
import { problemText } from '../../../lib/problem-text';
import { type StaffMapping, StaffMappingStep } from './StaffMappingStep';
import { StaffPreviewStep } from './StaffPreviewStep';

type Preview = Output<'staff.importPreview'>;
type Summary = Output<'staff.import'>;

/**
 * Staff import in four steps, as the directory's: choose a CSV / XLSX file, say which file column
 * fills each expected column (suggested by the core), preview each row's outcome (create, update,
 * rejected and why), then import the accepted rows in one transaction.
 */
export function StaffImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<StaffMapping>({});
  const [createUnits, setCreateUnits] = useState(false);
  const [done, setDone] = useState<Summary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: AppError }>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (result.ok) return result.value;
    setError(result.error);
    return null;
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    const f = { fileName: chosen.name, contentBase64: await fileToBase64(chosen) };
    setFile(f);
    const p = await run(() => invoke('staff.importPreview', { ...f, mapping: null, createUnits }));
    if (!p) return;
    setPreview(p);
    setMapping(p.mapping as StaffMapping);
    setStep(1);
  };

  const check = async (units = createUnits) => {
    if (!file) return;
    const p = await run(() => invoke('staff.importPreview', { ...file, mapping, createUnits: units }));
    if (!p) return;
    setPreview(p);
    setStep(2);
  };

  const importNow = async () => {
    if (!file) return;
    const s = await run(() => invoke('staff.import', { ...file, mapping, createUnits, dryRun: false }));
    if (!s) return;
    setDone(s);
    setStep(3);
  };

  const template = async () => {
    const f = await run(() => invoke('staff.importTemplate', {}));
    if (f) downloadFile(f);
  };

  // The required columns (api/channels/staff-files.ts) each filled by a file column.
  const mapped = REQUIRED_STAFF_COLUMNS.every((alternatives) => alternatives.some((c) => mapping[c]));
  const writable = preview ? preview.counts.create + preview.counts.update : 0;

  return (
    <FormDialog title={t('staff.import.title')} size="min(1100px, 96vw)" onClose={onClose} dirty={step === 1 || step === 2}>
      <Stack>
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('staff.import.stepFile')} />
          <Stepper.Step label={t('staff.import.stepMapping')} />
          <Stepper.Step label={t('staff.import.stepPreview')} />
          <Stepper.Step label={t('staff.import.stepDone')} />
        </Stepper>
        {busy && <Progress value={100} striped animated aria-label={t('staff.import.working')} />}
        {error && (
          <Alert color="red" role="alert">
            {errorSentence(t, error)}
          </Alert>
        )}
        {step === 0 && (
          <Stack>
            <Text size="sm">{t('staff.import.fileHint')}</Text>
            <Code block dir="ltr">
              {STAFF_COLUMNS.join(';')}
            </Code>
            <FileInput
              label={t('staff.import.file')}
              placeholder={t('common.chooseFile')}
              accept=".csv,.tsv,.txt,.xlsx"
              onChange={(f) => void choose(f ?? undefined)}
              disabled={busy}
              w={420}
            />
            <Button variant="subtle" w="fit-content" onClick={() => void template()}>
              {t('staff.import.template')}
            </Button>
          </Stack>
        )}
        {step === 1 && preview && <StaffMappingStep preview={preview} mapping={mapping} onChange={setMapping} />}
        {step === 2 && preview && (
          <StaffPreviewStep preview={preview} createUnits={createUnits} onCreateUnits={(on) => (setCreateUnits(on), void check(on))} />
        )}
        {step === 3 && done && (
          <Alert color="teal" title={t('staff.import.doneTitle')}>
            <Text size="sm" data-testid="staff-import-summary">
              {t('staff.import.done', {
                create: done.created,
                update: done.updated,
                rejected: done.rejected.length,
                units: done.unitsCreated,
              })}
            </Text>
            {done.rejected.length > 0 && (
              <List size="sm" mt="xs">
                {done.rejected.slice(0, 50).map((r) => (
                  <List.Item key={r.line}>
                    {t('staff.import.lineN', { line: r.line })} {r.problemKeys.map((p) => problemText(t, p)).join(' ')}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          {step === 1 && (
            <>
              <Button variant="default" onClick={() => setStep(0)}>
                {t('staff.import.back')}
              </Button>
              <Button onClick={() => void check()} loading={busy} disabled={!mapped}>
                {t('staff.import.toPreview')}
              </Button>
            </>
          )}
          {step === 2 && (
            <>
              <Button variant="default" onClick={() => setStep(1)}>
                {t('staff.import.back')}
              </Button>
              <Button onClick={() => void importNow()} loading={busy} disabled={writable === 0}>
                {t('staff.import.run', { count: writable })}
              </Button>
            </>
          )}
          {step === 3 && <Button onClick={onClose}>{t('common.close')}</Button>}
        </Group>
      </Stack>
    </FormDialog>
  );
}
