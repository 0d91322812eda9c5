import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AttestationContent, attestationVerifyInput, type attestationVerifyOutput } from '../../../../../api/channels/attestations';
import type { z } from 'zod';
import { invoke } from '../../../bridge/bridge';
import { FormDialog } from '../../../components/FormDialog';
import { FormError } from '../../../components/FormError';
import { Ltr, ltr } from '../../../components/Ltr';
import type { Language } from '../../../i18n';
import { formatDate, pickName } from '../../../lib/format';
import { useZodForm } from '../../../lib/form';
import { formatHours } from '../paper/session-format';

type Verdict = z.infer<typeof attestationVerifyOutput>;
const COLOURS = { valid: 'teal', revoked: 'orange', unknown: 'gray', codeMismatch: 'red', altered: 'red' } as const;

/** Opens the check of a paper attestation (from the Partners screen and a session's attestations). */
export function VerifyButton({ variant = 'default' }: { variant?: 'default' | 'light' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {t('attestations.verify.open')}
      </Button>
      {open && <VerifyAttestationDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * The partner's coordinator types the number and the code printed on a paper attestation; the
 * answer is said plainly in both languages (the coordinator may read French, the holder Arabic):
 * valid, revoked (with the reason), unknown, code does not match, content altered; and what the
 * attestation states, so the paper can be compared line by line.
 */
export function VerifyAttestationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(attestationVerifyInput, { number: '', code: '' });
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [busy, setBusy] = useState(false);
  const err = (k: string) => (form.errors[k] ? t(form.errors[k]) : undefined);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    setBusy(true);
    const result = await invoke('attestations.verify', input);
    setBusy(false);
    if (form.showResult(result) && result.ok) setVerdict(result.value);
  };
  return (
    <FormDialog title={t('attestations.verify.title')} size="lg" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('attestations.verify.hint')}
          </Text>
          <Group grow align="flex-start">
            <TextInput
              label={t('attestations.verify.number')}
              placeholder="SAS-2026-0042"
              dir="ltr"
              data-autofocus
              value={form.values.number ?? ''}
              onChange={(e) => (setVerdict(null), form.set('number', e.currentTarget.value))}
              error={err('number')}
            />
            <TextInput
              label={t('attestations.verify.code')}
              placeholder="XXXX-XXXX-XXXX-XXXX"
              dir="ltr"
              value={form.values.code ?? ''}
              onChange={(e) => (setVerdict(null), form.set('code', e.currentTarget.value))}
              error={err('code')}
            />
          </Group>
          <FormError error={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('attestations.verify.check')}
            </Button>
          </Group>
          {verdict && <VerdictText verdict={verdict} />}
        </Stack>
      </form>
    </FormDialog>
  );
}

function VerdictText({ verdict: v }: { verdict: Verdict }) {
  const sentence = (lng: Language) => {
    const t = i18next.getFixedT(lng);
    const where = v.source
      ? v.source.own
        ? t('attestations.verify.own')
        : t('attestations.verify.partner', { commune: pickName(v.source.communeFr, v.source.communeAr, lng) })
      : '';
    const reason =
      v.result === 'revoked' ? t('attestations.verify.revokedReason', { date: formatDate(v.revokedAt), reason: v.revokeReason }) : '';
    return [t(`attestations.verify.results.${v.result}`), where, reason].filter(Boolean).join(' ');
  };
  return (
    <Alert
      color={COLOURS[v.result]}
      role="status"
      title={
        <span lang="fr" dir="ltr">
          {i18next.getFixedT('fr')(`attestations.verify.headline.${v.result}`)}
        </span>
      }
    >
      <Stack gap={4}>
        <Text size="sm" lang="fr" dir="ltr">
          {sentence('fr')}
        </Text>
        <Text size="sm" lang="ar" dir="rtl" fw={600}>
          {i18next.getFixedT('ar')(`attestations.verify.headline.${v.result}`)}
        </Text>
        <Text size="sm" lang="ar" dir="rtl">
          {sentence('ar')}
        </Text>
        {v.content && <Statement content={v.content} />}
      </Stack>
    </Alert>
  );
}

/** What the attestation states (as recorded), to compare with the paper. */
function Statement({ content: c }: { content: AttestationContent }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const n = (fr: string, ar: string) => pickName(fr, ar, lang);
  return (
    <List size="sm" mt="xs" spacing={2}>
      <List.Item>
        {t('attestations.verify.holder')} {n(c.nameFr, c.nameAr)} {c.matricule && <Ltr>({c.matricule})</Ltr>}
      </List.Item>
      <List.Item>
        {t('attestations.verify.course')} {n(c.titleFr, c.titleAr)}{' '}
        <Ltr>
          ({c.courseCode} · {c.sessionCode})
        </Ltr>
      </List.Item>
      <List.Item>
        {t('attestations.verify.dates')}{' '}
        <Ltr>{c.firstDate === c.lastDate ? formatDate(c.firstDate) : `${formatDate(c.firstDate)} – ${formatDate(c.lastDate)}`}</Ltr> ·{' '}
        {t('sessionPaper.hoursValue', { hours: ltr(`${formatHours(c.hoursAttended, lang)} / ${formatHours(c.hours, lang)}`) })}
      </List.Item>
      <List.Item>
        {t('attestations.verify.issued')} <Ltr>{formatDate(c.issuedOn)}</Ltr> · {n(c.communeFr, c.communeAr)}
      </List.Item>
    </List>
  );
}
