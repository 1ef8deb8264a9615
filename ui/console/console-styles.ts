// The console's own styles on top of the shared ones: a wider page for its tables, hints and secondary text dark enough
// for 4.5:1 on the section background, and a disabled button that looks disabled.
import type { CSSProperties } from 'react';

import { styles, theme } from 'ui/shared/theme';

export const consoleStyles: Record<string, CSSProperties> = {
  page: { ...styles.page, maxWidth: 1100 },
  hint: { ...styles.hint, color: theme.fontSecondary },
  label: { ...styles.label, color: theme.fontPrimary },
  disabled: {
    cursor: 'not-allowed',
    background: theme.bgTertiary,
    color: theme.fontSecondary,
    border: `1px dashed ${theme.fontSecondary}`,
  },
  subTitle: { fontSize: theme.sizeSm, fontWeight: theme.weightSemiBold, margin: 0 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  badge: {
    display: 'inline-block',
    borderRadius: theme.radiusSm,
    padding: `0 ${theme.spacing1}`,
    border: `1px solid ${theme.borderMedium}`,
    background: theme.bgPrimary,
    fontSize: theme.sizeXs,
  },
  /** A framed block inside a section: a stream's live card, a run's detail, the preview. */
  card: {
    ...styles.notice,
    background: theme.bgPrimary,
    border: `1px solid ${theme.borderMedium}`,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing3,
  },
  toolbar: { display: 'flex', gap: theme.spacing2, alignItems: 'flex-end', flexWrap: 'wrap' },
  scroll: { overflowX: 'auto' },
  /** Read by screen readers, not shown (an action column's heading). */
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  fieldset: {
    border: `1px solid ${theme.borderMedium}`,
    borderRadius: theme.radiusSm,
    padding: theme.spacing3,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing3,
  },
  legend: { fontWeight: theme.weightSemiBold, padding: `0 ${theme.spacing1}` },
};

/** A button's style: primary or plain, and greyed with a dashed border when disabled. */
export const buttonStyle = (options: { primary?: boolean; danger?: boolean; disabled?: boolean }): CSSProperties => ({
  ...styles.button,
  ...(options.primary ? styles.primary : {}),
  ...(options.danger ? styles.danger : {}),
  ...(options.disabled ? consoleStyles.disabled : {}),
});
