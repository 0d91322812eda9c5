import { Alert, Checkbox, Group, List, MultiSelect, NumberInput, Select, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Conflict, type SessionDetail, sessionCreate, type sessionProposal } from '../../../../api/channels/sessions';
import { DELIVERY_LANGUAGES } from '../../../../api/channels/session-enums';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { ltr } from '../../components/Ltr';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import type { AmountError } from '../../lib/amount';
import { pickName } from '../../lib/format';
import { ActionPicker } from './ActionPicker';
import { ConfirmConflicts } from './ConfirmConflicts';
import { CostLines, type CostWords } from '../plans/CostLines';

/** A session records its actual costs. */
const SESSION_COST_WORDS: CostWords = {
  title: 'sessions.form.costs',
  total: 'sessions.form.costTotal',
  empty: 'sessions.details.noCost',
  item: 'sessions.form.costItem',
  amount: 'sessions.form.costAmount',
  funder: 'sessions.form.costFunder',
  noFunder: 'sessions.form.noFunder',
  remove: 'sessions.form.removeCost',
  add: 'sessions.form.addCost',
};
import { conflictSentence, sessionTitle } from './session-format';
import { SlotsEditor } from './SlotsEditor';
import { useDraftConflicts } from './useDraftConflicts';

export type SessionProposal = z.output<typeof sessionProposal>;
type Values = z.input<typeof sessionCreate>;

interface Props {
  /** The session to change, or null for a new one (then `proposal` is what it starts with). */
  session: SessionDetail | null;
  proposal?: SessionProposal | null;
  /** The plan of the proposal's action, when known. */
  planId?: string | null;
  onClose: () => void;
  onCreated?: (id: string) => void;
}

export function SessionForm(props: Props) {
  const { t } = useTranslation();
  return (
    <FormDialog kind="drawer" size={940} title={props.session ? t('sessions.form.edit') : t('sessions.form.new')} onClose={props.onClose}>
      <SessionFields {...props} />
    </FormDialog>
  );
}

function initialValues(s: SessionDetail | null, p: SessionProposal | null | undefined): Values {
  return {
    code: s?.code ?? '',
    actionId: s ? s.actionId : (p?.actionId ?? null),
    courseId: s?.courseId ?? p?.courseId ?? '',
    titleFr: s?.titleFr ?? p?.titleFr ?? '',
    titleAr: s?.titleAr ?? p?.titleAr ?? '',
    venueId: s?.venueId ?? null,
    trainerIds: s?.trainers.map((x) => x.id) ?? [],
    slots: s?.slots.map((x) => ({ id: x.id, date: x.date, startTime: x.startTime, endTime: x.endTime })) ?? [],
    language: s?.language ?? 'ar_fr',
    minCapacity: s?.minCapacity ?? 0,
    maxCapacity: s?.maxCapacity ?? p?.maxCapacity ?? 20,
    waitlist: s?.waitlist ?? true,
    registrationDeadline: s?.registrationDeadline ?? null,
    attendanceRequired: s?.attendanceRequired ?? 80,
    testPlanned: s?.testPlanned ?? p?.testPlanned ?? false,
    costs: s?.costs.map((c) => ({ item: c.item, amountCentimes: c.amountCentimes, funderId: c.funderId })) ?? [],
    notes: s?.notes ?? '',
  };
}

/**
 * A session's sheet: code (empty: given automatically), course, titles, plan action (or outside
 * the plan, said so), venue, trainers, slots, language, capacity and waiting list, registration
 * deadline, attendance needed, test, cost lines, notes. While the user types, the conflicts the
 * session would have are asked and said in words; saving with conflicts asks first.
 */
