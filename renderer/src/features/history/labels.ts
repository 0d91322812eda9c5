import type { TFunction } from 'i18next';

/**
 * Labels of the registry's entities and fields (api/entities.ts), kept in this feature's
 * dictionaries as `entities.<name>.singular|plural|fields.<field>`; a missing one fails
 * tests/integration/registry.test.ts. An unknown name (an older installation's) shows as is.
 */
export const entityLabel = (t: TFunction, entity: string, form: 'singular' | 'plural' = 'singular'): string =>
  t(`entities.${entity}.${form}`, { defaultValue: entity });

export const fieldLabel = (t: TFunction, entity: string, field: string): string =>
  t(`entities.${entity}.fields.${field}`, { defaultValue: field });
