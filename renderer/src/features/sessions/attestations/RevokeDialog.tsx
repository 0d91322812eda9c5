import { Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Attestation, attestationRevoke } from '../../../../../api/channels/attestations';
import { invoke } from '../../../bridge/bridge';
import { FormDialog } from '../../../components/FormDialog';
import { ltr } from '../../../components/Ltr';
import { RecordForm } from '../../../components/RecordForm';
import { useRecordForm } from '../../../components/useRecordForm';

/** Revokes an attestation with a reason: it stays numbered (no gap) and a check of its code then says "revoked", with the reason. */
export function RevokeDialog({ attestation, onClose }: { attestation: Attestation; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog title={t('attestations.revokeTitle', { number: ltr(attestation.number) })} onClose={onClose}>
      <RevokeFields attestation={attestation} onClose={onClose} />
    </FormDialog>
  );
}

function RevokeFields({ attestation, onClose }: { attestation: Attestation; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useRecordForm(
    attestationRevoke,
    { id: attestation.id, reason: '' },
    { save: (input) => invoke('attestations.revoke', input), onSaved: onClose },
  );
  return (
    <RecordForm form={form} onCancel={onClose}>
      <Stack gap="xs">
        <Text size="sm">{t('attestations.revokeText')}</Text>
        <Textarea
          label={t('attestations.reason')}
          required
          autosize
          minRows={2}
          data-autofocus
          value={form.values.reason ?? ''}
          onChange={(e) => form.set('reason', e.currentTarget.value)}
          error={form.errors.reason ? t(form.errors.reason) : undefined}
        />
      </Stack>
    </RecordForm>
  );
}
