import { DirectionProvider, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/ar-ma';
import 'dayjs/locale/fr';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../bridge/queries';
import { Root } from './Root';
import { cssVariablesResolver, makeTheme } from './theme';

export function App() {
  const { t, i18n } = useTranslation();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the theme's words change with the language
  const theme = useMemo(() => makeTheme(t), [t, i18n.language]);
  return (
    <DirectionProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        {/* Month names in the interface language; ar-ma writes Western digits, as the app does. */}
        <DatesProvider settings={{ locale: i18n.language === 'ar' ? 'ar-ma' : 'fr', firstDayOfWeek: 1 }}>
          <QueryClientProvider client={queryClient}>
            <Root />
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
