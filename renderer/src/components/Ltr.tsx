import type { ReactNode } from 'react';

/**
 * Mixed directions (docs/ARCHITECTURE.md §5). A phone number, an e-mail, a code, a file name or
 * an address in Latin script inside Arabic text must be a left-to-right run isolated from the
 * text around it: otherwise the bidirectional algorithm reorders its parts, and
 * `0536 16 03 76` reads `76 03 16 0536`, `1 rue Al Amal` reads `rue Al Amal 1`.
 */

/** A value that always reads left to right, on screen and in printed documents. */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/**
 * The same for a string that goes where no element can (an option's label, a parameter of a
 * translated sentence): the Unicode isolates LRI … PDI say it, and print as nothing.
 */
export const ltr = (value: string): string => (value ? `\u2066${value}\u2069` : value);

/** A name that may be in either script (a French name where the Arabic one is missing), isolated whatever its direction. */
export const isolated = (value: string): string => (value ? `\u2068${value}\u2069` : value);

/** A list in the interface language: Arabic separates with the Arabic comma. */
export const joinList = (items: string[], lang: string): string => items.filter(Boolean).join(lang === 'ar' ? '، ' : ', ');

/**
 * Styles for a TagsInput of left-to-right values (phone numbers): its `dir` reaches the typing
 * field only, so each pill is isolated too.
 */
export const ltrPills = { pill: { direction: 'ltr', unicodeBidi: 'isolate' } } as const;
