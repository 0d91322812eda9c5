import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { Editable } from '../../../components/Editable';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import { type Criterion, CriterionForm } from './CriterionForm';
import { RowActions, StateBadge, activeFirst } from '../../../components/RowActions';

/**
 * The quality checklist for choosing partner associations (the "editable checklist"):
 * each criterion checked per organisation in its Quality tab, weighted in its score.
 */
export function CriteriaList({ onError }: { onError: (error: AppError | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const headingId = useId();
  const criteria = useCall('criteria.list', {});
  // { criterion: null } adds one; a criterion edits it.
  const [editing, setEditing] = useState<{ criterion: Criterion | null } | null>(null);

  const toggle = async (c: Criterion) => {
    const result = await invoke('criteria.setArchived', { id: c.id, archived: !c.archivedAt });
    onError(result.ok ? null : result.error);
  };

  const list = activeFirst(criteria.data ?? []);
  return (
    <Paper withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap" p="sm" bg="var(--mantine-color-gray-0)">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {t('directory.lists.criteria')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('directory.lists.criteriaHint')}
          </Text>
        </div>
        <Editable>
          <Button size="compact-sm" variant="light" onClick={() => setEditing({ criterion: null })}>
            {t('directory.lists.addCriterion')}
          </Button>
        </Editable>
      </Group>
      {list.length ? (
        <Table striped aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.lists.nameFr')}</Table.Th>
              <Table.Th>{t('directory.lists.nameAr')}</Table.Th>
              <Table.Th>{t('directory.lists.weight')}</Table.Th>
              <Table.Th>{t('directory.lists.validity')}</Table.Th>
              <Table.Th>{t('directory.lists.state')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('directory.lists.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((c) => (
              <Table.Tr key={c.id} c={c.archivedAt ? 'dimmed' : undefined}>
                <Table.Td dir="ltr" lang="fr">
                  {c.nameFr}
                </Table.Td>
                <Table.Td dir="rtl" lang="ar">
                  {c.nameAr}
                </Table.Td>
                <Table.Td>{c.weight}</Table.Td>
                <Table.Td>
                  {c.validityMonths == null ? t('directory.lists.noLimit') : t('directory.lists.months', { count: c.validityMonths })}
                </Table.Td>
                <Table.Td>
                  <StateBadge archivedAt={c.archivedAt} />
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={pickName(c.nameFr, c.nameAr, lang) || c.code}
                    archived={Boolean(c.archivedAt)}
                    onEdit={() => setEditing({ criterion: c })}
                    onToggleArchived={() => void toggle(c)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed" p="sm">
          {t('directory.lists.empty')}
        </Text>
      )}
      {editing && <CriterionForm criterion={editing.criterion} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
