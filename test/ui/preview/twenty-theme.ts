// Twenty's theme as the CSS variables its front-component host sets on the page (--t-*, built from twenty-ui's
// THEME_LIGHT / THEME_DARK: GRAY_SCALE and MAIN_COLORS), light and dark, for the preview. The values are copied from
// twenty-ui, not read from a running Twenty; the components must stay readable with both.
const COMMON = {
  'spacing-1': '4px',
  'spacing-2': '8px',
  'spacing-3': '12px',
  'spacing-4': '16px',
  'spacing-6': '24px',
  'spacing-8': '32px',
  'border-radius-sm': '4px',
  'border-radius-md': '8px',
  'font-family': 'Inter, sans-serif',
  'font-size-xs': '0.85rem',
  'font-size-sm': '0.92rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.23rem',
  'font-weight-medium': '500',
  'font-weight-semi-bold': '600',
  'color-blue': '#1961ed',
  'color-green': '#55ef3c',
  'color-red': '#f83e3e',
  'color-orange': '#ff7222',
  'color-gray': '#999999',
};

export const TWENTY_THEME: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    ...COMMON,
    'background-primary': '#ffffff',
    'background-secondary': '#fcfcfc',
    'background-tertiary': '#f1f1f1',
    'border-color-light': '#f1f1f1',
    'border-color-medium': '#ebebeb',
    'border-color-strong': '#d6d6d6',
    'font-color-primary': '#333333',
    'font-color-secondary': '#666666',
    'font-color-tertiary': '#999999',
    'font-color-inverted': '#ffffff',
  },
  dark: {
    ...COMMON,
    'background-primary': '#171717',
    'background-secondary': '#1b1b1b',
    'background-tertiary': '#1d1d1d',
    'border-color-light': '#222222',
    'border-color-medium': '#292929',
    'border-color-strong': '#333333',
    'font-color-primary': '#ebebeb',
    'font-color-secondary': '#b3b3b3',
    'font-color-tertiary': '#838383',
    'font-color-inverted': '#ffffff',
  },
};

export const themeCss = (scheme: 'light' | 'dark'): string =>
  `:root{color-scheme:${scheme};${Object.entries(TWENTY_THEME[scheme])
    .map(([name, value]) => `--t-${name}:${value}`)
    .join(';')}}`;