function SessionFields({ session, proposal, planId: startPlan = null, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [problems, setProblems] = useState<Record<string, AmountError | null>>({});
  const [planId, setPlanId] = useState<string | null>(session?.planId ?? startPlan);
  const [asking, setAsking] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const courses = useCall('courses.list', { includeArchived: Boolean(session) });
  const venues = useCall('venues.list', {});
  const trainers = useCall('trainers.list', {});
  const plan = useCall('plans.get', { id: planId ?? '' }, { enabled: Boolean(planId) });

  const save = (input: z.output<typeof sessionCreate>) =>
    session ? invoke('sessions.update', { ...input, id: session.id }) : invoke('sessions.create', input);
  const form = useRecordForm(sessionCreate, initialValues(session, proposal), {
    save,
    onSaved: (saved) => {
      onClose();
      if (!session) onCreated?.(saved.id);
    },
    hold: () => {
      if (Object.values(problems).some(Boolean)) return true;
      if (accepted || !conflicts.list.length || !form.validate()) return false;
      setAsking(true);
      return true;
    },
  });
  const { values, set, errors } = form;
  const conflicts = useDraftConflicts(values, session?.id ?? null);
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const course = (courses.data ?? []).find((c) => c.id === values.courseId);
  const courseHours =
    course?.hours ?? (proposal && proposal.courseId === values.courseId ? proposal.hours : null) ?? session?.course.hours ?? null;
  const funders = plan.data?.funders ?? session?.funders ?? [];

  const chooseCourse = (id: string | null) => {
    set('courseId', id ?? '');
    const c = (courses.data ?? []).find((x) => x.id === id);
    // Titles follow the course until the user writes their own.
    const prev = (courses.data ?? []).find((x) => x.id === values.courseId);
    if (c && (!values.titleFr || values.titleFr === prev?.titleFr)) set('titleFr', c.titleFr);
    if (c && (!values.titleAr || values.titleAr === prev?.titleAr)) set('titleAr', c.titleAr);
  };
  const saveAnyway = async () => {
    setAsking(false);
    setAccepted(true);
    const saved = await form.run();
    if (saved) {
      onClose();
      if (!session) onCreated?.(saved.value.id);
    }
  };

  return (
    <>
      <RecordForm form={form} name={session ? `${session.code} — ${sessionTitle(session, lang)}` : ''}>
        {proposal && proposal.plannedSessions > 0 && (
          <Text size="sm" c="dimmed" data-testid="planned-sessions">
            {t('sessions.form.plannedSessions', { planned: proposal.plannedSessions, existing: proposal.existingSessions })}
          </Text>
        )}
        <ActionPicker
          planId={planId}
          actionId={values.actionId ?? null}
          onPlan={(id) => {
            setPlanId(id);
            set('actionId', null);
          }}
          onAction={(a) => {
            set('actionId', a?.id ?? null);
            if (a?.courseId && !values.courseId) chooseCourse(a.courseId);
          }}
        />
        <Group grow align="flex-start">
          <Select
            label={t('sessions.form.course')}
            required
            searchable
            data={(courses.data ?? []).map((c) => ({ value: c.id, label: `${ltr(c.code)} ${pickName(c.titleFr, c.titleAr, lang)}` }))}
            value={values.courseId || null}
            onChange={chooseCourse}
            error={err('courseId')}
          />
          <TextInput
            label={t('sessions.form.code')}
            description={t('sessions.form.codeHint')}
            placeholder={proposal?.code || t('sessions.form.codeAuto')}
            dir="ltr"
            name="code"
            maw={220}
            value={values.code ?? ''}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={err('code')}
          />
        </Group>
        <BilingualInput label={t('sessions.form.title')} {...bilingualField(form, 'title')} />
        <Group grow align="flex-start">
          <Select
            label={t('sessions.form.venue')}
            clearable
            searchable
            placeholder={t('sessions.form.noVenue')}
            data={(venues.data ?? []).map((v) => ({
              value: v.id,
              label: `${pickName(v.nameFr, v.nameAr, lang)} (${t('sessions.view.capacity', { n: v.capacity })})`,
            }))}
            value={values.venueId ?? null}
            onChange={(v) => set('venueId', v)}
            error={err('venueId')}
          />
          <MultiSelect
            label={t('sessions.form.trainers')}
            searchable
            placeholder={values.trainerIds?.length ? undefined : t('sessions.form.noTrainer')}
            data={(trainers.data ?? []).map((x) => ({ value: x.id, label: pickName(x.nameFr, x.nameAr, lang) }))}
            value={values.trainerIds ?? []}
            onChange={(v) => set('trainerIds', v)}
            error={err('trainerIds')}
          />
        </Group>
        <SlotsEditor slots={values.slots} onChange={(v) => set('slots', v)} errors={errors} courseHours={courseHours} />
        <ConflictWarnings list={conflicts.list} checking={conflicts.checking} />
        <Group grow align="flex-start">
          <Select
            label={t('sessions.form.language')}
            allowDeselect={false}
            data={DELIVERY_LANGUAGES.map((l) => ({ value: l, label: t(`sessions.languages.${l}`) }))}
            value={values.language ?? 'ar_fr'}
            onChange={(v) => v && set('language', v as (typeof DELIVERY_LANGUAGES)[number])}
          />
          <NumberInput
            label={t('sessions.form.minCapacity')}
            dir="ltr"
            min={0}
            allowDecimal={false}
            value={values.minCapacity}
            onChange={(v) => set('minCapacity', typeof v === 'number' ? v : Number(v) || 0)}
            error={err('minCapacity')}
          />
          <NumberInput
            label={t('sessions.form.maxCapacity')}
            dir="ltr"
            min={1}
            allowDecimal={false}
            value={values.maxCapacity}
            onChange={(v) => set('maxCapacity', typeof v === 'number' ? v : Number(v) || 0)}
            error={err('maxCapacity')}
          />
          <DateField
            label={t('sessions.form.deadline')}
            value={values.registrationDeadline}
            onChange={(v) => set('registrationDeadline', v)}
            error={errors.registrationDeadline}
          />
        </Group>
        <Group align="flex-end" gap="lg">
          <NumberInput
            label={t('sessions.form.attendanceRequired')}
            dir="ltr"
            w={200}
            min={0}
            max={100}
            suffix=" %"
            allowDecimal={false}
            value={values.attendanceRequired}
            onChange={(v) => set('attendanceRequired', typeof v === 'number' ? v : Number(v) || 0)}
            error={err('attendanceRequired')}
          />
          <Switch
            mb={8}
            label={t('sessions.form.waitlist')}
            checked={values.waitlist ?? true}
            onChange={(e) => set('waitlist', e.currentTarget.checked)}
          />
          <Checkbox
            mb={8}
            label={t('sessions.form.testPlanned')}
            checked={values.testPlanned ?? false}
            onChange={(e) => set('testPlanned', e.currentTarget.checked)}
          />
        </Group>
        <CostLines
          costs={values.costs ?? []}
          onChange={(v) => set('costs', v)}
          funders={funders}
          errors={errors}
          onProblem={(k, p) => setProblems((all) => ({ ...all, [k]: p }))}
          words={SESSION_COST_WORDS}
          totalTestId="session-cost-total"
        />
        <Textarea
          label={t('sessions.form.notes')}
          autosize
          minRows={2}
          dir="auto"
          value={values.notes ?? ''}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={err('notes')}
        />
      </RecordForm>
      <ConfirmConflicts
        opened={asking}
        sentences={conflicts.list.map((c) => conflictSentence(c, t, lang))}
        onKeep={() => setAsking(false)}
        onSave={() => void saveAnyway()}
      />
    </>
  );
}

/** The conflicts the session would have, in plain words, as the user types. */
function ConflictWarnings({ list, checking }: { list: Conflict[]; checking: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (!list.length)
    return checking ? (
      <Text size="xs" c="dimmed" role="status">
        {t('sessions.form.checking')}
      </Text>
    ) : null;
  return (
    <Alert color="orange" title={t('sessions.conflicts.title', { count: list.length })} data-testid="form-conflicts" role="status">
      <List size="sm" spacing={2}>
        {list.map((c, i) => (
          <List.Item key={i}>{conflictSentence(c, t, lang)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
