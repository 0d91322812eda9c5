import { Button, Center, Checkbox, Paper, Radio, SegmentedControl, Stack, Text, TextInput, Title, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setupInput } from '../../../../api/channels/settings';
import { invoke } from '../../bridge/bridge';
import { refreshAfter, useCall } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import { type Language, setLanguage } from '../../i18n';
import { useZodForm } from '../../lib/form';

/** First run: the commune, the interface language, the role and who is working here. */
export function SetupScreen() {
  const { t, i18n } = useTranslation();
  const form = useZodForm(setupInput, {
    communeFr: '',
    communeAr: '',
    role: 'sas',
    operatorName: '',
    language: (i18n.language as Language) || 'fr',
  });
  const [demo, setDemo] = useState(false);
  // Demo data goes into an empty database only (a restored backup, a copied file already hold records).
  const canLoadDemo = useCall('app.info', {}).data?.isEmpty === true;
  const [busy, setBusy] = useState(false);
  const { values, set, errors } = form;

  const chooseLanguage = (lang: Language) => {
    set('language', lang);
    void setLanguage(lang);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    setBusy(true);
    if (demo && canLoadDemo) {
      const loaded = await invoke('demo.load', { scale: 'commune' });
      if (!loaded.ok && loaded.error.code !== 'conflict') {
        setBusy(false);
        form.showResult(loaded);
        return;
      }
    }
    const result = await invoke('settings.setup', input);
    setBusy(false);
    if (form.showResult(result)) refreshAfter(['settings', 'staff', 'units', 'jobProfiles', 'competencies']);
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={560} component="main">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('setup.title')}
            </Title>
            <Text c="dimmed">{t('setup.intro')}</Text>
            <div>
              <Text component="label" id="setup-language" size="sm" fw={500}>
                {t('settings.language')}
              </Text>
              <SegmentedControl
                fullWidth
                aria-labelledby="setup-language"
                value={values.language}
                onChange={(v) => chooseLanguage(v as Language)}
                data={[
                  { value: 'fr', label: 'Français' },
                  { value: 'ar', label: 'العربية' },
                ]}
              />
            </div>
            <Group grow align="flex-start">
              <TextInput
                label={t('settings.communeFr')}
                value={values.communeFr}
                onChange={(e) => set('communeFr', e.currentTarget.value)}
                error={errors.communeFr && t(errors.communeFr)}
                dir="ltr"
                name="communeFr"
              />
              <TextInput
                label={t('settings.communeAr')}
                value={values.communeAr}
                onChange={(e) => set('communeAr', e.currentTarget.value)}
                error={errors.communeAr && t(errors.communeAr)}
                dir="rtl"
                name="communeAr"
              />
            </Group>
            <TextInput
              label={t('settings.operatorName')}
              description={t('settings.operatorHint')}
              value={values.operatorName}
              onChange={(e) => set('operatorName', e.currentTarget.value)}
              error={errors.operatorName && t(errors.operatorName)}
              withAsterisk
              name="operatorName"
            />
            <Radio.Group label={t('settings.role')} value={values.role} onChange={(v) => set('role', v as 'sas' | 'coordinator')}>
              <Stack gap="xs" mt="xs">
                <Radio value="sas" label={t('settings.roles.sas')} />
                <Radio value="coordinator" label={t('settings.roles.coordinator')} />
              </Stack>
            </Radio.Group>
            {canLoadDemo && (
              <Checkbox
                label={t('setup.loadDemo')}
                description={t('setup.loadDemoHint')}
                checked={demo}
                onChange={(e) => setDemo(e.currentTarget.checked)}
              />
            )}
            <FormError error={form.formError} />
            <Button type="submit" loading={busy}>
              {t('setup.start')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
