import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { joinList } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import type { EnrolmentChange } from './ParticipantsTab';
import { conflictSentence } from './session-format';

/** What an enrolment change did besides itself: people moved up from or put on the waiting list, and what now collides. */
export function ChangeReport({ change, onClose }: { change: EnrolmentChange; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const names = (people: { nameFr: string; nameAr: string }[]) =>
    joinList(
      people.map((p) => pickName(p.nameFr, p.nameAr, lang)),
      lang,
    );
  const lines = [
    ...(change.promoted.length
      ? [t('sessions.participants.promoted', { count: change.promoted.length, names: names(change.promoted) })]
      : []),
    ...(change.waitlisted.length
      ? [t('sessions.participants.putOnWaitlist', { count: change.waitlisted.length, names: names(change.waitlisted) })]
      : []),
    ...change.warnings.map((c) => conflictSentence(c, t, lang)),
  ];
  if (!lines.length) return null;
  return (
    <Alert
      color={change.warnings.length ? 'orange' : 'blue'}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('common.close')}
      role="status"
      data-testid="change-report"
    >
      <List size="sm" spacing={2}>
        {lines.map((l, i) => (
          <List.Item key={i}>{l}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
