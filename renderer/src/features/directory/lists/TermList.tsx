import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { Editable } from '../../../components/Editable';
import type { Language } from '../../../i18n';
import { pickName } from '../../../lib/format';
import type { Term, TermKind } from '../terms';
import { RowActions, StateBadge, activeFirst } from './RowActions';
import { TermForm } from './TermForm';

interface Props {
  kind: TermKind;
  terms: Term[];
  onError: (error: AppError | null) => void;
}

/** One bilingual list (domains, publics, languages or legal statuses): both names, state, actions. */
export function TermList({ kind, terms, onError }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const headingId = useId();
  // { term: null } adds a term; a term edits it.
  const [editing, setEditing] = useState<{ term: Term | null } | null>(null);
  const title = t(`directory.lists.kinds.${kind}`);

  const toggle = async (term: Term) => {
    const result = await invoke('terms.setArchived', { id: term.id, archived: !term.archivedAt });
    onError(result.ok ? null : result.error);
  };

  return (
    <Paper withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap" p="sm" bg="var(--mantine-color-gray-0)">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        <Editable>
          <Button size="compact-sm" variant="light" onClick={() => setEditing({ term: null })}>
            {t(`directory.lists.add.${kind}`)}
          </Button>
        </Editable>
      </Group>
      {terms.length ? (
        <Table striped aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.lists.nameFr')}</Table.Th>
              <Table.Th>{t('directory.lists.nameAr')}</Table.Th>
              <Table.Th>{t('directory.lists.state')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('directory.lists.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activeFirst(terms).map((term) => (
              <Table.Tr key={term.id} c={term.archivedAt ? 'dimmed' : undefined}>
                <Table.Td dir="ltr" lang="fr">
                  {term.nameFr}
                  <Text span size="xs" c="dimmed" ms={6}>
                    {term.code}
                  </Text>
                </Table.Td>
                <Table.Td dir="rtl" lang="ar">
                  {term.nameAr}
                </Table.Td>
                <Table.Td>
                  <StateBadge archivedAt={term.archivedAt} />
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={pickName(term.nameFr, term.nameAr, lang) || term.code}
                    archived={Boolean(term.archivedAt)}
                    onEdit={() => setEditing({ term })}
                    onToggleArchived={() => void toggle(term)}
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
      {editing && <TermForm kind={kind} term={editing.term} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
