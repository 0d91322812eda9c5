import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../app/router';

/**
 * A screen's heading. Without a title it is the screen's name from the route table (the same
 * words as the navigation, the window title and the Go menu).
 */
export function PageHeader({ title, subtitle, children }: { title?: string; subtitle?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
      <div>
        <Title order={2}>{title ?? t(`nav.${route.key}`)}</Title>
        {subtitle && (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        )}
      </div>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}
