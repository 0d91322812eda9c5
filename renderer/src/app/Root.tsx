import { Center, Loader, Alert, useDirection } from '@mantine/core';
import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall, useChangeEvents, useDataset } from '../bridge/queries';
import { setLanguage } from '../i18n';
import { queryErrorSentence } from '../lib/errors';
import { Shell } from './Shell';

// Shown once, on a new installation: its form (and the contract's schemas it validates with) is not loaded otherwise.
const SetupScreen = lazy(() => import('../features/setup/SetupScreen').then((m) => ({ default: m.SetupScreen })));

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

  const loader = (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
  if (info.isPending) return loader;
  if (info.isError) {
    return (
      <Center h="100vh">
        <Alert color="red" role="alert">
          {queryErrorSentence(t, info.error)}
        </Alert>
      </Center>
    );
  }
  if (!info.data.setupDone && !info.data.readOnly) {
    return (
      <Suspense fallback={loader}>
        <SetupScreen />
      </Suspense>
    );
  }
  return <Shell />;
}
