import { Alert, Badge, Button, Checkbox, Code, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import type { Attestation } from '../../../../../api/channels/attestations';
import type { SessionDetail } from '../../../../../api/channels/sessions';
import { SEATED } from '../../../../../api/channels/session-enums';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { Editable } from '../../../components/Editable';
import { Empty } from '../../../components/Empty';
import { FormError } from '../../../components/FormError';
import { Ltr } from '../../../components/Ltr';
import { PrintMenu } from '../../../components/PrintMenu';
import type { Language } from '../../../i18n';
import { formatNumber, pickName } from '../../../lib/format';
import { queryErrorSentence } from '../../../lib/errors';
import { attestationsHref } from '../paper/paper-options';
import { formatHours, formatRate, sortByName } from '../paper/session-format';
import { RevokeDialog } from './RevokeDialog';
import { VerifyButton } from './VerifyAttestationDialog';

/**
 * The attestations of a session: who reached the attendance needed (and passed, where a test
 * was planned), issuing them for every eligible participant or those ticked, the numbers and
 * verification codes issued, printing the batch or one, and revoking one with a reason.
 */
export function AttestationsTab({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const enrolments = useCall('enrolments.list', { sessionId: session.id });
  const attestations = useCall('attestations.list', { sessionId: session.id, enrolmentIds: [] });
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<{ issued: number; skipped: number } | null>(null);
  const [revoking, setRevoking] = useState<Attestation | null>(null);

  const failed = enrolments.error ?? attestations.error;
  if (failed) return <Alert color="red">{queryErrorSentence(t, failed)}</Alert>;
  if (!enrolments.data || !attestations.data) return <Loader aria-label={t('common.loading')} />;

  const byEnrolment = new Map(attestations.data.map((a) => [a.enrolmentId, a]));
  const rows = sortByName(
    enrolments.data.filter((e) => SEATED.includes(e.status) || byEnrolment.has(e.id)),
    lang,
  );
  // Eligible and without a valid attestation: a revoked one may be issued again.
  const issuable = rows.filter((e) => e.eligible && !(byEnrolment.get(e.id) && !byEnrolment.get(e.id)!.revokedAt));
  const valid = attestations.data.filter((a) => !a.revokedAt);

  const issue = async (enrolmentIds: string[]) => {
    setBusy(true);
    const result = await invoke('attestations.issue', { sessionId: session.id, enrolmentIds });
    setBusy(false);
    if (result.ok) {
      setError(null);
      setSelected([]);
      setOutcome({ issued: result.value.issued.length, skipped: result.value.skipped.length });
    } else setError(result.error);
  };

  if (!rows.length) return <Empty title={t('attestations.empty')} hint={t('attestations.emptyHint')} />;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('attestations.rule', { rate: formatNumber(session.attendanceRequired, lang) })}
        {session.testPlanned ? ` ${t('attestations.ruleTest')}` : ''}
      </Text>
      <Group justify="space-between">
        <Editable>
          <Group gap="xs">
            <Button onClick={() => void issue([])} loading={busy} disabled={!issuable.length}>
              {t('attestations.issueAll', { count: issuable.length })}
            </Button>
            <Button variant="default" onClick={() => void issue(selected)} disabled={!selected.length || busy}>
              {t('attestations.issueSelected', { count: selected.length })}
            </Button>
          </Group>
        </Editable>
        <Group gap="xs">
          <VerifyButton />
          {valid.length > 0 && (
            <PrintMenu label={t('attestations.printAll', { count: valid.length })} both href={(l) => attestationsHref(session.id, l)} />
          )}
        </Group>
      </Group>
      {outcome && (
        <Alert color="teal" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setOutcome(null)}>
          {t('attestations.issued', { count: outcome.issued })}
          {outcome.skipped ? ` ${t('attestations.skipped', { count: outcome.skipped })}` : ''}
        </Alert>
      )}
      <FormError error={error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>{t('attestations.participant')}</Table.Th>
              <Table.Th>{t('attestations.attendance')}</Table.Th>
              <Table.Th>{t('attestations.eligibility')}</Table.Th>
              <Table.Th>{t('attestations.number')}</Table.Th>
              <Table.Th>{t('attestations.code')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => {
              const a = byEnrolment.get(e.id);
              const name = pickName(e.nameFr, e.nameAr, lang);
              const canPick = issuable.includes(e);
              return (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    {canPick && (
                      <Checkbox
                        aria-label={t('attestations.select', { name })}
                        checked={selected.includes(e.id)}
                        onChange={(ev) => setSelected((s) => (ev.currentTarget.checked ? [...s, e.id] : s.filter((x) => x !== e.id)))}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    {formatHours(e.hoursAttended, lang)} h · {formatRate(e.attendanceRate, lang)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={e.eligible ? 'teal' : 'gray'}>
                      {t(e.eligible ? 'attestations.eligible' : 'attestations.notEligible')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {a ? (
                      <>
                        <Ltr>{a.number}</Ltr>
                        {a.revokedAt && (
                          <Badge ms={6} color="red" variant="light" title={a.revokeReason}>
                            {t('attestations.revoked')}
                          </Badge>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>{a ? <Code dir="ltr">{a.verificationCode}</Code> : ''}</Table.Td>
                  <Table.Td>
                    {a && (
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <PrintMenu label={t('attestations.printOne')} both href={(l) => attestationsHref(session.id, l, [a.id])} />
                        {!a.revokedAt && (
                          <Editable>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() => setRevoking(a)}
                              aria-label={t('attestations.revokeNamed', { name })}
                            >
                              {t('attestations.revoke')}
                            </Button>
                          </Editable>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {revoking && <RevokeDialog attestation={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}
