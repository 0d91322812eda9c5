import { Alert, Badge, Button, Group, Loader, Modal, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { type Questionnaire, questionnaireCreate } from '../../../../api/channels/evaluation';
import { QUESTIONNAIRE_KINDS, type QuestionnaireKind } from '../../../../api/channels/evaluation-enums';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { Editable } from '../../components/Editable';
import { FormDialog } from '../../components/FormDialog';
import { Ltr } from '../../components/Ltr';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { errorSentence, queryErrorSentence } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { QuestionEditor } from './QuestionEditor';
import { QuestionnaireReadOnly } from './QuestionnaireReadOnly';
import { STATUS_COLOR, blankQuestion, type QuestionValues, toQuestionnaireValues } from './questionnaire-format';

interface Props {
  /** Null: a new questionnaire (a draft once saved). */
  id: string | null;
  onClose: () => void;
}

/**
 * One questionnaire version: a draft in the editor (saved, then published when complete: the
 * core's refusals are said above the buttons), a published or archived one read-only with "New
 * version" (a draft copy, numbered next) and, for a published one, Archive.
 */
export function QuestionnaireDrawer({ id, onClose }: Props) {
  const { t } = useTranslation();
  const [shownId, setShownId] = useState(id);
  const [note, setNote] = useState<string | null>(null);
  const q = useCall('questionnaires.get', { id: shownId ?? '' }, { enabled: Boolean(shownId) });
  const title = q.data
    ? t('evaluations.questionnaires.editTitle', { code: q.data.code, version: q.data.version })
    : t('evaluations.questionnaires.newTitle');
  const body = () => {
    if (q.error) return <Alert color="red">{queryErrorSentence(t, q.error)}</Alert>;
    if (shownId && !q.data) return <Loader aria-label={t('common.loading')} />;
    if (q.data && q.data.status !== 'draft')
      return (
        <PublishedVersion
          questionnaire={q.data}
          onNewVersion={(v) => {
            setNote(t('evaluations.questionnaires.versionMade', { n: v.version }));
            // The drawer goes on with the new draft.
            setShownId(v.id);
          }}
        />
      );
    return (
      <DraftEditor
        // A saved draft starts again from what was saved (its questions now have ids).
        key={q.data ? `${q.data.id}:${q.dataUpdatedAt}` : 'new'}
        questionnaire={q.data ?? null}
        onSaved={(v, message) => {
          setShownId(v.id);
          setNote(message);
        }}
      />
    );
  };
  return (
    <FormDialog kind="drawer" size={980} title={<Ltr>{title}</Ltr>} onClose={onClose}>
      {note && (
        <Alert
          color="teal"
          mb="sm"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNote(null)}
          data-testid="questionnaire-note"
        >
          {note}
        </Alert>
      )}
      {body()}
    </FormDialog>
  );
}

