import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { locationInput } from '../../../../api/channels/directory';
import type { FieldErrors } from '../../lib/form';
import { Editable } from '../../components/Editable';

type Location = z.input<typeof locationInput>;

/** Addresses of an organisation, each in both scripts with its quartier (what the guide groups by). */
export function LocationsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: Location[];
  onChange: (rows: Location[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
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
            <TextInput
              style={{ flex: 1 }}
              label={t('directory.fields.quartierN', { n })}
              dir="auto"
              value={r.quartier ?? ''}
              onChange={(e) => update(i, { quartier: e.currentTarget.value })}
              error={err(i, 'quartier')}
            />
            <Editable>
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
          onClick={() => onChange([...rows, { addressFr: '', addressAr: '', quartier: '', latitude: null, longitude: null }])}
        >
          {t('directory.addAddress')}
        </Button>
      </Editable>
    </Stack>
  );
}
