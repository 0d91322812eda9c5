import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../app/router';

/**
 * A screen's heading, on one line so that a 1366×768 screen keeps its height for the content:
 * the title, its subtitle beside it (cut with a tooltip when the actions leave it no room), and
 * the screen's actions at the end. Without a title it is the screen's name from the route table
 * (the same words as the navigation, the window title and the Go menu).
 */
export function PageHeader({ title, subtitle, children }: { title?: string; subtitle?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <Group justify="space-between" align="center" mb="sm" gap="md" wrap="nowrap" mih={36}>
      <Group gap="sm" align="baseline" wrap="nowrap" miw={0}>
        <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
          {title ?? t(`nav.${route.key}`)}
        </Title>
        {subtitle && (
          <Text c="dimmed" size="sm" truncate title={subtitle}>
            {subtitle}
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        {children}
      </Group>
    </Group>
  );
}
