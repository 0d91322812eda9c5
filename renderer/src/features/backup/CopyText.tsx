import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A value the user passes on (a path, a key): shown whole, left-to-right, with a Copy button. */
export function CopyText({
  label,
  value,
  copyLabel,
  children,
}: {
  label: string;
  value: string;
  copyLabel?: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code dir="ltr" style={{ wordBreak: 'break-all' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="light" onClick={copy} aria-label={`${copyLabel ?? t('backup.keys.copy')} — ${label}`}>
              {copied ? t('backup.make.copied') : (copyLabel ?? t('backup.keys.copy'))}
            </Button>
          )}
        </CopyButton>
        {children}
      </Group>
    </Stack>
  );
}
