import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AmountError, formatAmount, parseAmount } from '../lib/amount';
import { ltr } from './Ltr';

interface Props {
  label: string;
  name: string;
  /** Integer centimes, as the contract holds amounts. */
  centimes: number | undefined;
  onChange: (centimes: number) => void;
  /** What the typed text could not be read as (null once it can), so the form refuses to save. */
  onProblem: (problem: AmountError | null) => void;
  /** An i18n key: the form's own refusal, or this field's reading problem. */
  error?: string;
  /** Said under the field, without refusing the value (a granted amount above the requested one). */
  warning?: string;
}

/**
 * An amount in dirhams, typed as French- or Arabic-speaking users write it (lib/amount.ts) and
 * shown as the lists show it (12 500,50 MAD). What cannot be read without guessing is refused
 * beside the field when the user leaves it, not turned into another value.
 */
export function AmountInput({ label, name, centimes, onChange, onProblem, error, warning }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (centimes ? formatAmount(centimes) : ''));
  const [problem, setProblem] = useState<AmountError | null>(null);

  const read = (typed: string, tidy: boolean) => {
    const result = parseAmount(typed);
    if (result.ok) {
      onChange(result.centimes ?? 0);
      if (tidy) setText(result.centimes === null ? '' : formatAmount(result.centimes));
    }
    const next = result.ok ? null : result.error;
    onProblem(next);
    // Said when the field is left, or at once when typing fixes it.
    if (tidy || !next) setProblem(next);
  };

  const shown = problem ? `errors.amount.${problem}` : error;
  return (
    <div>
      <TextInput
        label={label}
        name={name}
        dir="ltr"
        inputMode="decimal"
        value={text}
        onChange={(e) => (setText(e.currentTarget.value), read(e.currentTarget.value, false))}
        onBlur={() => read(text, true)}
        rightSection={
          <Text size="sm" c="dimmed">
            {t('common.currency')}
          </Text>
        }
        rightSectionWidth={56}
        // The example amount is written as the field writes amounts, kept whole inside Arabic text.
        error={shown ? t(shown, { example: ltr(formatAmount(1_250_050)) }) : undefined}
      />
      {warning && !shown && (
        <Text size="xs" c="orange.9" mt={4} role="status">
          {warning}
        </Text>
      )}
    </div>
  );
}
