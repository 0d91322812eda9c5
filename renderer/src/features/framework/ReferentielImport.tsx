import { Alert, Badge, Button, FileInput, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANGE_KINDS,
  type ReferentielChange,
  type ReferentielImportOutput,
  type ReferentielProblem,
} from '../../../../api/channels/referentiel';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { FormDialog } from '../../components/FormDialog';
import { Ltr, isolated, ltr } from '../../components/Ltr';
import { errorSentence } from '../../lib/errors';

/** Parameters that are codes or JSON paths read left to right inside Arabic; counts shown from 1. */
const LTR_PARAMS = ['code', 'category', 'competency', 'job', 'field', 'key', 'detail', 'version'];
const FROM_ONE = ['index', 'requirement', 'first'];

/** A problem of a refused file in the interface language, naming the item as the user counts. */
export function problemText(t: TFunction, p: ReferentielProblem): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p.params)) {
    params[k] = FROM_ONE.includes(k) && typeof v === 'number' ? v + 1 : LTR_PARAMS.includes(k) ? ltr(String(v)) : v;
  }
  if (typeof p.params.reason === 'string') params.reason = t(`framework.referentiel.reasons.${p.params.reason}`);
  const sentence = t(`framework.${p.key}`, params);
  if (typeof p.params.list !== 'string') return sentence;
  const code = typeof p.params.code === 'string' && p.params.code ? ` (${ltr(p.params.code)})` : '';
  const item = `${t(`framework.referentiel.items.${p.params.list}`, { n: params.index })}${code}`;
  return t('framework.referentiel.itemSays', { item, problem: sentence });
}

/**
 * Import of a référentiel in two steps: the chosen file is checked by a dry run (nothing is
 * written), which lists by kind what would be created, updated or left unchanged, or the
 * problems for which the file is refused; Confirm imports it.
 */
export function ReferentielImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<ReferentielImportOutput | null>(null);
  const [done, setDone] = useState<ReferentielImportOutput | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (text: string, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    const result = await invoke('referentiel.import', { content: text, dryRun });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  };

  const choose = async (file: File | null) => {
    setPreview(null);
    if (!file) return;
    const text = await file.text();
    setContent(text);
    setPreview(await run(text, true));
  };

  const confirm = async () => {
    if (!content) return;
    const result = await run(content, false);
    if (result && !result.problems.length) setDone(result);
    else if (result) setPreview(result);
  };

  const refused = Boolean(preview?.problemKeys.length);
  return (
    // A checked file not yet imported is a decision the user would lose: closing asks.
    <FormDialog
      title={t('framework.referentiel.title')}
      size="min(880px, 96vw)"
      onClose={onClose}
      dirty={Boolean(preview && !refused && !done)}
    >
      <Stack>
        {busy && <Progress value={100} striped animated aria-label={t('framework.referentiel.checking')} />}
        {error && (
          <Alert color="red" role="alert">
            {errorSentence(t, error)}
          </Alert>
        )}
        {done ? (
          <>
            <Alert color="teal" title={t('framework.referentiel.doneTitle')}>
              {t('framework.referentiel.done', { created: done.created, updated: done.updated })}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('common.close')}</Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t('framework.referentiel.hint')}</Text>
            <FileInput
              label={t('framework.referentiel.file')}
              placeholder={t('common.chooseFile')}
              accept=".json,application/json"
              onChange={(f) => void choose(f)}
              disabled={busy}
              w={420}
              maw="100%"
            />
            {preview && refused && (
              <Alert color="red" role="alert" title={t('framework.referentiel.refusedTitle')}>
                <Text size="sm" mb="xs">
                  {t('framework.referentiel.refusedHint')}
                </Text>
                <List size="sm" spacing={4}>
                  {preview.problemKeys.map((p, i) => (
                    <List.Item key={i}>{problemText(t, p)}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {preview && !refused && <Preview preview={preview} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void confirm()} disabled={!preview || refused || busy} loading={busy && Boolean(preview)}>
                {t('framework.referentiel.confirm')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </FormDialog>
  );
}

/** What the import would do, by kind, then by action: created and updated items listed, unchanged counted. */
function Preview({ preview }: { preview: ReferentielImportOutput }) {
  const { t, i18n } = useTranslation();
  const unchanged = preview.changes.filter((c) => c.kind !== 'scale' && c.action === 'unchanged').length;
  const nameOf = (c: ReferentielChange) => isolated((i18n.language === 'ar' ? c.nameAr : c.name) ?? '');
  return (
    <Stack gap="sm" aria-label={t('framework.referentiel.previewTitle')} role="region">
      <Text fw={600}>{t('framework.referentiel.summary', { created: preview.created, updated: preview.updated, unchanged })}</Text>
      {!preview.created && !preview.updated && !preview.changes.some((c) => c.kind === 'scale' && c.action === 'update') && (
        <Text size="sm">{t('framework.referentiel.nothingToDo')}</Text>
      )}
      {CHANGE_KINDS.map((kind) => {
        const ofKind = preview.changes.filter((c) => c.kind === kind);
        if (!ofKind.length) return null;
        if (kind === 'scale')
          return (
            <Text key={kind} size="sm">
              <b>{t('framework.referentiel.kinds.scale')}</b> —{' '}
              {t(ofKind[0].action === 'update' ? 'framework.referentiel.scaleUpdate' : 'framework.referentiel.scaleUnchanged')}
            </Text>
          );
        return (
          <section key={kind} aria-label={t(`framework.referentiel.kinds.${kind}`)}>
            <Title order={4} mb={4}>
              {t(`framework.referentiel.kinds.${kind}`)}
            </Title>
            {(['create', 'update', 'unchanged'] as const).map((action) => {
              const items = ofKind.filter((c) => c.action === action);
              if (!items.length) return null;
              return (
                <Stack key={action} gap={2} mb={6}>
                  <Group gap="xs">
                    <Badge color={action === 'create' ? 'teal' : action === 'update' ? 'blue' : 'gray'} variant="light">
                      {t(`framework.referentiel.actions.${action}`)}
                    </Badge>
                    <Text size="sm">{items.length}</Text>
                  </Group>
                  {action !== 'unchanged' && (
                    <List size="sm" spacing={2} withPadding>
                      {items.map((c) => (
                        <List.Item key={c.code}>
                          <Ltr>{c.code}</Ltr> {nameOf(c)}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              );
            })}
          </section>
        );
      })}
    </Stack>
  );
}
