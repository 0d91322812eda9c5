import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';
import { pickName } from '../lib/format';
import { Editable } from './Editable';
import { RowActions, StateBadge, activeFirst } from './RowActions';

export interface BilingualItem {
  id: string;
  nameFr: string;
  nameAr: string;
  archivedAt: string | null;
}

interface Props<T extends BilingualItem> {
  title: string;
  addLabel: string;
  items: T[];
  onAdd: () => void;
  onEdit: (item: T) => void;
  onToggleArchived: (item: T) => void;
  /** A line under the title saying what the list is for. */
  hint?: string;
  /** Forms opened from the list (add, edit). */
  children?: ReactNode;
}

/**
 * One editable bilingual list (the directory's domains or quartiers, the staff grades): both
 * names, each in its own direction, the state in words, Edit and Archive / Restore per item.
 * Internal codes are not shown: users know the items by their names.
 */
export function BilingualList<T extends BilingualItem>({
  title,
  addLabel,
  items,
  onAdd,
  onEdit,
  onToggleArchived,
  hint,
  children,
}: Props<T>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const headingId = useId();
  return (
    <Paper withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap" p="sm" bg="var(--mantine-color-gray-0)">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        <Editable>
          <Button size="compact-sm" variant="light" onClick={onAdd}>
            {addLabel}
          </Button>
        </Editable>
      </Group>
      {items.length ? (
        <Table striped aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.nameFr')}</Table.Th>
              <Table.Th>{t('common.nameAr')}</Table.Th>
              <Table.Th>{t('common.state')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activeFirst(items).map((item) => (
              <Table.Tr key={item.id} c={item.archivedAt ? 'dimmed' : undefined}>
                <Table.Td dir="ltr" lang="fr">
                  {item.nameFr}
                </Table.Td>
                <Table.Td dir="rtl" lang="ar">
                  {item.nameAr}
                </Table.Td>
                <Table.Td>
                  <StateBadge archivedAt={item.archivedAt} />
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={pickName(item.nameFr, item.nameAr, lang)}
                    archived={Boolean(item.archivedAt)}
                    onEdit={() => onEdit(item)}
                    onToggleArchived={() => onToggleArchived(item)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed" p="sm">
          {t('common.emptyList')}
        </Text>
      )}
      {children}
    </Paper>
  );
}
