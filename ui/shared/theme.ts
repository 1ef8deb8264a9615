// Twenty's theme tokens as CSS variables (the names Twenty's own example apps use, e.g. document-generator), each
// with a fallback so the components also look right in the local preview. No colour is hard-coded elsewhere.
import type { CSSProperties } from 'react';

const token = (name: string, fallback: string) => `var(--t-${name}, ${fallback})`;

export const theme = {
  spacing1: token('spacing-1', '4px'),
  spacing2: token('spacing-2', '8px'),
  spacing3: token('spacing-3', '12px'),
  spacing4: token('spacing-4', '16px'),
  spacing6: token('spacing-6', '24px'),
  spacing8: token('spacing-8', '32px'),
  bgPrimary: token('background-primary', '#ffffff'),
  bgSecondary: token('background-secondary', '#fcfcfc'),
  bgTertiary: token('background-tertiary', '#f1f1f1'),
  borderLight: token('border-color-light', '#f1f1f1'),
  borderMedium: token('border-color-medium', '#ebebeb'),
  radiusSm: token('border-radius-sm', '4px'),
  radiusMd: token('border-radius-md', '8px'),
  fontPrimary: token('font-color-primary', '#333333'),
  fontSecondary: token('font-color-secondary', '#666666'),
  fontTertiary: token('font-color-tertiary', '#999999'),
  fontInverted: token('font-color-inverted', '#ffffff'),
  fontFamily: token('font-family', 'Inter, system-ui, sans-serif'),
  sizeXs: token('font-size-xs', '0.85rem'),
  sizeSm: token('font-size-sm', '0.92rem'),
  sizeMd: token('font-size-md', '1rem'),
  sizeLg: token('font-size-lg', '1.23rem'),
  weightMedium: token('font-weight-medium', '500'),
  weightSemiBold: token('font-weight-semi-bold', '600'),
  blue: token('color-blue', '#1961ed'),
  green: token('color-green', '#1e7b45'),
  red: token('color-red', '#d92d20'),
  orange: token('color-orange', '#c2410c'),
  gray: token('color-gray', '#838383'),
};

export const styles: Record<string, CSSProperties> = {
  page: { fontFamily: theme.fontFamily, fontSize: theme.sizeSm, color: theme.fontPrimary, background: theme.bgPrimary, padding: theme.spacing6, display: 'flex', flexDirection: 'column', gap: theme.spacing6, maxWidth: 760 },
  title: { fontSize: theme.sizeLg, fontWeight: theme.weightSemiBold, margin: 0 },
  subtitle: { color: theme.fontTertiary, margin: `${theme.spacing1} 0 0` },
  section: { border: `1px solid ${theme.borderMedium}`, borderRadius: theme.radiusMd, padding: theme.spacing4, display: 'flex', flexDirection: 'column', gap: theme.spacing3, background: theme.bgSecondary },
  sectionTitle: { fontSize: theme.sizeMd, fontWeight: theme.weightSemiBold, margin: 0 },
  field: { display: 'flex', flexDirection: 'column', gap: theme.spacing1 },
  label: { fontSize: theme.sizeXs, fontWeight: theme.weightMedium, color: theme.fontSecondary },
  hint: { fontSize: theme.sizeXs, color: theme.fontTertiary },
  input: { background: theme.bgPrimary, border: `1px solid ${theme.borderMedium}`, borderRadius: theme.radiusSm, padding: `${theme.spacing2} ${theme.spacing3}`, color: theme.fontPrimary, fontSize: theme.sizeSm, fontFamily: theme.fontFamily, boxSizing: 'border-box', width: '100%' },
  row: { display: 'flex', gap: theme.spacing2, alignItems: 'center', flexWrap: 'wrap' },
  button: { height: theme.spacing8, padding: `0 ${theme.spacing3}`, borderRadius: theme.radiusSm, fontSize: theme.sizeSm, fontFamily: theme.fontFamily, fontWeight: theme.weightMedium, cursor: 'pointer', border: `1px solid ${theme.borderMedium}`, background: theme.bgPrimary, color: theme.fontSecondary },
  primary: { background: theme.blue, color: theme.fontInverted, border: '1px solid transparent' },
  danger: { color: theme.red },
  notice: { borderRadius: theme.radiusSm, padding: theme.spacing3, background: theme.bgTertiary },
  error: { color: theme.red },
  success: { color: theme.green },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: theme.sizeSm },
  cell: { textAlign: 'left', padding: `${theme.spacing2} ${theme.spacing2}`, borderBottom: `1px solid ${theme.borderLight}` },
};
