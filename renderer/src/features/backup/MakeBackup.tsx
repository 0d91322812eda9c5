import { Alert, Button, Group, MultiSelect, Paper, PasswordInput, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../api/channels/backup';
import type { Output } from '../../../../api/contract';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import type { Language } from '../../i18n';
import { downloadFile } from '../../lib/files';
import { CopyText } from './CopyText';
import { countsText, formatSize, passphraseStrength } from './format';

const STRENGTH_COLOR = { weak: 'red', fair: 'orange', good: 'teal', strong: 'green' } as const;

/**
 * Makes a backup to a passphrase (typed twice, with a strength hint and the warning that a lost
 * passphrase cannot be recovered) or to partners' keys; then says where it is and offers a copy.
 */
export function MakeBackup() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const recipients = useCall('recipients.list', {});
  const [to, setTo] = useState<'passphrase' | 'recipients'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [profile, setProfile] = useState<Profile>('complete');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [made, setMade] = useState<Output<'backup.create'> | null>(null);
  const strength = passphraseStrength(passphrase);

  const run = async () => {
    setError(null);
    setFieldError(null);
    if (to === 'passphrase' && passphrase !== again) return setFieldError('backup.make.mismatch');
    setBusy(true);
    setMade(null);
    const result = await invoke('backup.create', to === 'passphrase' ? { passphrase, profile } : { recipients: chosen, profile });
    setBusy(false);
    if (!result.ok) {
      const issue = result.error.issues?.[0]?.message;
      return issue ? setFieldError(issue) : setError(result.error);
    }
    setMade(result.value);
    setPassphrase('');
    setAgain('');
  };

  const download = async () => {
    if (!made) return;
    const file = await invoke('backup.download', { path: made.path });
    if (file.ok) downloadFile({ ...file.value, mimeType: 'application/octet-stream' });
    else setError(file.error);
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          {t('backup.make.title')}
        </Title>
        <SegmentedControl
          aria-label={t('backup.make.to')}
          value={to}
          onChange={(v) => (setTo(v as typeof to), setFieldError(null))}
          data={[
            { value: 'passphrase', label: t('backup.make.toPassphrase') },
            { value: 'recipients', label: t('backup.make.toRecipients') },
          ]}
          w="fit-content"
        />
        {to === 'passphrase' ? (
          <>
            <Alert color="orange" variant="light">
              {t('backup.make.warning')}
            </Alert>
            <Group grow align="flex-start">
              <PasswordInput
                label={t('backup.make.passphrase')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                autoComplete="new-password"
                error={fieldError && fieldError !== 'backup.make.mismatch' ? t(fieldError) : undefined}
              />
              <PasswordInput
                label={t('backup.make.passphraseAgain')}
                value={again}
                onChange={(e) => setAgain(e.currentTarget.value)}
                autoComplete="new-password"
                error={fieldError === 'backup.make.mismatch' ? t(fieldError) : undefined}
              />
            </Group>
            {passphrase && (
              <Stack gap={4}>
                <Progress value={strength.score} color={STRENGTH_COLOR[strength.level]} size="sm" aria-hidden />
                <Text size="sm">
                  {t('backup.make.strength', {
                    level: t(`backup.make.levels.${strength.level}`),
                    length: strength.length,
                    kinds: strength.kinds,
                  })}
                </Text>
              </Stack>
            )}
          </>
        ) : (
          <MultiSelect
            label={t('backup.make.recipients')}
            description={recipients.data?.length ? t('backup.make.recipientsHint') : t('backup.make.noRecipients')}
            data={(recipients.data ?? []).map((r) => ({ value: r.recipient, label: r.label }))}
            value={chosen}
            onChange={setChosen}
            error={fieldError ? t(fieldError) : undefined}
            searchable
          />
        )}
        <SegmentedControl
          aria-label={t('backup.make.profile')}
          value={profile}
          onChange={(v) => setProfile(v as Profile)}
          data={[
            { value: 'complete', label: t('backup.make.profiles.complete') },
            { value: 'no-contacts', label: t('backup.make.profiles.no-contacts') },
            { value: 'aggregates', label: t('backup.make.profiles.aggregates') },
          ]}
          w="fit-content"
        />
        <Text size="sm" c="dimmed">
          {t(profile === 'aggregates' ? 'backup.make.aggregatesHint' : 'backup.make.profileHint')}
        </Text>
        {/* Moroccan law 09-08: personal data sent abroad needs the CNDP's authorisation; said where the profile is chosen. */}
        {profile !== 'aggregates' && (
          <Text size="sm" fw={500}>
            {t('backup.make.abroadWarning')}
          </Text>
        )}
        <FormError error={error} />
        <Group>
          <Button onClick={() => void run()} loading={busy}>
            {t('backup.make.run')}
          </Button>
        </Group>
        {busy && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('backup.make.running')}</Text>
            <Progress value={100} animated striped aria-label={t('backup.make.running')} />
          </Stack>
        )}
        {made && (
          <Alert color="green" role="status">
            <Stack gap="xs">
              {/* A plain bold line, not the Alert title: the green title text fails contrast. */}
              <Text fw={700}>{t('backup.make.done')}</Text>
              <CopyText label={t('backup.make.path')} value={made.path} copyLabel={t('backup.make.copyPath')}>
                <Button size="compact-xs" variant="light" onClick={() => void download()}>
                  {t('backup.make.download')}
                </Button>
              </CopyText>
              <Text size="sm">
                {t('backup.make.size')} : {formatSize(made.size, t, lang)} — {t('backup.make.counts')} : {countsText(made.counts, t, lang)}
              </Text>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
