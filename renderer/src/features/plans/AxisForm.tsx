import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, axisInput } from '../../../../api/channels/plans';
import type { Result } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { Editable } from '../../components/Editable';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { ChangeNoteDialog, useChangeNote } from './ChangeNote';
import { needsChangeNote } from './plan-format';

type Axis = Plan['axes'][number];

/** An axis of the plan: code, title, the programme's result it serves (R3.x, R4.x) and the commune's action plan. */
export function AxisForm({ plan, axis, onClose }: { plan: Plan; axis: Axis | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog title={axis ? t('plans.axes.edit') : t('plans.axes.new')} size="lg" onClose={onClose}>
      <AxisFields plan={plan} axis={axis} onClose={onClose} />
    </FormDialog>
  );
}

function AxisFields({ plan, axis, onClose }: { plan: Plan; axis: Axis | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [deleting, setDeleting] = useState(false);
  const save = (input: typeof axisInput._output) =>
    axis ? invoke('axes.update', { ...input, id: axis.id }) : invoke('axes.create', input);
  const form = useRecordForm(
    axisInput,
    {
      planId: plan.id,
      code: axis?.code ?? `A${plan.axes.length + 1}`,
      titleFr: axis?.titleFr ?? '',
      titleAr: axis?.titleAr ?? '',
      programmeResult: axis?.programmeResult ?? '',
      actionPlanRef: axis?.actionPlanRef ?? '',
      position: axis?.position ?? plan.axes.length + 1,
      changeNote: '',
    },
    { save, onSaved: onClose, hold: (): boolean => note.hold() },
  );
  const note = useChangeNote(plan, (changeNote) => form.run((input) => save({ ...input, changeNote })), onClose);
  const { values, set, errors } = form;
  const err = (k: string) => (errors[k] ? t(errors[k]) : undefined);
  const name = axis ? pickName(axis.titleFr, axis.titleAr, lang) : '';
  const noted = needsChangeNote(plan);
  return (
    <>
      <RecordForm
        form={form}
        name={name}
        remove={
          axis && !noted
            ? {
                title: t('plans.axes.delete'),
                run: async (): Promise<Result<{ deleted: boolean; archived: boolean }>> => {
                  const r = await invoke('axes.delete', { id: axis.id, changeNote: '' });
                  return r.ok ? { ...r, value: { deleted: true, archived: false } } : r;
                },
              }
            : null
        }
      >
        <Group grow align="flex-start">
          <TextInput
            label={t('plans.axes.code')}
            dir="ltr"
            withAsterisk
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={err('code')}
          />
          <TextInput
            label={t('plans.axes.programmeResult')}
            description={t('plans.axes.programmeResultHint')}
            dir="ltr"
            placeholder="R3.7"
            value={values.programmeResult}
            onChange={(e) => set('programmeResult', e.currentTarget.value)}
            error={err('programmeResult')}
          />
        </Group>
        <BilingualInput label={t('plans.axes.title')} required {...bilingualField(form, 'title')} />
        <TextInput
          label={t('plans.axes.actionPlanRef')}
          value={values.actionPlanRef}
          onChange={(e) => set('actionPlanRef', e.currentTarget.value)}
          error={err('actionPlanRef')}
        />
      </RecordForm>
      {axis && noted && (
        <Editable>
          <Button variant="subtle" color="red" size="compact-sm" mt="sm" onClick={() => setDeleting(true)}>
            {t('plans.axes.delete')}
          </Button>
        </Editable>
      )}
      {note.dialog}
      {deleting && axis && (
        <ChangeNoteDialog
          plan={plan}
          deleting
          what={name}
          onClose={() => setDeleting(false)}
          run={async (changeNote) => {
            const r = await invoke('axes.delete', { id: axis.id, changeNote });
            if (r.ok) onClose();
            return r;
          }}
        />
      )}
    </>
  );
}
