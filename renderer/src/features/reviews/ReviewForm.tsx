import type { TFunction } from 'i18next';
import { Alert, Badge, Button, Divider, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Review, type ReviewItemInput, WORKING_STATES, reviewSave } from '../../../../api/channels/reviews';
import type { Result } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { DateField } from '../../components/DateField';
import { useDialogGuard } from '../../components/dialog-guard';
import { Editable, useReadOnly } from '../../components/Editable';
import { Ltr, ltr } from '../../components/Ltr';
import { PrintMenu } from '../../components/PrintMenu';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { errorSentence } from '../../lib/errors';
import { formatDate, otherName, pickName } from '../../lib/format';
import { todayIso } from '../../lib/typed-date';
import { type ItemInfo, ItemsTable } from './ItemsTable';
import { ReasonDialog } from './ReasonDialog';
import { interviewFormHref } from './sheet/interview-form-options';
import { STATE_COLOURS } from './states';

export type Refusal = Extract<Result<unknown>, { ok: false }>;
type WorkingState = (typeof WORKING_STATES)[number];

interface Props {
  review: Review;
  /** A validation the core refused: its issues are shown on their rows. */
  refusal: Refusal | null;
  /** The core answered with this review (saved, validated, cancelled, or refused): the form starts again from it. */
  onReplaced: (review: Review, refusal: Refusal | null) => void;
}

const toInput = (it: Review['items'][number]): ReviewItemInput => ({
  competencyId: it.competencyId,
  selfLevel: it.selfLevel,
  managerLevel: it.managerLevel,
  agreedLevel: it.agreedLevel,
  justification: it.justification,
  notApplicable: it.notApplicable,
});

/** Why a review cannot change, in words. */
function lockReason(t: TFunction, r: Review, readOnly: boolean): string | null {
  if (r.state === 'validated') return t('reviews.review.locked.validated', { date: formatDate(r.validatedAt) });
  if (r.state === 'cancelled') return t('reviews.review.locked.cancelled', { reason: r.cancelReason });
  if (r.campaignStatus === 'closed') return t('reviews.review.locked.closed');
  if (r.campaignStatus === 'draft') return t('reviews.review.locked.draft');
  if (readOnly) return t('reviews.review.locked.readOnly');
  return null;
}

/**
 * One person's review: who, for which job and campaign, who rates them and how far it is; the
 * table of competencies; the comments, the interview and signature dates. Save keeps it open;
 * Validate writes the agreed levels into the person's history; Cancel asks why.
 */
