import { Group, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  fr: string;
  ar: string;
  onFr: (v: string) => void;
  onAr: (v: string) => void;
  errorFr?: string;
  errorAr?: string;
  multiline?: boolean;
  required?: boolean;
  name?: string;
}

/**
 * A text users write in both scripts: the French field left-to-right and the Arabic field
 * right-to-left, whatever the interface language, side by side.
 */
export function BilingualInput({ label, fr, ar, onFr, onAr, errorFr, errorAr, multiline, required, name }: Props) {
  const { t } = useTranslation();
  const Field = multiline ? Textarea : TextInput;
  const extra = multiline ? { autosize: true, minRows: 2, maxRows: 8 } : {};
  return (
    <Group grow align="flex-start" gap="sm">
      <Field
        label={`${label} — ${t('common.inFrench')}`}
        value={fr}
        onChange={(e) => onFr(e.currentTarget.value)}
        error={errorFr ? t(errorFr) : undefined}
        dir="ltr"
        lang="fr"
        withAsterisk={required}
        name={name ? `${name}Fr` : undefined}
        {...extra}
      />
      <Field
        label={`${label} — ${t('common.inArabic')}`}
        value={ar}
        onChange={(e) => onAr(e.currentTarget.value)}
        error={errorAr ? t(errorAr) : undefined}
        dir="rtl"
        lang="ar"
        withAsterisk={required}
        name={name ? `${name}Ar` : undefined}
        {...extra}
      />
    </Group>
  );
}

interface BilingualForm {
  values: object;
  errors: Record<string, string>;
  // Any useZodForm `set`: typed loosely here, the field names are built from `base`.
  set: (key: never, value: never) => void;
}

/** Wires a BilingualInput to the `<base>Fr` / `<base>Ar` fields of a useZodForm form. */
export function bilingualField(form: BilingualForm, base: string) {
  const values = form.values as Record<string, string | undefined>;
  const set = form.set as (key: string, value: string) => void;
  return {
    name: base,
    fr: values[`${base}Fr`] ?? '',
    ar: values[`${base}Ar`] ?? '',
    onFr: (v: string) => set(`${base}Fr`, v),
    onAr: (v: string) => set(`${base}Ar`, v),
    errorFr: form.errors[`${base}Fr`],
    errorAr: form.errors[`${base}Ar`],
  };
}
