import { Select, Stack, Text } from '@mantine/core';
import type { ScaleLevel } from '../../../../api/channels/competencies';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';

interface Props {
  levels: ScaleLevel[];
  value: number | null;
  onChange: (level: number | null) => void;
  label: string;
  error?: string;
  lang: Language;
  disabled?: boolean;
}

/** A compact choice of a level of the scale: its number and name, its descriptor under it in the list and on hover. */
export function LevelSelect({ levels, value, onChange, label, error, lang, disabled }: Props) {
  const data = levels.map((l) => ({ value: String(l.level), label: `${l.level} — ${pickName(l.nameFr, l.nameAr, lang)}` }));
  const descriptor = (n: number | null) => {
    const l = levels.find((x) => x.level === n);
    return l ? pickName(l.descriptorFr, l.descriptorAr, lang) : '';
  };
  return (
    <Select
      size="xs"
      aria-label={label}
      title={descriptor(value) || undefined}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      clearable
      disabled={disabled}
      placeholder="—"
      error={error}
      comboboxProps={{ width: 300, position: 'bottom-start' }}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {descriptor(Number(option.value)) && (
            <Text size="xs" c="dimmed">
              {descriptor(Number(option.value))}
            </Text>
          )}
        </Stack>
      )}
    />
  );
}
