import { Alert, Group, Loader, MultiSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Campaign, campaignCreate } from '../../../../api/channels/reviews';
import type { Result } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { unitOptions } from '../../lib/unit-tree';
import { renderUnitOption } from '../../components/UnitOption';

interface Props {
  /** The campaign to change, or null for a new one. */
  id: string | null;
  onClose: () => void;
  /** A new campaign was saved: the page shows it. */
  onCreated: (id: string) => void;
}

/** A campaign's form: code, titles, period, who is reviewed, the three due dates and the instructions. */
export function CampaignForm({ id, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const campaign = useCall('campaigns.get', { id: id ?? '' }, { enabled: Boolean(id) });
  return (
    <FormDialog kind="drawer" size="xl" title={id ? t('reviews.editCampaign') : t('reviews.newCampaign')} onClose={onClose}>
      {id && !campaign.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <CampaignFields campaign={campaign.data ?? null} onClose={onClose} onCreated={onCreated} />
      )}
    </FormDialog>
  );
}

function CampaignFields({ campaign, onClose, onCreated }: { campaign: Campaign | null } & Omit<Props, 'id'>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const units = useCall('units.list', { includeArchived: false });
  const form = useRecordForm(
    campaignCreate,
    {
      code: campaign?.code ?? '',
      titleFr: campaign?.titleFr ?? '',
      titleAr: campaign?.titleAr ?? '',
      periodStart: campaign?.periodStart ?? '',
      periodEnd: campaign?.periodEnd ?? '',
      scope: campaign?.scope ?? 'service',
      unitIds: campaign?.unitIds ?? [],
      selfDue: campaign?.selfDue ?? null,
      managerDue: campaign?.managerDue ?? null,
      interviewDue: campaign?.interviewDue ?? null,
      instructionsFr: campaign?.instructionsFr ?? '',
      instructionsAr: campaign?.instructionsAr ?? '',
    },
    {
      save: (input) => (campaign ? invoke('campaigns.update', { id: campaign.id, ...input }) : invoke('campaigns.create', input)),
      onSaved: (saved) => (campaign ? onClose() : onCreated(saved.id)),
    },
  );
  const { values, set, errors } = form;
  // Once open, who is reviewed is frozen (the core refuses a change of scope).
  const frozen = Boolean(campaign && campaign.status !== 'draft');
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const name = campaign ? pickName(campaign.titleFr, campaign.titleAr, lang) || campaign.code : '';

  return (
    <RecordForm
      form={form}
      name={name}
      remove={
        campaign?.status === 'draft'
          ? {
              title: t('reviews.deleteCampaign'),
              run: async (): Promise<Result<{ deleted: boolean; archived: boolean }>> => {
                const r = await invoke('campaigns.delete', { id: campaign.id });
                return r.ok ? { ...r, value: { deleted: true, archived: false } } : r;
              },
            }
          : null
      }
    >
      <TextInput
        label={t('reviews.fields.code')}
        name="code"
        dir="ltr"
        withAsterisk
        maw={240}
        value={values.code}
        onChange={(e) => set('code', e.currentTarget.value)}
        error={err('code')}
      />
      <BilingualInput label={t('reviews.fields.title')} required {...bilingualField(form, 'title')} />
      <Group grow align="flex-start">
        <DateField
          label={t('reviews.fields.periodStart')}
          name="periodStart"
          withAsterisk
          clearable={false}
          value={values.periodStart}
          onChange={(v) => set('periodStart', v ?? '')}
          error={errors.periodStart}
        />
        <DateField
          label={t('reviews.fields.periodEnd')}
          name="periodEnd"
          withAsterisk
          clearable={false}
          value={values.periodEnd}
          onChange={(v) => set('periodEnd', v ?? '')}
          error={errors.periodEnd}
        />
      </Group>
      <Stack gap={6}>
        <Radio.Group
          label={t('reviews.fields.scope')}
          value={values.scope ?? 'service'}
          onChange={(v) => set('scope', v as 'service' | 'units')}
          error={err('scope')}
        >
          <Group mt={4}>
            <Radio value="service" label={t('reviews.scopes.service')} disabled={frozen} />
            <Radio value="units" label={t('reviews.scopes.units')} disabled={frozen} />
          </Group>
        </Radio.Group>
        {values.scope === 'units' && (
          <MultiSelect
            label={t('reviews.fields.units')}
            description={t('reviews.fields.unitsHint')}
            data={unitOptions(units.data ?? [], lang)}
            renderOption={renderUnitOption}
            value={values.unitIds ?? []}
            onChange={(v) => set('unitIds', v)}
            searchable
            disabled={frozen}
            error={err('unitIds')}
          />
        )}
        {frozen && (
          <Alert color="gray" p="xs">
            <Text size="sm">{t('reviews.fields.scopeFrozen')}</Text>
          </Alert>
        )}
      </Stack>
      <Text fw={600} size="sm" mb={-8}>
        {t('reviews.fields.dueDates')}
      </Text>
      <Group grow align="flex-start">
        {(['selfDue', 'managerDue', 'interviewDue'] as const).map((k) => (
          <DateField key={k} label={t(`reviews.fields.${k}`)} name={k} value={values[k]} onChange={(v) => set(k, v)} error={errors[k]} />
        ))}
      </Group>
      <BilingualInput label={t('reviews.fields.instructions')} multiline {...bilingualField(form, 'instructions')} />
    </RecordForm>
  );
}
