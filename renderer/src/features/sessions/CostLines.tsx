import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COST_ITEMS } from '../../../../api/channels/training-enums';
import { AmountInput } from '../../components/AmountInput';
import type { Language } from '../../i18n';
import type { AmountError } from '../../lib/amount';
import { pickName } from '../../lib/format';
import { mad } from '../plans/plan-format';

type Cost = { item: (typeof COST_ITEMS)[number]; amountCentimes: number; funderId?: string | null };

/** The session's actual cost lines: item, amount in MAD, funder (the plan's funders). */
export function CostLines({
  costs,
  onChange,
  funders,
  errors,
  onProblem,
}: {
  costs: Cost[];
  onChange: (costs: Cost[]) => void;
  funders: { id: string; nameFr: string; nameAr: string }[];
  errors: Record<string, string>;
  onProblem: (key: string, p: AmountError | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const total = costs.reduce((s, c) => s + (c.amountCentimes ?? 0), 0);
  const setCost = (i: number, patch: Partial<Cost>) => onChange(costs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('sessions.form.costs')}
        </Text>
        <Text size="sm" fw={600} data-testid="session-cost-total">
          {t('sessions.form.costTotal', { amount: mad(total) })}
        </Text>
      </Group>
      {costs.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('sessions.details.noCost')}
        </Text>
      )}
      {costs.map((c, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap="sm" data-cost={i}>
          <Select
            label={t('sessions.form.costItem')}
            allowDeselect={false}
            style={{ flex: 1 }}
            data={COST_ITEMS.map((k) => ({ value: k, label: t(`plans.costItems.${k}`) }))}
            value={c.item}
            onChange={(v) => v && setCost(i, { item: v as Cost['item'] })}
          />
          <div style={{ width: 190 }}>
            <AmountInput
              label={t('sessions.form.costAmount')}
              name={`cost-${i}`}
              centimes={c.amountCentimes}
              onChange={(v) => setCost(i, { amountCentimes: v })}
              onProblem={(p) => onProblem(`cost-${i}`, p)}
              error={errors[`costs.${i}.amountCentimes`]}
            />
          </div>
          <Select
            label={t('sessions.form.costFunder')}
            clearable
            style={{ flex: 1 }}
            placeholder={t('sessions.form.noFunder')}
            data={funders.map((f) => ({ value: f.id, label: pickName(f.nameFr, f.nameAr, lang) }))}
            value={c.funderId ?? null}
            onChange={(v) => setCost(i, { funderId: v })}
            error={errors[`costs.${i}.funderId`] ? t(errors[`costs.${i}.funderId`]) : undefined}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={t('sessions.form.removeCost', { n: i + 1 })}
            title={t('sessions.form.removeCost', { n: i + 1 })}
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
          {t('sessions.form.addCost')}
        </Button>
      </Group>
    </Stack>
  );
}
