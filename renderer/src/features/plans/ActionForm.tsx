import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Need } from '../../../../api/channels/gaps';
import { type Plan, type PlanAction, actionCreate, type actionProposal } from '../../../../api/channels/plans';
import { ACTION_STATUSES, AUDIENCES, COURSE_MODALITIES } from '../../../../api/channels/training-enums';
import type { Result } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { Editable } from '../../components/Editable';
import { FormDialog } from '../../components/FormDialog';
import { Ltr } from '../../components/Ltr';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import type { AmountError } from '../../lib/amount';
import { formatNumber, pickName } from '../../lib/format';
import { ChangeNoteDialog, useChangeNote } from './ChangeNote';
import { useCatalogueCourses } from './course-options';
import { type CostWords, CostLines } from './CostLines';
import { actionName, needsChangeNote } from './plan-format';

/** An action plans its costs. */
const ACTION_COST_WORDS: CostWords = {
  title: 'plans.form.costs',
  total: 'plans.form.total',
  empty: 'plans.form.noCost',
  item: 'plans.form.costItem',
  amount: 'plans.form.costAmount',
  funder: 'plans.form.costFunder',
  noFunder: 'plans.actions.noFunder',
  remove: 'plans.form.removeCost',
  add: 'plans.form.addCost',
};

/** How the action form opens: an action to change, or a new one (blank, or from needs with the core's proposal). */
export interface ActionStart {
  action: PlanAction | null;
  proposal?: z.output<typeof actionProposal>;
  needIds?: string[];
  needs?: Need[];
}

type Values = z.input<typeof actionCreate>;

export function ActionForm({ plan, start, onClose }: { plan: Plan; start: ActionStart; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog kind="drawer" size={920} title={start.action ? t('plans.actions.edit') : t('plans.actions.new')} onClose={onClose}>
      <ActionFields plan={plan} start={start} onClose={onClose} />
    </FormDialog>
  );
}

function initialValues(plan: Plan, { action: a, proposal: p, needIds }: ActionStart): Values {
  const best = p?.suggestedCourses[0];
  const number = plan.actionList.length + 1;
  return {
    planId: plan.id,
    axisId: a?.axisId ?? plan.axes[0]?.id ?? null,
    code: a?.code ?? `F${number}`,
    titleFr: a?.titleFr ?? '',
    titleAr: a?.titleAr ?? '',
    objectivesFr: a?.objectivesFr ?? '',
    objectivesAr: a?.objectivesAr ?? '',
    courseId: a ? a.courseId : (best?.courseId ?? null),
    audience: a?.audience ?? p?.audience ?? (plan.audience === 'associations' ? 'associations' : 'staff'),
    women: a?.women ?? p?.women ?? 0,
    men: a?.men ?? p?.men ?? 0,
    staffCount: a?.staffCount ?? p?.staffCount ?? 0,
    associationCount: a?.associationCount ?? p?.associationCount ?? 0,
    sessions: a?.sessions ?? best?.sessions ?? 1,
    modality: a?.modality ?? best?.modality ?? 'in_person',
    providerFr: a?.providerFr ?? '',
    providerAr: a?.providerAr ?? '',
    hours: a?.hours ?? best?.hours ?? 0,
    periodKind: a?.periodKind ?? 'quarter',
    periodValue: a?.periodValue ?? 1,
    evaluationLevel: a?.evaluationLevel ?? best?.evaluationLevel ?? 1,
    status: a?.status ?? 'planned',
    costs: (a?.costs ?? []).map((c) => ({ item: c.item, amountCentimes: c.amountCentimes, funderId: c.funderId })),
    needIds: a?.needIds ?? needIds ?? [],
    changeNote: '',
  };
}

/**
 * An action sheet: subject (a catalogue course, those the needs' proposal suggests first, marked
 * when they reach the level aimed at, with the sessions they take; or a title), objectives,
 * public and head counts, sessions, hours, modality, provider, period, cost lines each with its
 * funder, the evaluation planned, and the needs it covers.
 */
