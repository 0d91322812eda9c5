import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { locationInput } from '../../../../api/channels/directory';
import type { FieldErrors } from '../../lib/form';
import { Editable } from '../../components/Editable';
import type { Language } from '../../i18n';
import { TermForm } from './lists/TermForm';
import { termOptions, useTerms } from './terms';

type Location = z.input<typeof locationInput>;

/**
 * Addresses of an organisation, each in both scripts with its quartier (what the guide groups by),
 * chosen from the bilingual list; a quartier missing from it is added here without leaving the form.
 */
export function LocationsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: Location[];
  onChange: (rows: Location[]) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const terms = useTerms();
  // The address whose new quartier is being named, if any.
  const [adding, setAdding] = useState<number | null>(null);
  const update = (i: number, patch: Partial<Location>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const err = (i: number, f: string) => (errors[`locations.${i}.${f}`] ? t(errors[`locations.${i}.${f}`]) : undefined);
  return (
    <Stack gap="xs">
      {!rows.length && (
        <Text size="sm" c="dimmed">
          {t('directory.noAddress')}
        </Text>
      )}
      {rows.map((r, i) => {
        const n = i + 1;
        return (
          <Group key={r.id ?? `new-${i}`} align="flex-end" wrap="nowrap" gap="xs">
            <TextInput
              style={{ flex: 2 }}
              label={t('directory.fields.addressFrN', { n })}
              dir="ltr"
              lang="fr"
              value={r.addressFr ?? ''}
              onChange={(e) => update(i, { addressFr: e.currentTarget.value })}
              error={err(i, 'addressFr')}
            />
            <TextInput
              style={{ flex: 2 }}
              label={t('directory.fields.addressArN', { n })}
              dir="rtl"
              lang="ar"
              value={r.addressAr ?? ''}
              onChange={(e) => update(i, { addressAr: e.currentTarget.value })}
              error={err(i, 'addressAr')}
            />
            <Select
              style={{ flex: 1 }}
              label={t('directory.fields.quartierN', { n })}
              data={termOptions(terms.of('quartier', r.quartierId ? [r.quartierId] : []), lang)}
              value={r.quartierId ?? null}
              onChange={(v) => update(i, { quartierId: v })}
              error={err(i, 'quartierId')}
              nothingFoundMessage={t('directory.quartierNotListed')}
              searchable
              clearable
            />
            <Editable>
              <Button variant="subtle" size="xs" mb={4} onClick={() => setAdding(i)} aria-label={t('directory.addQuartierFor', { n })}>
                {t('directory.addQuartier')}
              </Button>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={t('directory.removeAddress', { n })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                ✕
              </ActionIcon>
            </Editable>
          </Group>
        );
      })}
      <Editable>
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => onChange([...rows, { addressFr: '', addressAr: '', quartierId: null, latitude: null, longitude: null }])}
        >
          {t('directory.addAddress')}
        </Button>
      </Editable>
      {adding !== null && (
        <TermForm
          kind="quartier"
          term={null}
          onClose={() => setAdding(null)}
          onSaved={(term) => (update(adding, { quartierId: term.id }), setAdding(null))}
        />
      )}
    </Stack>
  );
}
