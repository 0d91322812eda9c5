import { Center, Loader, Alert, useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall, useChangeEvents, useDataset } from '../bridge/queries';
import { SetupScreen } from '../features/setup/SetupScreen';
import { setLanguage } from '../i18n';
import { queryErrorSentence } from '../lib/errors';
import { Shell } from './Shell';

/** Loads the installation's state, applies its language, and shows setup or the app. */
export function Root() {
  const { t } = useTranslation();
  useChangeEvents();
  const info = useCall('app.info', {});
  const { setDirection } = useDirection();
  // A partner's dataset carries the partner's language: the user keeps reading in their own.
  const own = useDataset() === 'own';
  const language = own ? info.data?.language : undefined;

  useEffect(() => {
    if (!language) return;
    void setLanguage(language);
    setDirection(language === 'ar' ? 'rtl' : 'ltr');
  }, [language, setDirection]);

  if (info.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (info.isError) {
    return (
      <Center h="100vh">
        <Alert color="red" role="alert">
          {queryErrorSentence(t, info.error)}
        </Alert>
      </Center>
    );
  }
  if (!info.data.setupDone && !info.data.readOnly) return <SetupScreen />;
  return <Shell />;
}
