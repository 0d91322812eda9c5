import { Divider, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Organization, type OrganizationValues, organizationCreate } from '../../../../api/channels/directory';
import type { DuplicateMatch } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { BilingualInput, bilingualField } from '../../components/BilingualInput';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/useRecordForm';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { ContactsEditor } from './ContactsEditor';
import { DuplicateAlert } from './DuplicateAlert';
import { LocationsEditor } from './LocationsEditor';
import { LegalFields, ReachFields, TermFields } from './OrgFields';
import { SavedDuplicates } from './SavedDuplicates';
import { VerifyBar } from './VerifyBar';

interface Props {
  org: Organization | null;
  onClose: () => void;
  /** Opens another organisation (a duplicate) in the drawer. */
  onOpen: (id: string) => void;
}

const initial = (o: Organization | null) => ({
  nameFr: o?.nameFr ?? '',
  nameAr: o?.nameAr ?? '',
  acronymFr: o?.acronymFr ?? '',
  acronymAr: o?.acronymAr ?? '',
  descriptionFr: o?.descriptionFr ?? '',
  descriptionAr: o?.descriptionAr ?? '',
  type: o?.type ?? 'association',
  legalStatusId: o?.legalStatusId ?? null,
  registrationNumber: o?.registrationNumber ?? '',
  registrationDate: o?.registrationDate ?? null,
  yearFounded: o?.yearFounded ?? null,
  status: o?.status ?? 'active',
  phones: o?.phones ?? [],
  email: o?.email ?? '',
  website: o?.website ?? '',
  facebook: o?.facebook ?? '',
  hoursFr: o?.hoursFr ?? '',
  hoursAr: o?.hoursAr ?? '',
  notes: o?.notes ?? '',
  termIds: o?.termIds ?? [],
  locations: o?.locations ?? [],
  contacts: o?.contacts ?? [],
  createAnyway: false,
});

/** The organisation's record, in sections; a new one is checked for duplicates before it is created. */
export function OrganizationForm({ org, onClose, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [duplicates, setDuplicates] = useState<DuplicateMatch[]>([]);

  /** Saves; a possible duplicate of a new record is shown for the user to decide, not refused. */
  const saveWith =
    (createAnyway: boolean) =>
    async ({ createAnyway: _ignored, ...fields }: OrganizationValues) => {
      const result = org
        ? await invoke('organizations.update', { id: org.id, ...fields })
        : await invoke('organizations.create', { ...fields, createAnyway });
      if (result.ok || result.error.code !== 'conflict' || !result.error.duplicates?.length) return result;
      setDuplicates(result.error.duplicates);
      return null;
    };
  const form = useRecordForm(organizationCreate, initial(org), { save: saveWith(false), onSaved: onClose });
  const { values, set, errors } = form;

  const createAnyway = async () => {
    if (await form.run(saveWith(true))) onClose();
  };
  /** The new record is created, then merged into the existing one, which is opened. */
  const mergeInto = async (keepId: string) => {
    const created = await form.run(saveWith(true));
    if (!created) return;
    const merged = await invoke('organizations.merge', { keepId, mergeId: created.value.id });
    if (form.showResult(merged)) onOpen(keepId);
  };

  return (
    <RecordForm
      form={form}
      name={org ? pickName(org.nameFr, org.nameAr, lang) : ''}
      remove={
        org && { title: t('directory.delete'), run: (archiveInstead) => invoke('organizations.delete', { id: org.id, archiveInstead }) }
      }
    >
      {org && <VerifyBar org={org} />}
      {org && <SavedDuplicates org={org} onOpen={onOpen} />}
      <Divider label={t('directory.sections.identity')} labelPosition="left" />
      <BilingualInput label={t('directory.fields.name')} required {...bilingualField(form, 'name')} />
      <BilingualInput label={t('directory.fields.acronym')} {...bilingualField(form, 'acronym')} />
      <BilingualInput label={t('directory.fields.description')} multiline {...bilingualField(form, 'description')} />
      <Divider label={t('directory.sections.legal')} labelPosition="left" />
      <LegalFields values={values} set={set} errors={errors} />
      <Divider label={t('directory.sections.activity')} labelPosition="left" />
      <TermFields values={values} set={set} />
      <Divider label={t('directory.sections.addresses')} labelPosition="left" />
      <LocationsEditor rows={values.locations ?? []} onChange={(v) => set('locations', v)} errors={errors} />
      <Divider label={t('directory.sections.reach')} labelPosition="left" />
      <ReachFields values={values} set={set} errors={errors} />
      <BilingualInput label={t('directory.fields.hours')} {...bilingualField(form, 'hours')} />
      <Divider label={t('directory.sections.contacts')} labelPosition="left" />
      <ContactsEditor rows={values.contacts ?? []} onChange={(v) => set('contacts', v)} errors={errors} />
      <Divider label={t('directory.sections.notes')} labelPosition="left" />
      <Textarea
        label={t('directory.fields.notes')}
        autosize
        minRows={2}
        value={values.notes ?? ''}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={errors.notes ? t(errors.notes) : undefined}
      />
      {duplicates.length > 0 && (
        <DuplicateAlert
          matches={duplicates}
          busy={form.busy}
          onOpen={onOpen}
          onMerge={(id) => void mergeInto(id)}
          onCreateAnyway={() => void createAnyway()}
        />
      )}
    </RecordForm>
  );
}
