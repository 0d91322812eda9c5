import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../lib/typed-date';
import { ltr } from './Ltr';
// The date picker's styles come with it, not with the first screen (about 30 kB of CSS).
import '@mantine/dates/styles.css';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'error' | 'placeholder' | 'valueFormat' | 'dateParser'> & {
  /** YYYY-MM-DD; while the user types something that is not a date, that text (the form refuses it). */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  /** An i18n key, from the form. */
  error?: string;
  /** A required date cannot be emptied. */
  clearable?: boolean;
};

/**
 * Every date field: shown and typed as dd/mm/yyyy, with a calendar whose month and day names
 * follow the interface language (DatesProvider in app/App.tsx), whatever the computer's locale.
 * The value stays the contract's YYYY-MM-DD. Text that is no date is not corrected or dropped
 * silently: it goes to the form as typed, and the contract's schema refuses it beside the field.
 */
export function DateField({ value, onChange, error, clearable = true, ...rest }: Props) {
  const { t } = useTranslation();
  const date = value && parseTypedDate(value) === value ? value : null;
  return (
    <DateInput
      {...rest}
      value={date}
      onChange={onChange}
      onInput={(e) => {
        const typed = e.currentTarget.value;
        if (typed.trim() && !parseTypedDate(typed)) onChange(typed);
      }}
      dateParser={parseTypedDate}
      valueFormat="DD/MM/YYYY"
      // Laid out as the digits will be: the day on the left, in Arabic too.
      placeholder={ltr(t('common.datePlaceholder'))}
      fixOnBlur={false}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      allowDeselect={clearable}
      error={error ? t(error) : undefined}
    />
  );
}