function ActionFields({ plan, start, onClose }: { plan: Plan; start: ActionStart; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const n = (x: number) => formatNumber(x, lang);
  const action = start.action;
  const proposal = start.proposal;
  const [problems, setProblems] = useState<Record<string, AmountError | null>>({});
  const [deleting, setDeleting] = useState(false);
  const catalogue = useCatalogueCourses();
  const allNeeds = useCall('needs.list', {});
  const save = (input: z.output<typeof actionCreate>) =>
    action ? invoke('actions.update', { ...input, id: action.id }) : invoke('actions.create', input);
  const form = useRecordForm(actionCreate, initialValues(plan, start), {
    save,
    onSaved: onClose,
    hold: (): boolean => Object.values(problems).some(Boolean) || note.hold(),
  });
  const note = useChangeNote(plan, (changeNote) => form.run((input) => save({ ...input, changeNote })), onClose);
  const { values, set, errors } = form;
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const costs = values.costs ?? [];
  const noted = needsChangeNote(plan);
  const num = (key: 'women' | 'men' | 'staffCount' | 'associationCount' | 'sessions', min = 0) => (
    <NumberInput
      label={t(`plans.form.${key}`)}
      name={key}
      dir="ltr"
      min={min}
      allowDecimal={false}
      value={values[key]}
      onChange={(v) => set(key, typeof v === 'number' ? v : Number(v) || 0)}
      error={err(key)}
    />
  );
  const neededIds = new Set(values.needIds ?? []);
  const covered = (allNeeds.data ?? start.needs ?? []).filter((r) => neededIds.has(r.id));
  // The course picker: the proposal's suggestions first, then the action's own course and the catalogue (when this build has it).
  const suggested = proposal?.suggestedCourses ?? [];
  const others = [
    ...(action?.courseId
      ? [{ courseId: action.courseId, code: action.courseCode, titleFr: action.courseTitleFr, titleAr: action.courseTitleAr }]
      : []),
    ...catalogue,
  ].filter((c, i, all) => !suggested.some((s) => s.courseId === c.courseId) && all.findIndex((x) => x.courseId === c.courseId) === i);
  const chooseCourse = (courseId: string | null) => {
    set('courseId', courseId);
    const s = suggested.find((x) => x.courseId === courseId);
    if (s) {
      set('sessions', s.sessions);
      set('hours', s.hours);
      set('modality', s.modality);
      set('evaluationLevel', s.evaluationLevel);
    }
  };

  return (
    <>
      <RecordForm
        form={form}
        name={action ? actionName(action, lang) : ''}
        remove={
          action && !noted
            ? {
                title: t('plans.actions.delete'),
                run: async (): Promise<Result<{ deleted: boolean; archived: boolean }>> => {
                  const r = await invoke('actions.delete', { id: action.id, changeNote: '' });
                  return r.ok ? { ...r, value: { deleted: true, archived: false } } : r;
                },
              }
            : null
        }
      >
        {proposal && (
          <Alert color="teal" p="xs" data-testid="proposal">
            <Text size="sm">
              {t('plans.form.fromNeeds', { people: n(proposal.people) })}
              {' — '}
              {t('plans.actions.womenMen', { women: n(proposal.women), men: n(proposal.men) })}
              {' · '}
              {t('plans.actions.staffAssoc', { staff: n(proposal.staffCount), assoc: n(proposal.associationCount) })}
            </Text>
          </Alert>
        )}
        {proposal && (
          <Radio.Group label={t('plans.form.suggested')} value={values.courseId ?? ''} onChange={(v) => chooseCourse(v || null)}>
            <Stack gap={6} mt={6}>
              {suggested.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('plans.form.noSuggestion')}
                </Text>
              )}
              {suggested.map((c) => {
                const targets = proposal.targets.length;
                const full = c.reaches >= targets && targets > 0;
                return (
                  <Paper key={c.courseId} withBorder p={8} data-course={c.code}>
                    <Radio
                      value={c.courseId}
                      label={
                        <Group gap="xs" wrap="wrap">
                          <Text size="sm" fw={600}>
                            <Ltr>{c.code}</Ltr> {pickName(c.titleFr, c.titleAr, lang)}
                          </Text>
                          <Badge size="sm" variant={full ? 'filled' : 'outline'} color={full ? 'teal' : 'gray'} tt="none">
                            {full
                              ? `✓ ${t('plans.form.reaches')}`
                              : c.reaches > 0
                                ? t('plans.form.reachesPart', { reaches: n(c.reaches), total: n(targets) })
                                : t('plans.form.notReaches')}
                          </Badge>
                        </Group>
                      }
                      description={t('plans.form.courseFacts', { hours: n(c.hours), group: n(c.groupSize), sessions: n(c.sessions) })}
                    />
                  </Paper>
                );
              })}
              <Radio value="" label={t('plans.form.noCourse')} />
            </Stack>
          </Radio.Group>
        )}
        {!proposal && (
          <Select
            label={t('plans.form.course')}
            clearable
            searchable
            placeholder={t('plans.form.noCourse')}
            data={others.map((c) => ({ value: c.courseId, label: `${c.code} ${pickName(c.titleFr, c.titleAr, lang)}`.trim() }))}
            value={values.courseId ?? null}
            onChange={(v) => set('courseId', v)}
            error={err('courseId')}
          />
        )}
        <Group grow align="flex-start">
          <Select
            label={t('plans.form.axis')}
            placeholder={t('plans.form.noAxis')}
            clearable
            data={plan.axes.map((a) => ({ value: a.id, label: `${a.code} — ${pickName(a.titleFr, a.titleAr, lang)}` }))}
            value={values.axisId ?? null}
            onChange={(v) => set('axisId', v)}
            error={err('axisId')}
          />
          <TextInput
            label={t('plans.form.code')}
            dir="ltr"
            name="code"
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={err('code')}
          />
          <Select
            label={t('plans.form.status')}
            allowDeselect={false}
            data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plans.actionStatuses.${s}`) }))}
            value={values.status ?? 'planned'}
            onChange={(v) => v && set('status', v as (typeof ACTION_STATUSES)[number])}
          />
        </Group>
        <BilingualInput label={t('plans.form.title')} {...bilingualField(form, 'title')} />
        <BilingualInput label={t('plans.form.objectives')} multiline {...bilingualField(form, 'objectives')} />
        <Group grow align="flex-start">
          <Select
            label={t('plans.form.audience')}
            allowDeselect={false}
            data={AUDIENCES.map((a) => ({ value: a, label: t(`plans.audiences.${a}`) }))}
            value={values.audience ?? 'staff'}
            onChange={(v) => v && set('audience', v as (typeof AUDIENCES)[number])}
          />
          <Select
            label={t('plans.form.modality')}
            allowDeselect={false}
            data={COURSE_MODALITIES.map((m) => ({ value: m, label: t(`plans.modalities.${m}`) }))}
            value={values.modality ?? 'in_person'}
            onChange={(v) => v && set('modality', v as (typeof COURSE_MODALITIES)[number])}
          />
          <Select
            label={t('plans.form.evaluationLevel')}
            allowDeselect={false}
            data={[1, 2, 3, 4].map((l) => ({ value: String(l), label: t(`plans.evaluationLevels.${l}`) }))}
            value={String(values.evaluationLevel ?? 1)}
            onChange={(v) => v && set('evaluationLevel', Number(v))}
          />
        </Group>
        <Group grow align="flex-start">
          {num('women')}
          {num('men')}
          {num('staffCount')}
          {num('associationCount')}
        </Group>
        <Group grow align="flex-start">
          {num('sessions', 1)}
          <NumberInput
            label={t('plans.form.hours')}
            name="hours"
            dir="ltr"
            min={0}
            decimalScale={1}
            decimalSeparator=","
            value={values.hours}
            onChange={(v) => set('hours', typeof v === 'number' ? v : Number(String(v).replace(',', '.')) || 0)}
            error={err('hours')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="action-period-kind">
              {t('plans.form.periodKind')}
            </Text>
            <SegmentedControl
              aria-labelledby="action-period-kind"
              value={values.periodKind ?? 'quarter'}
              onChange={(v) => {
                set('periodKind', v as 'month' | 'quarter');
                if (v === 'quarter' && (values.periodValue ?? 1) > 4) set('periodValue', 1);
              }}
              data={[
                { value: 'month', label: t('plans.form.month') },
                { value: 'quarter', label: t('plans.form.quarter') },
              ]}
            />
          </Stack>
          <Select
            label={t('plans.form.periodValue')}
            allowDeselect={false}
            data={
              values.periodKind === 'month'
                ? Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t(`plans.monthsLong.${i + 1}`) }))
                : [1, 2, 3, 4].map((q) => ({ value: String(q), label: t(`plans.quarters.${q}`) }))
            }
            value={String(values.periodValue ?? 1)}
            onChange={(v) => v && set('periodValue', Number(v))}
            error={err('periodValue')}
          />
        </Group>
        <BilingualInput label={t('plans.form.provider')} {...bilingualField(form, 'provider')} />
        <CostLines
          costs={costs}
          onChange={(v) => set('costs', v)}
          funders={plan.funders}
          errors={errors}
          onProblem={(k, p) => setProblems((all) => ({ ...all, [k]: p }))}
          words={ACTION_COST_WORDS}
          totalTestId="action-total"
        />
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('plans.form.needs')}
          </Text>
          {covered.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plans.form.noNeeds')}
            </Text>
          ) : (
            <Group gap={6}>
              {covered.map((r) => (
                <Badge
                  key={r.id}
                  variant="light"
                  color="gray"
                  tt="none"
                  size="lg"
                  data-need={r.id}
                  rightSection={
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      aria-label={t('plans.form.removeNeed')}
                      onClick={() =>
                        set(
                          'needIds',
                          (values.needIds ?? []).filter((x) => x !== r.id),
                        )
                      }
                    >
                      ×
                    </ActionIcon>
                  }
                >
                  {pickName(r.subjectFr, r.subjectAr, lang)} ·{' '}
                  {r.competencyCode ? <Ltr>{r.competencyCode}</Ltr> : pickName(r.titleFr, r.titleAr, lang)}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </RecordForm>
      {action && noted && (
        <Editable>
          <Button variant="subtle" color="red" size="compact-sm" mt="sm" onClick={() => setDeleting(true)}>
            {t('plans.actions.delete')}
          </Button>
        </Editable>
      )}
      {note.dialog}
      {deleting && action && (
        <ChangeNoteDialog
          plan={plan}
          deleting
          what={actionName(action, lang)}
          onClose={() => setDeleting(false)}
          run={async (changeNote) => {
            const r = await invoke('actions.delete', { id: action.id, changeNote });
            if (r.ok) onClose();
            return r;
          }}
        />
      )}
    </>
  );
}
