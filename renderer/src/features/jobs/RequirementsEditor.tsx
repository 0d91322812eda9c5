import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORTANCES, type Requirement } from '../../../../api/channels/jobs';
import type { Output } from '../../../../api/contract';
import type { FieldErrors } from '../../lib/form';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { Editable } from '../../components/Editable';

type Row = { competencyId: string; requiredLevel: number; importance?: Requirement['importance'] };
type Framework = Output<'framework.get'>;

interface Props {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  framework: Framework | undefined;
  errors: FieldErrors;
}

/** Competencies grouped by category; archived ones only when a row already uses them. */
function competencyOptions(fw: Framework | undefined, used: Set<string>, lang: Language, archivedLabel: string) {
  if (!fw) return [];
  return fw.categories
    .map((cat) => ({
      group: pickName(cat.nameFr, cat.nameAr, lang) || cat.code,
      items: fw.competencies
        .filter((c) => c.categoryId === cat.id && (!c.archivedAt || used.has(c.id)))
        .map((c) => ({
          value: c.id,
          label: `${c.code} — ${pickName(c.nameFr, c.nameAr, lang)}${c.archivedAt ? ` (${archivedLabel})` : ''}`,
        })),
    }))
    .filter((g) => g.items.length);
}

/** The required competencies of a job: competency, required level on the scale, importance. */
export function RequirementsEditor({ rows, onChange, framework, errors }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const options = competencyOptions(framework, new Set(rows.map((r) => r.competencyId)), lang, t('common.archived'));
  const levels = (framework?.levels ?? []).map((l) => ({
    value: String(l.level),
    label: `${l.level} — ${pickName(l.nameFr, l.nameAr, lang)}`,
  }));
  const importances = IMPORTANCES.map((i) => ({ value: i, label: t(`jobs.importances.${i}`) }));
  const update = (i: number, patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => onChange([...rows, { competencyId: '', requiredLevel: framework?.proficientLevel ?? 1, importance: 'important' }]);
  const err = (i: number, field: keyof Row, value: unknown) => {
    const key = errors[`requirements.${i}.${field}`];
    if (!key) return undefined;
    // An empty choice fails as an invalid id; say what to do instead.
    return t(value ? key : 'errors.invalidChoice');
  };

  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} mb="xs">
        {t('jobs.requirements')}
      </Text>
      {!rows.length && (
        <Text size="sm" c="dimmed">
          {t('jobs.noRequirements')}
        </Text>
      )}
      {rows.map((r, i) => {
        const n = i + 1;
        return (
          <Group key={i} align="flex-start" wrap="nowrap" gap="sm">
            <Select
              style={{ flex: 3 }}
              label={t('jobs.competencyN', { n })}
              placeholder={t('jobs.chooseCompetency')}
              data={options}
              value={r.competencyId || null}
              onChange={(v) => update(i, { competencyId: v ?? '' })}
              searchable
              nothingFoundMessage={t('jobs.noCompetencyFound')}
              error={err(i, 'competencyId', r.competencyId)}
            />
            <Select
              style={{ flex: 2 }}
              label={t('jobs.requiredLevel')}
              data={levels}
              value={String(r.requiredLevel)}
              onChange={(v) => v && update(i, { requiredLevel: Number(v) })}
              allowDeselect={false}
              error={err(i, 'requiredLevel', r.requiredLevel)}
            />
            <Select
              style={{ flex: 1.3 }}
              label={t('jobs.importance')}
              data={importances}
              value={r.importance ?? 'important'}
              onChange={(v) => v && update(i, { importance: v as Row['importance'] })}
              allowDeselect={false}
            />
            <Editable>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                size="lg"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                aria-label={t('jobs.removeRequirement', { n })}
                title={t('jobs.removeRequirement', { n })}
              >
                ×
              </ActionIcon>
            </Editable>
          </Group>
        );
      })}
      <Group>
        <Editable>
          <Button variant="light" size="compact-sm" onClick={add}>
            {t('jobs.addRequirement')}
          </Button>
        </Editable>
      </Group>
    </Stack>
  );
}
