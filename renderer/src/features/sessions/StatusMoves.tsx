import { Alert, Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../api/channels/sessions';
import { SESSION_REASON_NEEDED, SESSION_TRANSITIONS, type SessionStatus } from '../../../../api/channels/session-enums';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useReadOnly } from '../../components/Editable';
import { errorSentence } from '../../lib/errors';

/**
 * The moves the session's state allows (SESSION_TRANSITIONS), in a menu. Postponing and
 * cancelling ask a reason first; a move the data core refuses (closing with outcomes pending)
 * is said in its words.
 */
export function StatusMoves({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [asking, setAsking] = useState<SessionStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const moves = SESSION_TRANSITIONS[session.status];
  if (readOnly || !moves.length) return null;

  const move = async (status: SessionStatus, why = '') => {
    setBusy(true);
    const r = await invoke('sessions.setStatus', { id: session.id, status, reason: why });
    setBusy(false);
    if (r.ok) {
      setAsking(null);
      setReason('');
      setError(null);
    } else setError(r.error);
  };
  const choose = (status: SessionStatus) => {
    setError(null);
    if (SESSION_REASON_NEEDED.includes(status)) setAsking(status);
    else void move(status);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-sm" loading={busy && !asking}>
            {t('sessions.moves.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {moves.map((m) => (
            <Menu.Item key={m} color={m === 'cancelled' ? 'red' : undefined} onClick={() => choose(m)}>
              {t(`sessions.moves.to.${m}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={asking ? t(`sessions.moves.to.${asking}`) : ''}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (asking) void move(asking, reason.trim());
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('sessions.moves.reason')}
              description={t('sessions.moves.reasonHint')}
              required
              autosize
              minRows={2}
              data-autofocus
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            {error && (
              <Alert color="red" role="alert">
                {errorSentence(t, error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy} color={asking === 'cancelled' ? 'red' : undefined}>
                {t('sessions.moves.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Modal opened={error !== null && asking === null} onClose={() => setError(null)} title={t('sessions.moves.refused')}>
        <Stack gap="sm">
          <Text size="sm" role="alert">
            {errorSentence(t, error)}
          </Text>
          <Group justify="flex-end">
            <Button onClick={() => setError(null)}>{t('common.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
