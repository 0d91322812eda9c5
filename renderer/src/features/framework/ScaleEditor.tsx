import { Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ScaleLevel, scaleUpdate } from '../../../../api/channels/competencies';
import { invoke } from '../../bridge/bridge';
import { FormError } from '../../components/FormError';
import type { Language } from '../../i18n';
import { useZodForm } from '../../lib/form';
import { pickName } from '../../lib/format';
import { Editable, EditableFields } from '../../components/Editable';

type TextKey = 'nameFr' | 'nameAr' | 'descriptorFr' | 'descriptorAr';
const MAX_LEVELS = 10;

/**
 * The proficiency scale as one editable table. Levels are numbered by their position (the
 * contract wants 1, 2, 3… without gaps), so they are added and removed at the end only.
 */
export function ScaleEditor({ levels, proficientLevel }: { levels: ScaleLevel[]; proficientLevel: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const initial = { levels, proficientLevel };
  const form = useZodForm(scaleUpdate, initial);
  const { values, set, errors } = form;
  const [saved, setSaved] = useState(false);
  const rows = values.levels;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  const edit = (i: number, key: TextKey, v: string) => {
    setSaved(false);
    set(
      'levels',
      rows.map((l, j) => (j === i ? { ...l, [key]: v } : l)),
    );
  };
  const add = () => set('levels', [...rows, { level: rows.length + 1, nameFr: '', nameAr: '', descriptorFr: '', descriptorAr: '' }]);
  const removeLast = () => {
    const next = rows.slice(0, -1);
    set('levels', next);
    if (values.proficientLevel > next.length) set('proficientLevel', next.length);
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    setSaved(form.showResult(await invoke('framework.updateScale', input)));
  };

  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);
  const cell = (i: number, key: TextKey, multiline = false) => {
    const Field = multiline ? Textarea : TextInput;
    const ar = key.endsWith('Ar');
    return (
      <Field
        aria-label={t(`framework.scale.${key}Of`, { level: i + 1 })}
        dir={ar ? 'rtl' : 'ltr'}
        lang={ar ? 'ar' : 'fr'}
        value={rows[i][key] ?? ''}
        onChange={(e) => edit(i, key, e.currentTarget.value)}
        error={err(`levels.${i}.${key}`)}
        {...(multiline ? { autosize: true, minRows: 1, maxRows: 5 } : {})}
      />
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scale-title">
      <form onSubmit={submit} noValidate>
        <EditableFields>
          <Stack>
            <div>
              <Title order={3} id="scale-title">
                {t('framework.scale.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('framework.scale.hint')}
              </Text>
            </div>
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="xs" aria-labelledby="scale-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t('framework.scale.level')}</Table.Th>
                    <Table.Th>{t('framework.scale.nameFr')}</Table.Th>
                    <Table.Th>{t('framework.scale.nameAr')}</Table.Th>
                    <Table.Th>{t('framework.scale.descriptorFr')}</Table.Th>
                    <Table.Th>{t('framework.scale.descriptorAr')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((l, i) => (
                    <Table.Tr key={i}>
                      <Table.Td fw={700} ta="center">
                        {l.level}
                      </Table.Td>
                      <Table.Td>{cell(i, 'nameFr')}</Table.Td>
                      <Table.Td>{cell(i, 'nameAr')}</Table.Td>
                      <Table.Td>{cell(i, 'descriptorFr', true)}</Table.Td>
                      <Table.Td>{cell(i, 'descriptorAr', true)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group gap="xs">
              <Editable>
                <Button variant="light" size="compact-sm" onClick={add} disabled={rows.length >= MAX_LEVELS}>
                  {t('framework.scale.addLevel')}
                </Button>
              </Editable>
              <Editable>
                <Button variant="subtle" color="red" size="compact-sm" onClick={removeLast} disabled={rows.length <= 2}>
                  {t('framework.scale.removeLevel', { level: rows.length })}
                </Button>
              </Editable>
            </Group>
            {errors.levels && (
              <Alert color="red" role="alert">
                {t(errors.levels)}
              </Alert>
            )}
            <Select
              label={t('framework.scale.threshold')}
              description={t('framework.scale.thresholdHint')}
              maw={420}
              data={rows.map((l) => ({ value: String(l.level), label: `${l.level} — ${pickName(l.nameFr, l.nameAr, lang)}` }))}
              value={String(values.proficientLevel)}
              onChange={(v) => v && set('proficientLevel', Number(v))}
              allowDeselect={false}
              error={err('proficientLevel')}
            />
            {/* A conflict refusal names its reason above; the generic banner would say it twice. */}
            {!errors.levels && <FormError error={form.formError} />}
            {saved && !dirty && (
              <Text size="sm" c="teal.8" role="status">
                {t('framework.scale.saved')}
              </Text>
            )}
            <Group justify="flex-end">
              <Editable>
                <Button variant="default" disabled={!dirty} onClick={() => (form.setValues(initial), form.setFormError(null))}>
                  {t('framework.scale.reset')}
                </Button>
              </Editable>
              <Editable>
                <Button type="submit" disabled={!dirty}>
                  {t('framework.scale.save')}
                </Button>
              </Editable>
            </Group>
          </Stack>
        </EditableFields>
      </form>
    </Paper>
  );
}
