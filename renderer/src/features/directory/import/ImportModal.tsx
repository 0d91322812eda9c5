import { Alert, Button, FileInput, Group, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../api/contract';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { FormDialog } from '../../../components/FormDialog';
import { errorSentence } from '../../../lib/errors';
import { downloadFile, fileToBase64 } from '../../../lib/files';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SummaryText } from './SummaryText';
import type { Mapping, Policy } from './types';

type Preview = Output<'directory.importPreview'>;
type Summary = Output<'directory.import'>;

/**
 * Import in four steps: choose a CSV / XLSX / HSDS file, map its columns (suggestions
 * preselected by the core), preview the rows with their problems and a dry run, then import
 * the valid rows in one transaction.
 */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [policy, setPolicy] = useState<Policy>('skip');
  const [dryRun, setDryRun] = useState<Summary | null>(null);
  const [done, setDone] = useState<Summary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  /** Runs one call with the progress bar shown; returns its value or shows its error. */
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
    const p = await run(() => invoke('directory.importPreview', { ...f, mapping: null, limit: 100 }));
    if (!p) return;
    setPreview(p);
    setMapping(p.mapping as Mapping);
    // HSDS files carry their own structure: nothing to map.
    setStep(p.format === 'hsds' ? 2 : 1);
    if (p.format === 'hsds') await check(f, p.mapping as Mapping, policy);
  };

  const check = async (f = file, m = mapping, pol = policy) => {
    if (!f) return;
    const p = await run(() => invoke('directory.importPreview', { ...f, mapping: m, limit: 100 }));
    if (!p) return;
    setPreview(p);
    setDryRun(await run(() => invoke('directory.import', { ...f, mapping: m, onDuplicate: pol, dryRun: true })));
    setStep(2);
  };

  const importNow = async () => {
    if (!file) return;
    const s = await run(() => invoke('directory.import', { ...file, mapping, onDuplicate: policy, dryRun: false }));
    if (!s) return;
    setDone(s);
    setStep(3);
  };

  const template = async () => {
    const f = await run(() => invoke('directory.template', {}));
    if (f) downloadFile(f);
  };

  return (
    // A file chosen and mapped but not imported yet is work the user would lose: closing asks.
    <FormDialog title={t('directory.import.title')} size="min(1100px, 96vw)" onClose={onClose} dirty={step === 1 || step === 2}>
      <Stack>
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('directory.import.stepFile')} />
          <Stepper.Step label={t('directory.import.stepMapping')} />
          <Stepper.Step label={t('directory.import.stepPreview')} />
          <Stepper.Step label={t('directory.import.stepDone')} />
        </Stepper>
        {busy && <Progress value={100} striped animated aria-label={t('directory.import.working')} />}
        {error && (
          <Alert color="red" role="alert">
            {errorSentence(t, error)}
          </Alert>
        )}
        {step === 0 && (
          <Stack>
            <Text size="sm">{t('directory.import.fileHint')}</Text>
            {/* The component library's picker: its words follow the interface language, not the browser's. */}
            <FileInput
              label={t('directory.import.file')}
              placeholder={t('common.chooseFile')}
              accept=".csv,.tsv,.txt,.xlsx,.json"
              onChange={(f) => void choose(f ?? undefined)}
              disabled={busy}
              w={420}
            />
            <Button variant="subtle" w="fit-content" onClick={() => void template()}>
              {t('directory.import.template')}
            </Button>
          </Stack>
        )}
        {step === 1 && preview && <MappingStep preview={preview} mapping={mapping} onChange={setMapping} />}
        {step === 2 && preview && (
          <PreviewStep preview={preview} dryRun={dryRun} policy={policy} onPolicy={(p) => (setPolicy(p), void check(file, mapping, p))} />
        )}
        {step === 3 && done && (
          <Alert color="teal" title={t('directory.import.doneTitle')}>
            <SummaryText summary={done} />
          </Alert>
        )}
        <Group justify="flex-end">
          {step === 1 && (
            <>
              <Button variant="default" onClick={() => setStep(0)}>
                {t('directory.import.back')}
              </Button>
              <Button onClick={() => void check()} loading={busy}>
                {t('directory.import.toPreview')}
              </Button>
            </>
          )}
          {step === 2 && (
            <>
              <Button variant="default" onClick={() => setStep(preview?.format === 'hsds' ? 0 : 1)}>
                {t('directory.import.back')}
              </Button>
              <Button onClick={() => void importNow()} loading={busy} disabled={!dryRun || dryRun.imported + dryRun.merged === 0}>
                {t('directory.import.run', { count: dryRun?.imported ?? 0 })}
              </Button>
            </>
          )}
          {step === 3 && <Button onClick={onClose}>{t('common.close')}</Button>}
        </Group>
      </Stack>
    </FormDialog>
  );
}
