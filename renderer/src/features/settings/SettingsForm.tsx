import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, ROLES, type Settings, settingsUpdate } from '../../../../api/channels/settings';
import { invoke } from '../../bridge/bridge';
import { FormError } from '../../components/FormError';
import { useZodForm } from '../../lib/form';
import { Editable, EditableFields } from '../../components/Editable';

const LANGUAGE_NAMES = { fr: 'Français', ar: 'العربية' } as const;

/** Commune, operator, role and language. A new language re-renders the whole app (see Root). */
export function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useZodForm(settingsUpdate, {
    communeFr: settings.communeFr,
    communeAr: settings.communeAr,
    operatorName: settings.operatorName,
    role: settings.role,
    language: settings.language,
  });
  const { values, errors } = form;
  const set: typeof form.set = (key, value) => (setSaved(false), form.set(key, value));
  const err = (key: string) => (errors[key] ? t(errors[key]) : undefined);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    setSaved(form.showResult(await invoke('settings.update', input)));
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-general">
      <form onSubmit={submit} noValidate>
        <EditableFields>
          <Stack>
            <Title order={3} id="settings-general">
              {t('settingsPage.general')}
            </Title>
            <Group grow align="flex-start">
              <TextInput
                label={t('settings.communeFr')}
                name="communeFr"
                dir="ltr"
                lang="fr"
                value={values.communeFr ?? ''}
                onChange={(e) => set('communeFr', e.currentTarget.value)}
                error={err('communeFr')}
              />
              <TextInput
                label={t('settings.communeAr')}
                name="communeAr"
                dir="rtl"
                lang="ar"
                value={values.communeAr ?? ''}
                onChange={(e) => set('communeAr', e.currentTarget.value)}
                error={err('communeAr')}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('settings.operatorName')}
                description={t('settings.operatorHint')}
                name="operatorName"
                value={values.operatorName ?? ''}
                onChange={(e) => set('operatorName', e.currentTarget.value)}
                error={err('operatorName')}
              />
              <Select
                label={t('settings.role')}
                name="role"
                data={ROLES.map((r) => ({ value: r, label: t(`settings.roles.${r}`) }))}
                value={values.role ?? null}
                onChange={(v) => v && set('role', v as Settings['role'])}
                allowDeselect={false}
                error={err('role')}
              />
            </Group>
            <Select
              label={t('settings.language')}
              name="language"
              maw={300}
              data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              value={values.language ?? null}
              onChange={(v) => v && set('language', v as Settings['language'])}
              allowDeselect={false}
            />
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
