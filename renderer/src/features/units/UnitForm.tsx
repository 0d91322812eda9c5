import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type Unit, unitCreate } from '../../../../api/channels/units';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { unitOptions } from '../../lib/unit-tree';
import { useCall } from '../../bridge/queries';
import { renderUnitOption } from '../../components/UnitOption';

interface Props {
  units: Unit[];
  /** The unit being edited, or the defaults of a new one. */
  unit: Unit | null;
  parentId: string | null;
  onClose: () => void;
}

const childKind = (parent: Unit | undefined) =>
  UNIT_KINDS[Math.min(UNIT_KINDS.length - 1, parent ? UNIT_KINDS.indexOf(parent.kind) + 1 : 0)];

export function UnitForm({ units, unit, parentId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const parent = units.find((u) => u.id === parentId);
  const form = useRecordForm(
    unitCreate,
    {
      parentId: unit?.parentId ?? parentId,
      kind: unit?.kind ?? childKind(parent),
      code: unit?.code ?? '',
      nameFr: unit?.nameFr ?? '',
      nameAr: unit?.nameAr ?? '',
      headId: unit?.headId ?? null,
    },
    {
      save: (input) => (unit ? invoke('units.update', { id: unit.id, ...input }) : invoke('units.create', input)),
      onSaved: onClose,
    },
  );
  const { values, set, errors } = form;
  // The head is one of the unit's active staff, or of a unit below it (the core checks the same).
  const lang = i18n.language as Language;
  const staff = useCall('staff.list', { unitId: unit?.id ?? null, status: 'active', lang, limit: 1000 }, { enabled: Boolean(unit) });
  const heads = (staff.data?.rows ?? []).map((s) => ({
    value: s.id,
    label: `${pickName(s.nameFr, s.nameAr, lang)} — ${s.matricule}${s.unitNameFr && s.unitNameFr !== unit?.nameFr ? ` (${pickName(s.unitNameFr, s.unitNameAr, lang)})` : ''}`,
  }));

  return (
    <FormDialog title={unit ? t('units.edit') : t('units.new')} size="lg" onClose={onClose} dirty={form.dirty}>
      <RecordForm form={form}>
        <Group grow align="flex-start">
          <Select
            label={t('units.kind')}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))}
            value={values.kind}
            onChange={(v) => v && set('kind', v as Unit['kind'])}
            allowDeselect={false}
          />
          <TextInput
            label={t('units.code')}
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code && t(errors.code)}
          />
        </Group>
        <Select
          label={t('units.parent')}
          placeholder={t('units.noParent')}
          data={unitOptions(units, lang, unit?.id)}
          renderOption={renderUnitOption}
          value={values.parentId ?? null}
          onChange={(v) => set('parentId', v)}
          clearable
          searchable
          error={errors.parentId && t(errors.parentId)}
        />
        <BilingualInput label={t('units.name')} required {...bilingualField(form, 'name')} />
        <Select
          label={t('units.head')}
          placeholder={t('units.noHead')}
          description={unit ? t('units.headHint') : t('units.headAfterCreate')}
          data={heads}
          value={values.headId ?? null}
          onChange={(v) => set('headId', v)}
          disabled={!unit}
          clearable
          searchable
          nothingFoundMessage={t('units.noStaffInUnit')}
          error={errors.headId && t(errors.headId)}
        />
      </RecordForm>
    </FormDialog>
  );
}