export function ReviewForm({ review, refusal, onReplaced }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const guard = useDialogGuard();
  const readOnly = useReadOnly();
  const framework = useCall('framework.get', { includeArchived: false });
  const staff = useCall('staff.list', { status: 'active', lang, limit: 1000 });
  const [asking, setAsking] = useState<'validate' | 'cancel' | null>(null);
  const locked = review.locked || readOnly;
  const working = (WORKING_STATES as readonly string[]).includes(review.state) ? (review.state as WorkingState) : 'discussed';

  const form = useRecordForm(
    reviewSave,
    {
      id: review.id,
      state: working,
      assessorId: review.assessorId,
      personComment: review.personComment,
      assessorComment: review.assessorComment,
      interviewDate: review.interviewDate,
      personSignedOn: review.personSignedOn,
      assessorSignedOn: review.assessorSignedOn,
      items: review.items.map(toInput),
    },
    { save: (input) => invoke('reviews.save', input), onSaved: (saved) => onReplaced(saved, null) },
  );
  const { values, set, errors } = form;
  const items = values.items ?? [];
  const { showResult } = form;
  useEffect(() => {
    if (refusal) showResult(refusal);
  }, [refusal, showResult]);

  const levels = framework.data?.levels ?? [];
  const info = useMemo(() => {
    const map = new Map<string, ItemInfo>(review.items.map((i) => [i.competencyId, i]));
    for (const c of framework.data?.competencies ?? [])
      if (!map.has(c.id))
        map.set(c.id, { code: c.code, nameFr: c.nameFr, nameAr: c.nameAr, requiredLevel: null, importance: null, currentLevel: null });
    return map;
  }, [review.items, framework.data]);
  const present = new Set(items.map((i) => i.competencyId));
  const addable = (framework.data?.competencies ?? [])
    .filter((c) => !present.has(c.id))
    .map((c) => ({ value: c.id, label: `${ltr(c.code)} — ${pickName(c.nameFr, c.nameAr, lang)}` }));
  const assessors = (staff.data?.rows ?? [])
    .filter((s) => s.id !== review.staffId)
    .map((s) => ({ value: s.id, label: `${pickName(s.nameFr, s.nameAr, lang)} — ${ltr(s.matricule)}` }));
  // The assessor may have left since: still shown by name.
  if (review.assessorId && !assessors.some((a) => a.value === review.assessorId))
    assessors.unshift({ value: review.assessorId, label: pickName(review.assessorNameFr, review.assessorNameAr, lang) });

  // A refused row stops saying so once the user has changed what it named.
  const [mended, setMended] = useState<ReadonlySet<string>>(new Set());
  const rowErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => !mended.has(k)));
  const setItem = (i: number, patch: Partial<ReviewItemInput>) => {
    set(
      'items',
      items.map((it, j) => (j === i ? { ...it, ...patch } : it)),
    );
    const touched = Object.keys(patch).map((f) => `items.${i}.${f}`);
    if ('managerLevel' in patch || 'agreedLevel' in patch) touched.push(`items.${i}.justification`);
    setMended((m) => new Set([...m, ...touched]));
  };
  const addItem = (competencyId: string | null) =>
    competencyId &&
    set('items', [
      ...items,
      { competencyId, selfLevel: null, managerLevel: null, agreedLevel: null, justification: '', notApplicable: false },
    ]);

  /** Saves what is on screen first (the core validates what is stored), then validates. */
  const validate = async () => {
    setAsking(null);
    let base = review;
    if (form.dirty) {
      const saved = await form.run();
      if (!saved) return;
      base = saved.value;
    }
    const result = await invoke('reviews.validate', { id: review.id, validFrom: null });
    onReplaced(result.ok ? result.value : base, result.ok ? null : result);
  };
  const cancel = async (reason: string) => {
    const result = await invoke('reviews.cancel', { id: review.id, reason });
    if (result.ok) onReplaced(result.value, null);
    return result;
  };

  const why = lockReason(t, review, readOnly);
  const person = pickName(review.nameFr, review.nameAr, lang);
  const fields = (
    <>
      <ReviewHeader review={review} />
      <Group align="flex-end" gap="md" wrap="nowrap">
        <Select
          label={t('reviews.review.assessor')}
          placeholder={t('reviews.review.noAssessor')}
          data={assessors}
          value={values.assessorId ?? null}
          onChange={(v) => set('assessorId', v)}
          searchable
          clearable
          w={340}
          error={errors.assessorId && t(errors.assessorId)}
        />
        {locked ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('reviews.review.step')}
            </Text>
            <Badge variant="light" size="lg" color={STATE_COLOURS[review.state]}>
              {t(`reviews.states.${review.state}`)}
            </Badge>
          </Stack>
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={500} id="review-step">
              {t('reviews.review.step')}
            </Text>
            <SegmentedControl
              aria-labelledby="review-step"
              size="xs"
              value={values.state}
              onChange={(v) => set('state', v as WorkingState)}
              data={WORKING_STATES.map((s) => ({ value: s, label: t(`reviews.steps.${s}`) }))}
            />
          </Stack>
        )}
      </Group>
      <ItemsTable
        items={items}
        info={info}
        levels={levels}
        errors={rowErrors}
        onChange={setItem}
        onRemove={(i) =>
          set(
            'items',
            items.filter((_, j) => j !== i),
          )
        }
        disabled={locked}
      />
      {!locked && (
        <Select
          placeholder={t('reviews.review.addOutside')}
          aria-label={t('reviews.review.addOutside')}
          data={addable}
          value={null}
          onChange={addItem}
          searchable
          nothingFoundMessage={t('jobs.noCompetencyFound')}
          w={420}
          size="sm"
        />
      )}
      <SimpleGrid cols={2} spacing="sm">
        <Textarea
          label={t('reviews.review.personComment')}
          autosize
          minRows={2}
          maxRows={6}
          dir="auto"
          value={values.personComment ?? ''}
          onChange={(e) => set('personComment', e.currentTarget.value)}
          error={errors.personComment && t(errors.personComment)}
        />
        <Textarea
          label={t('reviews.review.assessorComment')}
          autosize
          minRows={2}
          maxRows={6}
          dir="auto"
          value={values.assessorComment ?? ''}
          onChange={(e) => set('assessorComment', e.currentTarget.value)}
          error={errors.assessorComment && t(errors.assessorComment)}
        />
      </SimpleGrid>
      <Group grow align="flex-start">
        {(['interviewDate', 'personSignedOn', 'assessorSignedOn'] as const).map((k) => (
          <DateField key={k} label={t(`reviews.review.${k}`)} name={k} value={values[k]} onChange={(v) => set(k, v)} error={errors[k]} />
        ))}
      </Group>
    </>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        {why ? (
          <Alert color={review.state === 'validated' ? 'teal' : 'gray'} py={6} style={{ flex: 1 }}>
            <Text size="sm">{why}</Text>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {t('reviews.review.hint')}
          </Text>
        )}
        <Group gap="xs" wrap="nowrap">
          <PrintMenu both label={t('reviews.print.one')} href={(l) => interviewFormHref({ review: review.id }, l)} />
          {!locked && (
            <Editable>
              <Button type="button" variant="subtle" color="red" onClick={() => setAsking('cancel')}>
                {t('reviews.review.cancel')}
              </Button>
              <Button type="button" color="teal" onClick={() => setAsking('validate')}>
                {t('reviews.review.validate')}
              </Button>
            </Editable>
          )}
        </Group>
      </Group>
      {refusal && (
        <Alert color="red" role="alert" title={t('reviews.review.refused')} py={6}>
          {errorSentence(t, refusal.error)}
        </Alert>
      )}
      {locked ? (
        <>
          <fieldset disabled style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="sm">{fields}</Stack>
          </fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => guard?.requestClose()}>
              {t('common.close')}
            </Button>
          </Group>
        </>
      ) : (
        <RecordForm form={form} name={person} gap="sm">
          {fields}
        </RecordForm>
      )}
      <Modal opened={asking === 'validate'} onClose={() => setAsking(null)} title={t('reviews.review.validateTitle')} centered size="lg">
        <Stack>
          <Text size="sm">{t('reviews.review.validateText', { date: formatDate(values.interviewDate || todayIso()), name: person })}</Text>
          {form.dirty && <Text size="sm">{t('reviews.review.validateSavesFirst')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('reviews.keep')}
            </Button>
            <Button color="teal" onClick={() => void validate()} data-autofocus>
              {t('reviews.review.validateConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {asking === 'cancel' && (
        <ReasonDialog
          title={t('reviews.review.cancelTitle')}
          text={t('reviews.review.cancelText')}
          label={t('reviews.review.cancelReason')}
          confirm={t('reviews.review.cancelConfirm')}
          run={cancel}
          onClose={() => setAsking(null)}
          danger
        />
      )}
    </Stack>
  );
}

