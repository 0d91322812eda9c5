import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MEASURES, QUESTION_TYPES, type QuestionType } from '../../../../api/channels/evaluation-enums';
import { BilingualInput } from '../../components/BilingualInput';
import type { FieldErrors } from '../../lib/form';
import { blankChoice, type QuestionValues, retype } from './questionnaire-format';

interface Props {
  index: number;
  count: number;
  question: QuestionValues;
  /** A test's questions carry their right answers and points. */
  isTest: boolean;
  /** The whole form's errors (`questions.<i>.<field>`). */
  errors: FieldErrors;
  onChange: (q: QuestionValues) => void;
  onRemove: () => void;
  onMove: (to: number) => void;
}

/**
 * One question of a draft: its type, its text in both languages, what it measures, and what the
 * type needs: a scale's points (odd) and end words, the choices (with the right ones for a
 * test), a grid's rows, a test's points and right value. Plain fields, in a frame per question.
 */
export function QuestionEditor({ index: i, count, question: q, isTest, errors, onChange, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  const n = i + 1;
  const at = (field: string) => errors[`questions.${i}.${field}`];
  const set = (patch: Partial<QuestionValues>) => onChange({ ...q, ...patch });
  const options = q.options ?? [];
  const rows = q.gridRows ?? [];
  const scaled = q.type === 'scale' || q.type === 'grid';
  const choices = q.type === 'single' || q.type === 'multiple';
  const small = (label: string, onClick: () => void, disabled = false, glyph = '×', color = 'red') => (
    <ActionIcon variant="subtle" color={color} aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {glyph}
    </ActionIcon>
  );

  return (
    <Paper withBorder p="sm" data-question={i}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('evaluations.questionnaires.question', { n })}
          </Text>
          <Group gap={2} wrap="nowrap">
            {small(t('evaluations.questionnaires.moveUp', { n }), () => onMove(i - 1), i === 0, '↑', 'gray')}
            {small(t('evaluations.questionnaires.moveDown', { n }), () => onMove(i + 1), i === count - 1, '↓', 'gray')}
            {small(t('evaluations.questionnaires.removeQuestion', { n }), onRemove)}
          </Group>
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('evaluations.questionnaires.type')}
            allowDeselect={false}
            data={QUESTION_TYPES.map((x) => ({ value: x, label: t(`evaluations.questionnaires.types.${x}`) }))}
            value={q.type}
            onChange={(v) => v && onChange(retype(q, v as QuestionType))}
          />
          <Select
            label={t('evaluations.questionnaires.measures')}
            allowDeselect={false}
            data={MEASURES.map((m) => ({ value: m, label: t(`evaluations.questionnaires.measureNames.${m}`) }))}
            value={q.measures ?? 'other'}
            onChange={(v) => v && set({ measures: v as QuestionValues['measures'] })}
          />
          {isTest && (
            <NumberInput
              label={t('evaluations.questionnaires.points')}
              dir="ltr"
              min={0}
              value={q.points ?? 0}
              onChange={(v) => set({ points: typeof v === 'number' ? v : 0 })}
              error={at('points') ? t(at('points')) : undefined}
            />
          )}
        </Group>
        <BilingualInput
          label={t('evaluations.questionnaires.text')}
          fr={q.textFr ?? ''}
          ar={q.textAr ?? ''}
          onFr={(v) => set({ textFr: v })}
          onAr={(v) => set({ textAr: v })}
          errorFr={at('textFr')}
          errorAr={at('textAr')}
        />
        {scaled && (
          <>
            <NumberInput
              label={t('evaluations.questionnaires.scalePoints')}
              dir="ltr"
              min={3}
              max={11}
              step={2}
              allowDecimal={false}
              w={200}
              value={q.scalePoints ?? ''}
              onChange={(v) => set({ scalePoints: typeof v === 'number' ? v : null })}
              error={at('scalePoints') ? t(at('scalePoints')) : undefined}
            />
            <BilingualInput
              label={t('evaluations.questionnaires.low')}
              fr={q.lowFr ?? ''}
              ar={q.lowAr ?? ''}
              onFr={(v) => set({ lowFr: v })}
              onAr={(v) => set({ lowAr: v })}
            />
            <BilingualInput
              label={t('evaluations.questionnaires.high')}
              fr={q.highFr ?? ''}
              ar={q.highAr ?? ''}
              onFr={(v) => set({ highFr: v })}
              onAr={(v) => set({ highAr: v })}
            />
          </>
        )}
        {choices && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('evaluations.questionnaires.choices')}
            </Text>
            {options.map((o, k) => (
              <Group key={k} align="flex-end" wrap="nowrap" data-choice={k}>
                <div style={{ flex: 1 }}>
                  <BilingualInput
                    label={t('evaluations.questionnaires.choice', { n: k + 1 })}
                    fr={o.fr ?? ''}
                    ar={o.ar ?? ''}
                    onFr={(v) => set({ options: options.map((x, j) => (j === k ? { ...x, fr: v } : x)) })}
                    onAr={(v) => set({ options: options.map((x, j) => (j === k ? { ...x, ar: v } : x)) })}
                  />
                </div>
                {isTest && (
                  <Checkbox
                    mb={8}
                    label={t('evaluations.questionnaires.correct')}
                    checked={Boolean(o.correct)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      // A single choice has one right answer: ticking one unticks the others.
                      set({
                        options: options.map((x, j) =>
                          j === k ? { ...x, correct: checked } : q.type === 'single' && checked ? { ...x, correct: false } : x,
                        ),
                      });
                    }}
                  />
                )}
                {small(t('evaluations.questionnaires.removeChoice', { n: k + 1 }), () =>
                  set({ options: options.filter((_, j) => j !== k) }),
                )}
              </Group>
            ))}
            {at('options') && (
              <Text size="sm" c="red">
                {t(at('options'))}
              </Text>
            )}
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={() => set({ options: [...options, blankChoice()] })}>
                {t('evaluations.questionnaires.addChoice')}
              </Button>
            </Group>
          </Stack>
        )}
        {q.type === 'grid' && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('evaluations.questionnaires.rows')}
            </Text>
            {rows.map((r, k) => (
              <Group key={k} align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <BilingualInput
                    label={t('evaluations.questionnaires.row', { n: k + 1 })}
                    fr={r.fr ?? ''}
                    ar={r.ar ?? ''}
                    onFr={(v) => set({ gridRows: rows.map((x, j) => (j === k ? { ...x, fr: v } : x)) })}
                    onAr={(v) => set({ gridRows: rows.map((x, j) => (j === k ? { ...x, ar: v } : x)) })}
                  />
                </div>
                {small(t('evaluations.questionnaires.removeRow', { n: k + 1 }), () => set({ gridRows: rows.filter((_, j) => j !== k) }))}
              </Group>
            ))}
            {at('gridRows') && (
              <Text size="sm" c="red">
                {t(at('gridRows'))}
              </Text>
            )}
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={() => set({ gridRows: [...rows, { fr: '', ar: '' }] })}>
                {t('evaluations.questionnaires.addRow')}
              </Button>
            </Group>
          </Stack>
        )}
        {isTest && q.type === 'yes_no' && (
          <Select
            label={t('evaluations.questionnaires.correctValue')}
            w={220}
            clearable
            data={[
              { value: '1', label: t('common.yes') },
              { value: '0', label: t('common.no') },
            ]}
            value={q.correctValue === null || q.correctValue === undefined ? null : String(q.correctValue)}
            onChange={(v) => set({ correctValue: v === null ? null : Number(v) })}
          />
        )}
        {isTest && q.type === 'number' && (
          <NumberInput
            label={t('evaluations.questionnaires.correctValue')}
            dir="ltr"
            w={220}
            value={q.correctValue ?? ''}
            onChange={(v) => set({ correctValue: typeof v === 'number' ? v : null })}
          />
        )}
      </Stack>
    </Paper>
  );
}
