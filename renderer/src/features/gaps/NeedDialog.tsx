import { actionFromNeeds } from '../../app/links';
import { Alert, Badge, Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORTANCE_WEIGHT, MANUAL_ORIGINS, NEED_POPULATIONS, type Need, needCreate, needSetState } from '../../../../api/channels/gaps';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { Editable } from '../../components/Editable';
import { FormDialog } from '../../components/FormDialog';
import { FormError } from '../../components/FormError';
import { Ltr, ltr } from '../../components/Ltr';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { formatDate, pickName } from '../../lib/format';
import { useZodForm } from '../../lib/form';
import { unitOptions } from '../../lib/unit-tree';
import { OrganizationPicker, StaffPicker } from './pickers';
import { renderUnitOption } from '../../components/UnitOption';

type Population = (typeof NEED_POPULATIONS)[number];
type Target = 'identified' | 'qualified' | 'planned' | 'rejected' | 'deferred';

/** The moves a need's state allows: forward, aside (rejected, deferred), and back to identified. */
const MOVES: Record<Need['state'], Target[]> = {
  identified: ['qualified', 'planned', 'deferred', 'rejected'],
  qualified: ['planned', 'deferred', 'rejected', 'identified'],
  planned: ['deferred', 'rejected', 'identified'],
  deferred: ['identified'],
  rejected: ['identified'],
  fulfilled: [],
};

/**
 * A training need: a new one (for a person, a unit or an association), or one of the register
 * with its state and the moves it allows. A need found in the history (origin "gap") follows
 * the history: only its state is the user's to change.
 */
export function NeedDialog({ need, onClose, organizationId }: { need: Need | null; onClose: () => void; organizationId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const title = need ? t('gaps.needs.editTitle', { subject: pickName(need.subjectFr, need.subjectAr, lang) }) : t('gaps.needs.new');
  return (
    <FormDialog kind="drawer" size="lg" title={title} onClose={onClose}>
      <Stack>
        {need && <NeedState need={need} />}
        {need?.origin === 'gap' ? (
          <GapNeedSummary need={need} />
        ) : (
          <NeedForm need={need} onClose={onClose} organizationId={organizationId} />
        )}
      </Stack>
    </FormDialog>
  );
}

function GapNeedSummary({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <Stack gap={4}>
      <Alert variant="light" color="blue">
        {t('gaps.needs.followsHistory')}
      </Alert>
      <Text size="sm">
        <Ltr>{need.competencyCode}</Ltr> — {pickName(need.competencyFr, need.competencyAr, lang)}
      </Text>
      <Text size="sm">
        {t('gaps.importance')} : {t(`jobs.importances.${need.importance}`)} · {t('gaps.gap')} :{' '}
        {need.gap === null ? t('gaps.notAssessed') : need.gap}
      </Text>
    </Stack>
  );
}

/** The state, why it is so, and the moves allowed from it. */
function NeedState({ need }: { need: Need }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Target | null>(null);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {t('common.state')} :
        </Text>
        <Badge variant="light" color={STATE_COLOR[need.state]} data-testid="need-state">
          {t(`gaps.needStates.${need.state}`)}
        </Badge>
        {need.state === 'deferred' && need.deferredTo && <Text size="sm">{t('gaps.needs.deferredTo', { year: need.deferredTo })}</Text>}
        {need.state === 'fulfilled' && <Text size="sm">{t('gaps.needs.fulfilledAt', { date: formatDate(need.fulfilledAt) })}</Text>}
      </Group>
      {need.stateReason && (
        <Text size="sm" c="dimmed" dir="auto">
          {need.stateReason}
        </Text>
      )}
      <Editable>
        <Group gap="xs">
          {MOVES[need.state].map((m) => (
            <Button
              key={m}
              size="xs"
              variant={m === 'rejected' ? 'outline' : 'light'}
              color={m === 'rejected' ? 'red' : undefined}
              onClick={() => setTarget(m)}
            >
              {t(`gaps.needs.moves.${m}`)}
            </Button>
          ))}
          {/* The plan's own way: an action built from this need in this year's plan. */}
          {(need.state === 'identified' || need.state === 'qualified' || need.state === 'deferred') && (
            <Button size="xs" variant="subtle" component="a" href={actionFromNeeds([need.id])}>
              {t('gaps.needs.planAction')}
            </Button>
          )}
        </Group>
      </Editable>
      {target && <StateDialog need={need} target={target} onClose={() => setTarget(null)} />}
    </Stack>
  );
}

export const STATE_COLOR: Record<Need['state'], string> = {
  identified: 'blue',
  qualified: 'cyan',
  planned: 'teal',
  fulfilled: 'green',
  rejected: 'red',
  deferred: 'gray',
};

