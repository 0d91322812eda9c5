import { Badge, Button, Collapse, Pill, TextInput } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The pieces of a long list's toolbar, on one line above it: the search, the "Filters" button
 * and the filters it folds away, the active filters a link set.
 */

/** Whether each screen's filters were left open, for the session (coming back finds them as they were). */
const openedByScreen = new Map<string, boolean>();

/**
 * Filters that fold away, so a list keeps the height of a small screen: a "Filters" button that
 * says how many are active, and the panel it opens and closes. `useFilters(screen)` gives both.
 */
export function useFilters(screen: string, active: number) {
  const { t } = useTranslation();
  const id = useId();
  const [opened, setOpened] = useState(() => openedByScreen.get(screen) ?? false);
  const toggle = () => {
    openedByScreen.set(screen, !opened);
    setOpened(!opened);
  };
  const button = (
    <Button
      variant={opened ? 'light' : 'default'}
      onClick={toggle}
      aria-expanded={opened}
      aria-controls={id}
      // Its name is what it shows: "Filters 2".
      rightSection={
        active ? (
          <Badge size="sm" circle>
            {active}
          </Badge>
        ) : undefined
      }
      style={{ flexShrink: 0 }}
    >
      {t('common.filters')}
    </Button>
  );
  const panel = (children: ReactNode) => (
    <Collapse expanded={opened} id={id} transitionDuration={150}>
      {children}
    </Collapse>
  );
  return { button, panel, opened };
}

/** An active filter said in words beside the list, removable in one click (a list reached by a link says what it shows). */
export function FilterPill({ label, value, onRemove }: { label: string; value: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const text = t('common.filterPill', { label, value });
  return (
    <Pill
      size="md"
      withRemoveButton
      onRemove={onRemove}
      removeButtonProps={{ 'aria-label': t('common.clearFilter', { name: value }) }}
      maw={420}
      title={text}
    >
      {text}
    </Pill>
  );
}

/** A list's search box: in either script (its text takes its own direction), labelled for screen readers. */
export function ListSearch({
  label,
  hint,
  value,
  onChange,
  width,
}: {
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  width: number;
}) {
  return (
    <TextInput
      type="search"
      aria-label={label}
      placeholder={hint}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      miw={200}
      maw={width}
      style={{ flex: `1 1 ${width}px` }}
      dir="auto"
    />
  );
}
