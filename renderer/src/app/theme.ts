import { createTheme } from '@mantine/core';

/** Noto Sans covers Latin and Arabic alike, shipped with the app (no network at run time). */
export const theme = createTheme({
  fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif' },
  primaryColor: 'teal',
  defaultRadius: 'sm',
  focusRing: 'always',
});