function PublishedVersion({ questionnaire: q, onNewVersion }: { questionnaire: Questionnaire; onNewVersion: (v: Questionnaire) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const act = async (channel: 'questionnaires.newVersion' | 'questionnaires.archive') => {
    setBusy(true);
    const r = await invoke(channel, { id: q.id });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    if (channel === 'questionnaires.newVersion') onNewVersion(r.value);
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <Badge variant="light" color={STATUS_COLOR[q.status]} tt="none">
            {t(`evaluations.questionnaires.statuses.${q.status}`)}
          </Badge>
          {q.publishedAt && (
            <Text size="sm" c="dimmed">
              {t('evaluations.questionnaires.publishedOn', { date: formatDate(q.publishedAt) })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('evaluations.questionnaires.roundsCount', { count: q.roundCount, formatted: formatNumber(q.roundCount, lang) })}
          </Text>
        </Group>
        <Editable>
          <Group gap="xs">
            <Button loading={busy} onClick={() => void act('questionnaires.newVersion')}>
              {t('evaluations.questionnaires.newVersion')}
            </Button>
            {q.status === 'published' && (
              <Button variant="default" color="red" disabled={busy} onClick={() => setArchiving(true)}>
                {t('evaluations.questionnaires.archive')}
              </Button>
            )}
          </Group>
        </Editable>
      </Group>
      <Text size="sm">
        {t(q.status === 'archived' ? 'evaluations.questionnaires.archivedNote' : 'evaluations.questionnaires.readOnly')}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {errorSentence(t, error)}
        </Alert>
      )}
      <QuestionnaireReadOnly questionnaire={q} />
      <Modal opened={archiving} onClose={() => setArchiving(false)} title={t('evaluations.questionnaires.archive')}>
        <Text size="sm">{t('evaluations.questionnaires.archiveConfirm', { name: `${q.code} v${q.version}` })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setArchiving(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setArchiving(false);
              void act('questionnaires.archive');
            }}
          >
            {t('evaluations.questionnaires.archive')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

/**
 * A draft: code and kind (fixed after the first version), titles and introductions in both
 * languages, a test's pass threshold (as a percentage), and the questions. Publish saves first.
 */
function DraftEditor({
  questionnaire: q,
  onSaved,
}: {
  questionnaire: Questionnaire | null;
  onSaved: (v: Questionnaire, note: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [publishError, setPublishError] = useState<AppError | null>(null);
  const save = (input: z.output<typeof questionnaireCreate>) =>
    q ? invoke('questionnaires.update', { ...input, id: q.id }) : invoke('questionnaires.create', input);
  const form = useRecordForm(questionnaireCreate, toQuestionnaireValues(q), {
    save,
    onSaved: (v) => onSaved(v, t('evaluations.questionnaires.saved')),
  });
  const { values, set, errors } = form;
  const questions = values.questions ?? [];
  const setQuestions = (next: QuestionValues[]) => set('questions', next);
  const isTest = values.kind === 'test';
  const fixed = Boolean(q && q.version > 1);

  const publish = async () => {
    setPublishError(null);
    const savedDraft = await form.run();
    if (!savedDraft) return;
    const r = await invoke('questionnaires.publish', { id: savedDraft.value.id });
    if (!r.ok) {
      setPublishError(r.error);
      onSaved(savedDraft.value, t('evaluations.questionnaires.saved'));
      return;
    }
    onSaved(r.value, t('evaluations.questionnaires.published', { name: `${r.value.code} v${r.value.version}` }));
  };

  return (
    <>
      {publishError && (
        <Alert color="red" role="alert" mb="sm" data-testid="publish-refused">
          {errorSentence(t, publishError)}
        </Alert>
      )}
      <RecordForm form={form} name={q ? `${q.code} v${q.version}` : ''}>
        <Group grow align="flex-start">
          <TextInput
            label={t('evaluations.questionnaires.code')}
            dir="ltr"
            name="code"
            disabled={fixed}
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code ? t(errors.code) : undefined}
          />
          <Select
            label={t('evaluations.questionnaires.kind')}
            allowDeselect={false}
            disabled={fixed}
            data={QUESTIONNAIRE_KINDS.map((k) => ({ value: k, label: t(`evaluations.questionnaires.kinds.${k}`) }))}
            value={values.kind}
            onChange={(v) => v && set('kind', v as QuestionnaireKind)}
            error={errors.kind ? t(errors.kind) : undefined}
          />
          {isTest && (
            <NumberInput
              label={t('evaluations.questionnaires.passThreshold')}
              dir="ltr"
              min={0}
              max={100}
              allowDecimal={false}
              value={values.passThreshold === null || values.passThreshold === undefined ? '' : Math.round(values.passThreshold * 100)}
              onChange={(v) => set('passThreshold', typeof v === 'number' ? v / 100 : null)}
              error={errors.passThreshold ? t(errors.passThreshold) : undefined}
            />
          )}
        </Group>
        <BilingualInput label={t('evaluations.questionnaires.title')} {...bilingualField(form, 'title')} />
        <BilingualInput label={t('evaluations.questionnaires.intro')} multiline {...bilingualField(form, 'intro')} />
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('evaluations.questionnaires.questions')} ({formatNumber(questions.length, lang)})
          </Title>
          {errors.questions && (
            <Text size="sm" c="red">
              {t(errors.questions)}
            </Text>
          )}
        </Group>
        {questions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('evaluations.questionnaires.noQuestions')}
          </Text>
        )}
        {questions.map((question, i) => (
          <QuestionEditor
            key={i}
            index={i}
            count={questions.length}
            question={question}
            isTest={isTest}
            errors={errors}
            onChange={(next) => setQuestions(questions.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setQuestions(questions.filter((_, j) => j !== i))}
            onMove={(to) => {
              const next = [...questions];
              [next[i], next[to]] = [next[to], next[i]];
              setQuestions(next);
            }}
          />
        ))}
        <Group>
          <Button variant="light" size="compact-sm" onClick={() => setQuestions([...questions, blankQuestion()])}>
            {t('evaluations.questionnaires.addQuestion')}
          </Button>
        </Group>
      </RecordForm>
      <Editable>
        <Group mt="sm" justify="flex-end">
          <Button color="teal" loading={form.busy} onClick={() => void publish()}>
            {t('evaluations.questionnaires.publish')}
          </Button>
        </Group>
      </Editable>
    </>
  );
}
