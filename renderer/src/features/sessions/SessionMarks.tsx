import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionRow } from '../../../../api/channels/sessions';
import type { SessionStatus } from '../../../../api/channels/session-enums';
import { joinList } from '../../components/Ltr';
import { SESSION_STATUS_COLOURS } from './session-format';

/** A session's state: its colour and its words. */
export function StatusBadge({ status, size = 'sm' }: { status: SessionStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="light" color={SESSION_STATUS_COLOURS[status]} tt="none" style={{ flexShrink: 0 }} data-status={status}>
      {t(`sessions.statuses.${status}`)}
    </Badge>
  );
}

/** The conflict marker: "⚠" with the kinds of conflict in words (hover, and for screen readers). */
export function ConflictMark({ kinds }: { kinds: SessionRow['conflicts'] }) {
  const { t, i18n } = useTranslation();
  if (!kinds.length) return null;
  const words = t('sessions.conflicts.marker', {
    kinds: joinList(
      [...new Set(kinds)].map((k) => t(`sessions.conflicts.kinds.${k}`)),
      i18n.language,
    ),
  });
  return (
    <Tooltip label={words} withinPortal>
      <Badge size="xs" color="red" variant="filled" tt="none" aria-label={words} data-testid="conflict-mark" style={{ flexShrink: 0 }}>
        ⚠
      </Badge>
    </Tooltip>
  );
}