/** Who is reviewed, where, for which job, in which campaign. */
function ReviewHeader({ review: r }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const other = otherName(r.nameFr, r.nameAr, lang);
  const item = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} lineClamp={1}>
        {value}
      </Text>
    </div>
  );
  return (
    <>
      <SimpleGrid cols={5} spacing="sm">
        {item(
          t('reviews.review.person'),
          <>
            {pickName(r.nameFr, r.nameAr, lang)}
            {other && (
              <Text span size="xs" c="dimmed">
                {' · '}
                <bdi>{other}</bdi>
              </Text>
            )}
          </>,
        )}
        {item(t('reviews.columns.matricule'), <Ltr>{r.matricule}</Ltr>)}
        {item(t('reviews.columns.unit'), pickName(r.unitNameFr, r.unitNameAr, lang) || '—')}
        {item(
          t('reviews.columns.job'),
          r.jobCode ? (
            <>
              <Ltr>{r.jobCode}</Ltr> {pickName(r.jobTitleFr, r.jobTitleAr, lang)}
            </>
          ) : (
            t('reviews.review.noJob')
          ),
        )}
        {item(
          t('reviews.review.campaign'),
          <>
            <Ltr>{r.campaignCode}</Ltr> {pickName(r.campaignTitleFr, r.campaignTitleAr, lang)}
          </>,
        )}
      </SimpleGrid>
      <Divider />
    </>
  );
}
