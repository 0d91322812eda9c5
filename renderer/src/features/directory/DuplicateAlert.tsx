import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../api/result';
import type { Language } from '../../i18n';
import { joinList } from '../../components/Ltr';
import { otherName, pickName } from '../../lib/format';

interface Props {
  matches: DuplicateMatch[];
  onOpen: (id: string) => void;
  onMerge: (id: string) => void;
  /** Absent for a saved record: it already exists, only opening or merging makes sense. */
  onCreateAnyway?: () => void;
  busy?: boolean;
}

/** Existing organisations the record looks like, and what matched: open one, merge into it, or create anyway. */
export function DuplicateAlert({ matches, onOpen, onMerge, onCreateAnyway, busy }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <Alert color="orange" title={t('directory.duplicates.title')} role="alert">
      <Text size="sm" mb="xs">
        {onCreateAnyway ? t('directory.duplicates.hintNew') : t('directory.duplicates.hintSaved')}
      </Text>
      <List size="sm" spacing="xs">
        {matches.map((m) => {
          const name = pickName(m.nameFr, m.nameAr, lang);
          return (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {name}
                </Text>
                <Text size="xs" c="dimmed" dir="auto">
                  {otherName(m.nameFr, m.nameAr, lang)}
                </Text>
                <Text size="xs">
                  (
                  {joinList(
                    m.reasons.map((r) => t(`directory.duplicates.reasons.${r}`)),
                    lang,
                  )}
                  )
                </Text>
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => onOpen(m.id)}
                  aria-label={t('directory.duplicates.openNamed', { name })}
                >
                  {t('directory.duplicates.open')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  loading={busy}
                  onClick={() => onMerge(m.id)}
                  aria-label={t('directory.duplicates.mergeNamed', { name })}
                >
                  {t('directory.duplicates.merge')}
                </Button>
              </Group>
            </List.Item>
          );
        })}
      </List>
      {onCreateAnyway && (
        <Button mt="sm" size="xs" color="orange" loading={busy} onClick={onCreateAnyway}>
          {t('directory.duplicates.createAnyway')}
        </Button>
      )}
    </Alert>
  );
}
