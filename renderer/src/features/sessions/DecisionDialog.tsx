import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../../api/channels/sessions';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';

export interface Decision {
  status: 'approved' | 'declined';
  rows: Enrolment[];
}

/**
 * Approving asks who approved (the unit's head, the association's president: prefilled with the
 * first row's approver); declining also asks why.
 */
export function DecisionDialog({
  decision,
  onClose,
  run,
}: {
  decision: Decision;
  onClose: () => void;
  run: (decidedBy: string, reason: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const first = decision.rows[0];
  const [decidedBy, setDecidedBy] = useState(first ? pickName(first.approverFr, first.approverAr, lang) : '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const declining = decision.status === 'declined';
  return (
    <Modal opened onClose={onClose} title={t(declining ? 'sessions.participants.declineTitle' : 'sessions.participants.approveTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          void run(decidedBy.trim(), reason.trim()).finally(() => setBusy(false));
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('sessions.participants.decisionFor', { count: decision.rows.length, n: formatNumber(decision.rows.length, lang) })}
          </Text>
          <TextInput
            label={t('sessions.participants.decidedByLabel')}
            description={t('sessions.participants.decidedByHint')}
            dir="auto"
            data-autofocus
            value={decidedBy}
            onChange={(e) => setDecidedBy(e.currentTarget.value)}
          />
          {declining && (
            <Textarea
              label={t('sessions.participants.reason')}
              required
              autosize
              minRows={2}
              dir="auto"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={declining ? 'red' : undefined} disabled={declining && !reason.trim()}>
              {t(declining ? 'sessions.participants.decline' : 'sessions.participants.approve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
