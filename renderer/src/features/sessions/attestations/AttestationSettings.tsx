import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Settings, type Signatory, settingsUpdate } from '../../../../../api/channels/settings';
import { invoke } from '../../../bridge/bridge';
import { Editable, EditableFields } from '../../../components/Editable';
import { FormError } from '../../../components/FormError';
import { useZodForm } from '../../../lib/form';

const MAX_SIGNATORIES = 3;
const EMPTY: Signatory = { nameFr: '', nameAr: '', titleFr: '', titleAr: '' };

/** The zones the runtime knows, Africa/Casablanca first (the default), then the rest in order. */
function zones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['Africa/Casablanca', ...all.filter((z) => z !== 'Africa/Casablanca')];
}
const ZONES = zones();

/**
 * Settings for sessions and attestations: the installation's time zone (sessions are typed in
 * the commune's local time; the zone places them in the year, Ramadan's change of offset
 * included) and up to three signatories, named in both scripts, copied into each attestation.
 */
export function AttestationSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useZodForm(settingsUpdate, {
    timeZone: settings.timeZone || 'Africa/Casablanca',
    signatories: settings.signatories,
  });
  const signatories = form.values.signatories ?? [];
  const err = (key: string) => (form.errors[key] ? t(form.errors[key]) : undefined);
  const setSignatory = (i: number, key: keyof Signatory, value: string) => {
    setSaved(false);
    form.set(
      'signatories',
      signatories.map((s, k) => (k === i ? { ...s, [key]: value } : s)),
    );
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    // Lines left entirely blank are not signatories.
    const cleaned = { ...input, signatories: input.signatories?.filter((s) => s.nameFr || s.nameAr || s.titleFr || s.titleAr) };
    setSaved(form.showResult(await invoke('settings.update', cleaned)));
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-attestations">
      <form onSubmit={submit} noValidate>
        <EditableFields>
          <Stack>
            <Title order={3} id="settings-attestations">
              {t('attestations.settings.title')}
            </Title>
            <Select
              label={t('attestations.settings.timeZone')}
              description={t('attestations.settings.timeZoneHint')}
              name="timeZone"
              maw={420}
              searchable
              data={ZONES}
              value={form.values.timeZone ?? null}
              onChange={(v) => v && (setSaved(false), form.set('timeZone', v))}
              allowDeselect={false}
              error={err('timeZone')}
              styles={{ input: { direction: 'ltr' } }}
            />
            <div>
              <Text fw={600}>{t('attestations.settings.signatories')}</Text>
              <Text size="sm" c="dimmed">
                {t('attestations.settings.signatoriesHint')}
              </Text>
            </div>
            {signatories.map((s, i) => (
              <Stack key={i} gap={4} component="fieldset" style={{ border: 'none', padding: 0, margin: 0 }}>
                <Group justify="space-between">
                  <Text component="legend" size="sm" fw={600}>
                    {t('attestations.settings.signatory', { n: i + 1 })}
                  </Text>
                  <Editable>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('attestations.settings.remove', { n: i + 1 })}
                      onClick={() => (
                        setSaved(false),
                        form.set(
                          'signatories',
                          signatories.filter((_, k) => k !== i),
                        )
                      )}
                    >
                      ×
                    </ActionIcon>
                  </Editable>
                </Group>
                <Group grow align="flex-start">
                  <TextInput
                    label={t('attestations.settings.nameFr')}
                    dir="ltr"
                    lang="fr"
                    value={s.nameFr ?? ''}
                    onChange={(e) => setSignatory(i, 'nameFr', e.currentTarget.value)}
                    error={err(`signatories.${i}.nameFr`)}
                  />
                  <TextInput
                    label={t('attestations.settings.nameAr')}
                    dir="rtl"
                    lang="ar"
                    value={s.nameAr ?? ''}
                    onChange={(e) => setSignatory(i, 'nameAr', e.currentTarget.value)}
                    error={err(`signatories.${i}.nameAr`)}
                  />
                </Group>
                <Group grow align="flex-start">
                  <TextInput
                    label={t('attestations.settings.titleFr')}
                    dir="ltr"
                    lang="fr"
                    value={s.titleFr ?? ''}
                    onChange={(e) => setSignatory(i, 'titleFr', e.currentTarget.value)}
                    error={err(`signatories.${i}.titleFr`)}
                  />
                  <TextInput
                    label={t('attestations.settings.titleAr')}
                    dir="rtl"
                    lang="ar"
                    value={s.titleAr ?? ''}
                    onChange={(e) => setSignatory(i, 'titleAr', e.currentTarget.value)}
                    error={err(`signatories.${i}.titleAr`)}
                  />
                </Group>
              </Stack>
            ))}
            {signatories.length < MAX_SIGNATORIES && (
              <Editable>
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    onClick={() => (setSaved(false), form.set('signatories', [...signatories, { ...EMPTY }]))}
                  >
                    {t('attestations.settings.add')}
                  </Button>
                </Group>
              </Editable>
            )}
            <FormError error={form.formError} />
            <Group justify="flex-end">
              {saved && (
                <Text size="sm" c="teal.8" role="status">
                  {t('settingsPage.saved')}
                </Text>
              )}
              <Editable>
                <Button type="submit">{t('common.save')}</Button>
              </Editable>
            </Group>
          </Stack>
        </EditableFields>
      </form>
    </Paper>
  );
}