/** Moves a need to another state: a reason (required to reject), a year (to defer). */
function StateDialog({ need, target, onClose }: { need: Need; target: Target; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(needSetState, {
    id: need.id,
    state: target,
    reason: '',
    deferredTo: target === 'deferred' ? new Date().getFullYear() + 1 : null,
  });
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const input = form.validate();
    if (!input) return;
    setBusy(true);
    const result = await invoke('needs.setState', input);
    setBusy(false);
    if (form.showResult(result)) onClose();
  };
  const err = (k: string) => (form.errors[k] ? t(form.errors[k]) : undefined);
  return (
    <Modal opened onClose={onClose} title={t(`gaps.needs.moves.${target}`)} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {target === 'deferred' && (
            <NumberInput
              label={t('gaps.needs.deferYear')}
              withAsterisk
              min={2000}
              max={2100}
              value={form.values.deferredTo ?? ''}
              onChange={(v) => form.set('deferredTo', typeof v === 'number' ? v : null)}
              error={err('deferredTo')}
              dir="ltr"
            />
          )}
          <Textarea
            label={t('gaps.needs.reason')}
            withAsterisk={target === 'rejected'}
            autosize
            minRows={2}
            value={form.values.reason ?? ''}
            onChange={(e) => form.set('reason', e.currentTarget.value)}
            error={err('reason')}
            data-autofocus
          />
          <FormError error={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t(`gaps.needs.moves.${target}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function NeedForm({ need, onClose, organizationId }: { need: Need | null; onClose: () => void; organizationId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const units = useCall('units.list', { includeArchived: false });
  const framework = useCall('framework.get', { includeArchived: false });
  const form = useRecordForm(
    needCreate,
    {
      population: need?.population ?? (organizationId ? 'association' : 'unit'),
      staffId: need?.staffId ?? null,
      unitId: need?.unitId ?? null,
      organizationId: need?.organizationId ?? organizationId ?? null,
      competencyId: need?.competencyId ?? null,
      origin: (need?.origin === 'gap' ? 'interview' : need?.origin) ?? (undefined as unknown as 'interview'),
      titleFr: need?.titleFr ?? '',
      titleAr: need?.titleAr ?? '',
      description: need?.description ?? '',
      importance: need?.importance ?? 'important',
      peopleCount: need?.peopleCount ?? 1,
      estimatedGap: need?.gap ?? 1,
    },
    {
      save: (input) => (need ? invoke('needs.update', { id: need.id, ...input }) : invoke('needs.create', input)),
      onSaved: onClose,
    },
  );
  const { values, set, errors } = form;
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const population = values.population as Population;
  const subject = need ? { value: need.staffId ?? need.organizationId ?? '', label: pickName(need.subjectFr, need.subjectAr, lang) } : null;

  return (
    <RecordForm form={form}>
      <div>
        <Text size="sm" fw={500} mb={4} id="need-population">
          {t('gaps.needs.population')}
        </Text>
        <SegmentedControl
          aria-labelledby="need-population"
          value={population}
          onChange={(v) => set('population', v as Population)}
          data={NEED_POPULATIONS.map((p) => ({ value: p, label: t(`gaps.populations.${p}`) }))}
        />
      </div>
      {population === 'staff' && (
        <StaffPicker
          label={t('gaps.needs.person')}
          value={values.staffId ?? null}
          onChange={(v) => set('staffId', v)}
          error={err('staffId')}
          current={subject}
        />
      )}
      {population === 'unit' && (
        <Select
          label={t('gaps.unit')}
          withAsterisk
          searchable
          data={unitOptions(units.data ?? [], lang)}
          renderOption={renderUnitOption}
          value={values.unitId ?? null}
          onChange={(v) => set('unitId', v)}
          error={err('unitId')}
        />
      )}
      {population === 'association' && (
        <OrganizationPicker
          label={t('gaps.needs.association')}
          value={values.organizationId ?? null}
          onChange={(v) => set('organizationId', v)}
          error={err('organizationId')}
          current={subject}
        />
      )}
      <Select
        label={t('gaps.competency')}
        description={t('gaps.needs.competencyOrTitle')}
        searchable
        clearable
        data={(framework.data?.competencies ?? []).map((c) => ({
          value: c.id,
          label: `${ltr(c.code)} — ${pickName(c.nameFr, c.nameAr, lang)}`,
        }))}
        value={values.competencyId ?? null}
        onChange={(v) => set('competencyId', v)}
        error={err('competencyId')}
        nothingFoundMessage={t('gaps.noCompetencyFound')}
      />
      <BilingualInput label={t('gaps.needs.title')} {...bilingualField(form, 'title')} />
      <Group grow align="flex-start">
        <Select
          label={t('gaps.needs.origin')}
          withAsterisk
          data={MANUAL_ORIGINS.map((o) => ({ value: o, label: t(`gaps.origins.${o}`) }))}
          value={values.origin ?? null}
          onChange={(v) => v && set('origin', v as (typeof MANUAL_ORIGINS)[number])}
          error={err('origin')}
        />
        <Select
          label={t('gaps.importance')}
          withAsterisk
          allowDeselect={false}
          data={(Object.keys(IMPORTANCE_WEIGHT) as (keyof typeof IMPORTANCE_WEIGHT)[]).map((i) => ({
            value: i,
            label: t('gaps.needs.importanceWeight', { name: t(`jobs.importances.${i}`), weight: IMPORTANCE_WEIGHT[i] }),
          }))}
          value={values.importance ?? 'important'}
          onChange={(v) => v && set('importance', v as keyof typeof IMPORTANCE_WEIGHT)}
        />
      </Group>
      <Group grow align="flex-start">
        {population !== 'staff' && (
          <NumberInput
            label={t('gaps.needs.peopleCount')}
            min={1}
            value={values.peopleCount ?? 1}
            onChange={(v) => set('peopleCount', typeof v === 'number' ? v : (undefined as unknown as number))}
            error={err('peopleCount')}
            dir="ltr"
          />
        )}
        <NumberInput
          label={t('gaps.needs.estimatedGap')}
          description={t('gaps.needs.estimatedGapHint')}
          min={1}
          max={10}
          value={values.estimatedGap ?? 1}
          onChange={(v) => set('estimatedGap', typeof v === 'number' ? v : (undefined as unknown as number))}
          error={err('estimatedGap')}
          dir="ltr"
        />
      </Group>
      <Textarea
        label={t('gaps.needs.description')}
        autosize
        minRows={2}
        value={values.description ?? ''}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err('description')}
      />
    </RecordForm>
  );
}
