import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Editable } from './Editable';

/** Active or archived, said in words (not by colour alone); never cut short when the table is narrow. */
export function StateBadge({ archivedAt }: { archivedAt: string | null }) {
  const { t } = useTranslation();
  const whole = { minWidth: 'max-content' };
  return archivedAt ? (
    <Badge color="gray" style={whole}>
      {t('common.archived')}
    </Badge>
  ) : (
    <Badge variant="light" color="teal" style={whole}>
      {t('common.active')}
    </Badge>
  );
}

interface Props {
  /** The item's name in the interface language, so each button says what it acts on. */
  name: string;
  archived: boolean;
  onEdit: () => void;
  onToggleArchived: () => void;
}

/**
 * Edit and Archive / Restore for one list item. Items are archived, never deleted: organisations
 * and checks keep pointing at them, and an archived item only leaves the choices offered.
 * Hidden on a read-only dataset (a partner's copy).
 */
export function RowActions({ name, archived, onEdit, onToggleArchived }: Props) {
  const { t } = useTranslation();
  return (
    <Editable>
      <Group gap={4} wrap="nowrap" justify="flex-end">
        <Button size="compact-sm" variant="subtle" onClick={onEdit} aria-label={t('common.editNamed', { name })}>
          {t('common.edit')}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color={archived ? 'teal' : 'gray'}
          onClick={onToggleArchived}
          aria-label={t(archived ? 'common.restoreNamed' : 'common.archiveNamed', { name })}
        >
          {t(archived ? 'common.restore' : 'common.archive')}
        </Button>
      </Group>
    </Editable>
  );
}

/** Archived items after the active ones, each group in the core's order. */
export const activeFirst = <T extends { archivedAt: string | null }>(items: T[]): T[] =>
  [...items].sort((a, b) => Number(Boolean(a.archivedAt)) - Number(Boolean(b.archivedAt)));
