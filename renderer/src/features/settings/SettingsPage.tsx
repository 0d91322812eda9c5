import { Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { PageHeader } from '../../components/PageHeader';
import { ReminderSetting } from '../backup/BackupReminder';
import { InstallationKeys } from '../backup/InstallationKeys';
import { AboutSection } from './AboutSection';
import { HistorySection } from '../history/HistorySection';
import { SettingsForm } from './SettingsForm';
import { AttestationSettings } from '../sessions/attestations/AttestationSettings';

/** The installation's settings, what it is, its public keys, demo data for a fresh install, and recent history. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useCall('settings.get', {});
  return (
    <>
      <PageHeader subtitle={t('settingsPage.subtitle')} />
      {!settings.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <Stack gap="xl" maw={900}>
          {/* Restarted when the language changes elsewhere (header switch), so a save never reverts it. */}
          <SettingsForm key={settings.data.language} settings={settings.data} />
          <AttestationSettings settings={settings.data} />
          <AboutSection installationId={settings.data.installationId} />
          {/* The public keys partners need to send backups here and to check ours (issue 4). */}
          <InstallationKeys />
          <ReminderSetting />
          <HistorySection />
        </Stack>
      )}
    </>
  );
}
