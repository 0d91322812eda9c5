import { Group, MultiSelect, NumberInput, Select, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ORG_STATUSES, ORG_TYPES, type organizationCreate } from '../../../../api/channels/directory';
import { ltrPills } from '../../components/Ltr';
import { DateField } from '../../components/DateField';
import type { FieldErrors } from '../../lib/form';
import type { Language } from '../../i18n';
import { type TermKind, termOptions, useTerms } from './terms';

type Values = z.input<typeof organizationCreate>;
type Set = <K extends keyof Values>(key: K, value: Values[K]) => void;
interface Props {
  values: Values;
  set: Set;
  errors: FieldErrors;
}

const useErr = (errors: FieldErrors) => {
  const { t } = useTranslation();
  return (key: string) => (errors[key] ? t(errors[key]) : undefined);
};

/** Type, legal status, registration, year founded, status. */
export function LegalFields({ values, set, errors }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const terms = useTerms();
  const err = useErr(errors);
  const legal = termOptions(terms.of('legal_status', values.legalStatusId ? [values.legalStatusId] : []), lang);
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('directory.fields.type')}
          data={ORG_TYPES.map((v) => ({ value: v, label: t(`directory.types.${v}`) }))}
          value={values.type ?? 'association'}
          onChange={(v) => v && set('type', v as Values['type'])}
          allowDeselect={false}
        />
        <Select
          label={t('directory.fields.legalStatus')}
          data={legal}
          value={values.legalStatusId ?? null}
          onChange={(v) => set('legalStatusId', v)}
          clearable
          searchable
        />
        <Select
          label={t('directory.fields.status')}
          data={ORG_STATUSES.map((v) => ({ value: v, label: t(`directory.statuses.${v}`) }))}
          value={values.status ?? 'active'}
          onChange={(v) => v && set('status', v as Values['status'])}
          allowDeselect={false}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('directory.fields.registrationNumber')}
          dir="ltr"
          value={values.registrationNumber ?? ''}
          onChange={(e) => set('registrationNumber', e.currentTarget.value)}
          error={err('registrationNumber')}
        />
        <DateField
          label={t('directory.fields.registrationDate')}
          value={values.registrationDate}
          onChange={(v) => set('registrationDate', v)}
          error={errors.registrationDate}
        />
        <NumberInput
          label={t('directory.fields.yearFounded')}
          min={1900}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
          value={values.yearFounded ?? ''}
          onChange={(v) => set('yearFounded', typeof v === 'number' ? v : null)}
          error={err('yearFounded')}
        />
      </Group>
    </>
  );
}

/** Domains, target publics and languages: one list of term ids in the record, one MultiSelect per kind. */
export function TermFields({ values, set }: Omit<Props, 'errors'>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const terms = useTerms();
  const ids = values.termIds ?? [];
  const picker = (kind: TermKind, label: string) => {
    const mine = ids.filter((id) => terms.byId.get(id)?.kind === kind);
    const others = ids.filter((id) => terms.byId.get(id)?.kind !== kind);
    return (
      <MultiSelect
        label={label}
        data={termOptions(terms.of(kind, mine), lang)}
        value={mine}
        onChange={(v) => set('termIds', [...others, ...v])}
        searchable
        clearable
      />
    );
  };
  return (
    <Group grow align="flex-start">
      {picker('domain', t('directory.fields.domains'))}
      {picker('public', t('directory.fields.publics'))}
      {picker('language', t('directory.fields.languages'))}
    </Group>
  );
}

/** How to reach the organisation: phones, e-mail, website, Facebook page. */
export function ReachFields({ values, set, errors }: Props) {
  const { t } = useTranslation();
  const err = useErr(errors);
  const phoneError = Object.keys(errors).find((k) => k.startsWith('phones'));
  return (
    <>
      <Group grow align="flex-start">
        <TagsInput
          label={t('directory.fields.phones')}
          description={t('directory.phonesHint')}
          dir="ltr"
          styles={ltrPills}
          value={values.phones ?? []}
          onChange={(v) => set('phones', v)}
          error={phoneError ? t(errors[phoneError]) : undefined}
        />
        <TextInput
          type="email"
          label={t('directory.fields.email')}
          dir="ltr"
          value={values.email ?? ''}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={err('email')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('directory.fields.website')}
          dir="ltr"
          value={values.website ?? ''}
          onChange={(e) => set('website', e.currentTarget.value)}
          error={err('website')}
        />
        <TextInput
          label={t('directory.fields.facebook')}
          dir="ltr"
          value={values.facebook ?? ''}
          onChange={(e) => set('facebook', e.currentTarget.value)}
          error={err('facebook')}
        />
      </Group>
    </>
  );
}
