import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NumberError, formatTypedNumber, parseTypedNumber } from '../../../lib/typed-number';

interface Props {
  label: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  /** What the typed text could not be read as (null once it can), so the form holds Save. */
  onProblem: (problem: NumberError | null) => void;
  /** An i18n key: the form's own refusal. */
  error?: string;
  description?: string;
  withAsterisk?: boolean;
}

/**
 * A measured value typed as users write numbers (lib/typed-number.ts, the amounts' reading): what
 * cannot be read without guessing is said beside the field when it is left, never turned into
 * another value.
 */
export function TypedNumberInput({ label, value, onChange, onProblem, error, description, withAsterisk }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value === null || value === undefined ? '' : formatTypedNumber(value)));
  const [problem, setProblem] = useState<NumberError | null>(null);

  const read = (typed: string, tidy: boolean) => {
    const r = parseTypedNumber(typed);
    if (r.ok) {
      onChange(r.value);
      if (tidy) setText(r.value === null ? '' : formatTypedNumber(r.value));
    }
    const next = r.ok ? null : r.error;
    onProblem(next);
    if (tidy || !next) setProblem(next);
  };

  const shown = problem ? t(`plans.results.number.${problem}`, { example: formatTypedNumber(1250.5) }) : error ? t(error) : undefined;
  return (
    <TextInput
      label={label}
      description={description}
      withAsterisk={withAsterisk}
      dir="ltr"
      inputMode="decimal"
      value={text}
      onChange={(e) => (setText(e.currentTarget.value), read(e.currentTarget.value, false))}
      onBlur={() => read(text, true)}
      error={shown}
    />
  );
}
