import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COST_ITEMS } from '../../../../api/channels/training-enums';
import { AmountInput } from '../../components/AmountInput';
import type { Language } from '../../i18n';
import type { AmountError } from '../../lib/amount';
import { pickName } from '../../lib/format';
import { mad } from './plan-format';

type Cost = { item: (typeof COST_ITEMS)[number]; amountCentimes: number; funderId?: string | null };

/** The translation keys of the editor's words: an action plans its costs, a session records its actual ones. */
export interface CostWords {
  title: string;
  /** Takes `{{amount}}`. */
  total: string;
  empty: string;
  item: string;
  amount: string;
  funder: string;
  noFunder: string;
  /** May take `{{n}}`, the line's number. */
  remove: string;
  add: string;
}

/** Cost lines of an action (planned) or a session (actual): item, amount in MAD, funder among the plan's. */
export function CostLines({
  costs,
  onChange,
  funders,
  errors,
  onProblem,
  words,
  totalTestId,
}: {
  costs: Cost[];
  onChange: (costs: Cost[]) => void;
  funders: { id: string; nameFr: string; nameAr: string }[];
  errors: Record<string, string>;
  onProblem: (key: string, p: AmountError | null) => void;
  words: CostWords;
  totalTestId: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const total = costs.reduce((s, c) => s + (c.amountCentimes ?? 0), 0);
  const setCost = (i: number, patch: Partial<Cost>) => onChange(costs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t(words.title)}
        </Text>
        <Text size="sm" fw={600} data-testid={totalTestId}>
          {t(words.total, { amount: mad(total) })}
        </Text>
      </Group>
      {costs.length === 0 && (
        <Text size="sm" c="dimmed">
          {t(words.empty)}
        </Text>
      )}
      {costs.map((c, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap="sm" data-cost={i}>
          <Select
            label={t(words.item)}
            allowDeselect={false}
            style={{ flex: 1 }}
            data={COST_ITEMS.map((k) => ({ value: k, label: t(`plans.costItems.${k}`) }))}
            value={c.item}
            onChange={(v) => v && setCost(i, { item: v as Cost['item'] })}
          />
          <div style={{ width: 190 }}>
            <AmountInput
              label={t(words.amount)}
              name={`cost-${i}`}
              centimes={c.amountCentimes}
              onChange={(v) => setCost(i, { amountCentimes: v })}
              onProblem={(p) => onProblem(`cost-${i}`, p)}
              error={errors[`costs.${i}.amountCentimes`]}
            />
          </div>
          <Select
            label={t(words.funder)}
            clearable
            style={{ flex: 1 }}
            placeholder={t(words.noFunder)}
            data={funders.map((f) => ({ value: f.id, label: pickName(f.nameFr, f.nameAr, lang) }))}
            value={c.funderId ?? null}
            onChange={(v) => setCost(i, { funderId: v })}
            error={errors[`costs.${i}.funderId`] ? t(errors[`costs.${i}.funderId`]) : undefined}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={t(words.remove, { n: i + 1 })}
            title={t(words.remove, { n: i + 1 })}
            onClick={() => onChange(costs.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() =>
            onChange([...costs, { item: costs.length ? 'other' : 'trainer_fees', amountCentimes: 0, funderId: funders[0]?.id ?? null }])
          }
        >
          {t(words.add)}
        </Button>
      </Group>
    </Stack>
  );
}
