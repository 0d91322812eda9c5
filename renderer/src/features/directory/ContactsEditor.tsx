import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { contactInput } from '../../../../api/channels/directory';
import type { FieldErrors } from '../../lib/form';
import { Editable } from '../../components/Editable';

type Contact = z.input<typeof contactInput>;
type Key = 'nameFr' | 'nameAr' | 'roleFr' | 'roleAr' | 'phone' | 'email';

/** The people to call at an organisation, with their role, in both scripts. */
export function ContactsEditor({ rows, onChange, errors }: { rows: Contact[]; onChange: (rows: Contact[]) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<Contact>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const field = (i: number, key: Key, extra: object) => {
    const error = errors[`contacts.${i}.${key}`];
    return (
      <TextInput
        style={{ flex: 1 }}
        label={t(`directory.contact.${key}`, { n: i + 1 })}
        value={rows[i][key] ?? ''}
        onChange={(e) => update(i, { [key]: e.currentTarget.value })}
        error={error ? t(error) : undefined}
        {...extra}
      />
    );
  };
  return (
    <Stack gap="xs">
      {!rows.length && (
        <Text size="sm" c="dimmed">
          {t('directory.noContact')}
        </Text>
      )}
      {rows.map((r, i) => (
        <Paper key={r.id ?? `new-${i}`} withBorder p="xs">
          <Group align="flex-end" gap="xs" wrap="nowrap">
            {field(i, 'nameFr', { dir: 'ltr', lang: 'fr' })}
            {field(i, 'nameAr', { dir: 'rtl', lang: 'ar' })}
            <Editable>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={t('directory.removeContact', { n: i + 1 })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                ✕
              </ActionIcon>
            </Editable>
          </Group>
          <Group align="flex-start" gap="xs" wrap="nowrap" mt={4}>
            {field(i, 'roleFr', { dir: 'ltr', lang: 'fr' })}
            {field(i, 'roleAr', { dir: 'rtl', lang: 'ar' })}
            {field(i, 'phone', { dir: 'ltr', type: 'tel' })}
            {field(i, 'email', { dir: 'ltr', type: 'email' })}
          </Group>
        </Paper>
      ))}
      <Editable>
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => onChange([...rows, { nameFr: '', nameAr: '', roleFr: '', roleAr: '', phone: '', email: '' }])}
        >
          {t('directory.addContact')}
        </Button>
      </Editable>
    </Stack>
  );
}
