import type { ComboboxItem } from '@mantine/core';

/** A unit in a select's list, indented by its depth in the chart (the options of `lib/unit-tree.ts` carry it). */
export const renderUnitOption = ({ option }: { option: ComboboxItem }) => (
  <span style={{ paddingInlineStart: ((option as ComboboxItem & { depth?: number }).depth ?? 0) * 12 }}>{option.label}</span>
);
