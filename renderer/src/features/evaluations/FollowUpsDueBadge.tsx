import { Badge, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { joinList } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatNumber } from '../../lib/format';

const NOTE_ID = 'follow-ups-due-note';

/**
 * The count of level-3 follow-ups due, beside "Évaluations" in the navigation: seen from the
 * home screen (and every other), so the managers' follow-ups are chased without anyone having to
 * remember. One cached call; red when some are overdue; nothing when none is due.
 *
 * The number is hidden from the link's name (the link still reads "Évaluations", as the other
 * screens' links read their names) and said in a sentence beside the link, its description.
 */
export function useFollowUpsDueNav(): { badge: ReactNode; note: ReactNode; describedBy: string | undefined } {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const due = useCall('followUps.list', { status: 'due' });
  const count = due.data?.length ?? 0;
  if (!count) return { badge: null, note: null, describedBy: undefined };
  const overdue = due.data!.filter((r) => r.overdue).length;
  // Arabic joins the two with its own comma «،».
  const sentence = joinList(
    [
      t('evaluations.navDue', { count, formatted: formatNumber(count, lang) }),
      overdue ? t('evaluations.navOverdue', { formatted: formatNumber(overdue, lang) }) : '',
    ],
    lang,
  );
  return {
    badge: (
      <Badge size="sm" color={overdue ? 'red' : 'orange'} aria-hidden data-testid="follow-ups-due" title={sentence}>
        {formatNumber(count, lang)}
      </Badge>
    ),
    note: <VisuallyHidden id={NOTE_ID}>{sentence}</VisuallyHidden>,
    describedBy: NOTE_ID,
  };
}
