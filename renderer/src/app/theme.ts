import {
  type CSSVariablesResolver,
  Drawer,
  Modal,
  type VariantColorsResolver,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/**
 * The app's theme. Noto Sans covers Latin and Arabic alike and ships with the app (no network
 * at run time). The primary shade is dark enough for white text to meet WCAG AA contrast, and
 * every dialog's close button is named in the interface language.
 */
/**
 * Light variants (active navigation, badges) and subtle buttons: text at the darkest shade on
 * the lightest tint, so they meet WCAG AA contrast (4.5:1).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'subtle') return colors;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !parsed.color) return colors;
  const color = `var(--mantine-color-${parsed.color}-9)`;
  if (input.variant === 'subtle') return { ...colors, color };
  return { ...colors, color, background: `var(--mantine-color-${parsed.color}-0)`, hover: `var(--mantine-color-${parsed.color}-1)` };
};

export const makeTheme = (t: TFunction) =>
  createTheme({
    fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
    headings: { fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif' },
    primaryColor: 'teal',
    primaryShade: 9,
    defaultRadius: 'sm',
    focusRing: 'always',
    variantColorResolver,
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
    },
  });

/**
 * Secondary and light-variant text dark enough for WCAG AA contrast on white and tinted
 * backgrounds; placeholders too, since a file picker's "Choose a file…" is the control's only text.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#545b62',
    '--mantine-color-placeholder': '#686f76',
  },
  dark: {},
});
