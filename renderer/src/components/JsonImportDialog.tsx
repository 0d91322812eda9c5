import { Alert, Button, FileInput, Group, List, Progress, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../api/result';
import { errorSentence } from '../lib/errors';
import { FormDialog } from './FormDialog';

/** What an exchange file's import answers: the counts, and whether it refused the file whole. */
interface ImportAnswer {
  created: number;
  updated: number;
}

interface Props<O extends ImportAnswer> {
  /** The i18n prefix of the dialog's words: title, hint, file, checking, refusedTitle, refusedHint, confirm, doneTitle, done. */
  words: string;
  /** Calls the import channel with the file's text, as a dry run or for real. */
  importText: (content: string, dryRun: boolean) => Promise<Result<O>>;
  /** The problems for which the file is refused whole, in the interface language (none: accepted). */
  refusals: (answer: O) => string[];
  /** What the dry run says the import would do. */
  preview: (answer: O) => ReactNode;
  onClose: () => void;
}

/**
 * The import of an exchange file (référentiel, catalogue) in two steps: the chosen file is checked
 * by a dry run that writes nothing and shows what would change, or why the file is refused;
 * Confirm imports it. A checked file not yet imported is a decision the user would lose, so
 * closing then asks first.
 */
export function JsonImportDialog<O extends ImportAnswer>({ words, importText, refusals, preview, onClose }: Props<O>) {
  const { t } = useTranslation();
  const [content, setContent] = useState<string | null>(null);
  const [checked, setChecked] = useState<O | null>(null);
  const [done, setDone] = useState<O | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (text: string, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    const result = await importText(text, dryRun);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  };
  const choose = async (file: File | null) => {
    setChecked(null);
    if (!file) return;
    const text = await file.text();
    setContent(text);
    setChecked(await run(text, true));
  };
  const confirm = async () => {
    if (!content) return;
    const result = await run(content, false);
    if (result && !refusals(result).length) setDone(result);
    else if (result) setChecked(result);
  };
  const problems = checked ? refusals(checked) : [];
  const refused = problems.length > 0;
  return (
    <FormDialog title={t(`${words}.title`)} size="min(880px, 96vw)" onClose={onClose} dirty={Boolean(checked && !refused && !done)}>
      <Stack>
        {busy && <Progress value={100} striped animated aria-label={t(`${words}.checking`)} />}
        {error && (
          <Alert color="red" role="alert">
            {errorSentence(t, error)}
          </Alert>
        )}
        {done ? (
          <>
            <Alert color="teal" title={t(`${words}.doneTitle`)}>
              {t(`${words}.done`, { created: done.created, updated: done.updated })}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('common.close')}</Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t(`${words}.hint`)}</Text>
            <FileInput
              label={t(`${words}.file`)}
              placeholder={t('common.chooseFile')}
              accept=".json,application/json"
              onChange={(f) => void choose(f)}
              disabled={busy}
              w={420}
              maw="100%"
            />
            {refused && (
              <Alert color="red" role="alert" title={t(`${words}.refusedTitle`)}>
                <Text size="sm" mb="xs">
                  {t(`${words}.refusedHint`)}
                </Text>
                <List size="sm" spacing={4}>
                  {problems.map((p, i) => (
                    <List.Item key={i}>{p}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {checked && !refused && preview(checked)}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void confirm()} disabled={!checked || refused || busy} loading={busy && Boolean(checked)}>
                {t(`${words}.confirm`)}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </FormDialog>
  );
}
