import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TERM_KINDS } from '../../../../../api/channels/directory';
import type { AppError } from '../../../../../api/result';
import { FormError } from '../../../components/FormError';
import { useTerms } from '../terms';
import { CriteriaList } from './CriteriaList';
import { TermList } from './TermList';

/**
 * The "Lists and criteria" tab: the bilingual lists the records and facets offer (domains,
 * publics, languages, legal statuses) and the quality checklist, each editable in place.
 * Archived items stay listed (marked) so they can be restored.
 */
export function ListsPanel() {
  const { t } = useTranslation();
  // The same query as the forms and facets use, so an added term is offered there at once.
  const terms = useTerms();
  // An archive / restore refused by the core (read-only data, a vanished item) is said here.
  const [error, setError] = useState<AppError | null>(null);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('directory.lists.intro')}
      </Text>
      <FormError error={error} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {TERM_KINDS.map((kind) => (
          <TermList key={kind} kind={kind} terms={terms.all.filter((term) => term.kind === kind)} onError={setError} />
        ))}
      </SimpleGrid>
      <CriteriaList onError={setError} />
    </Stack>
  );
}
